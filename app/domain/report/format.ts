// Number helpers bound to the report's locale. Intl formatters are made once per locale and
// number of digits: a report formats thousands of cells and a formatter is costly to make.
import { intlLocale } from "~/i18n/format";
import type { Locale } from "~/domain/ids";

export type Formats = { num: (n: number, digits?: number) => string; pct: (share: number, digits?: number) => string };

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, style: "decimal" | "percent", digits: number): Intl.NumberFormat {
  const key = `${locale}:${style}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale), { style, maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

export const formats = (locale: Locale): Formats => ({
  num: (n, digits = 1) => formatter(locale, "decimal", digits).format(n),
  pct: (share, digits = 0) => formatter(locale, "percent", digits).format(share),
});
