// User-given date formats (mapping file `dateFormat`), in the token style of Java/Excel/Jira:
// yyyy yy MMM(M) MM M dd d HH H hh h mm m ss s a. Anything else is a literal character.
// Numeric tokens accept one or two digits so `dd.MM.yyyy` also reads `5.3.2024`.
import { fullYear, hour24, monthFromName, partsToIso } from "./date-parts";
import type { WallClockIso } from "./types";

type Slot = "year" | "year2" | "monthName" | "month" | "day" | "hour" | "hour12" | "minute" | "second" | "ampm";

const TOKENS: [string, Slot, string][] = [
  ["yyyy", "year", "(\\d{4})"],
  ["yy", "year2", "(\\d{2})"],
  ["MMMM", "monthName", "([A-Za-zÅÄÖåäöØøÆæ]{3,})\\.?"],
  ["MMM", "monthName", "([A-Za-zÅÄÖåäöØøÆæ]{3,})\\.?"],
  ["MM", "month", "(\\d{1,2})"],
  ["M", "month", "(\\d{1,2})"],
  ["dd", "day", "(\\d{1,2})"],
  ["d", "day", "(\\d{1,2})"],
  ["HH", "hour", "(\\d{1,2})"],
  ["H", "hour", "(\\d{1,2})"],
  ["hh", "hour12", "(\\d{1,2})"],
  ["h", "hour12", "(\\d{1,2})"],
  ["mm", "minute", "(\\d{2})"],
  ["m", "minute", "(\\d{1,2})"],
  ["ss", "second", "(\\d{2})"],
  ["s", "second", "(\\d{1,2})"],
  ["a", "ampm", "([AaPp]\\.?[Mm]\\.?)"],
];

interface Compiled {
  regex: RegExp;
  slots: Slot[];
}

const cache = new Map<string, Compiled>();
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function compileFormat(format: string): Compiled {
  const hit = cache.get(format);
  if (hit) return hit;
  let src = "";
  const slots: Slot[] = [];
  for (let i = 0; i < format.length; ) {
    const tok = TOKENS.find(([t]) => format.startsWith(t, i));
    if (tok) {
      src += tok[2];
      slots.push(tok[1]);
      i += tok[0].length;
    } else {
      const c = format[i] ?? "";
      src += c === " " ? "\\s+" : escape(c);
      i++;
    }
  }
  const compiled = { regex: new RegExp(`^${src}$`), slots };
  cache.set(format, compiled);
  return compiled;
}

/** Parse `value` with an explicit format; null when it does not match or is not a real date. */
export function parseWithFormat(value: string, format: string): WallClockIso | null {
  const { regex, slots } = compileFormat(format);
  const m = regex.exec(value.trim());
  if (!m) return null;
  const got: Partial<Record<Slot, string>> = {};
  slots.forEach((s, i) => (got[s] = m[i + 1]));
  const year = got.year ? Number(got.year) : got.year2 ? fullYear(got.year2) : NaN;
  const month = got.monthName ? monthFromName(got.monthName) : Number(got.month);
  const hour = got.hour12 !== undefined ? hour24(Number(got.hour12), got.ampm) : Number(got.hour ?? 0);
  return partsToIso({ year, month, day: Number(got.day), hour, minute: Number(got.minute ?? 0), second: Number(got.second ?? 0) });
}
