// What every spec builder needs besides its data: a translate function (i18next's `t`, or a
// stub in tests), the reader's locale for numbers and dates, and the minimum group size.
import type { Locale } from "~/domain/ids";
import { formatNumber, formatPercent } from "~/i18n/format";

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export type ChartContext = {
  t: Translate;
  locale: Locale;
  /** The assessment's minimum group size (already clamped to ≥ 3 by the caller or here). */
  minGroupSize: number;
};

/** Formatters bound to the context's locale: captions state numbers the way the reader writes them. */
export const fmt = (ctx: ChartContext) => ({
  n: (value: number, digits = 1) => formatNumber(ctx.locale, value, digits),
  pct: (share: number) => formatPercent(ctx.locale, share, 1),
});

/** Share of a part in a whole, 0 when the whole is empty (never NaN in a caption). */
export const shareOf = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
