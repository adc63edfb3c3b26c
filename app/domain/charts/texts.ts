// Free texts on the dashboard: each distinct text once with how many wrote it, most frequent
// first (then in the locale's order). The page lists the first TEXTS_SHOWN of a question and
// says how many more there are; the CSV download has them all. 100,000 responses' texts
// written out one by one made the page's data weigh megabytes.
import type { Locale } from "~/domain/ids";
import { byFrequency, type TextCount } from "~/domain/surveys/aggregate-counts";

export type { TextCount };

export const TEXTS_SHOWN = 50;

/** How many answers the texts stand for (a text given by 12 people counts 12). */
export const textTotal = (texts: readonly TextCount[]): number => texts.reduce((s, x) => s + x.count, 0);

/** The grouped texts of a result: SQL's groups as they come, or a written-out list counted. */
export function groupedTexts(r: { texts?: string[]; textCounts?: TextCount[] }, locale: Locale): TextCount[] {
  if (r.textCounts) return r.textCounts;
  const times = new Map<string, number>();
  for (const t of r.texts ?? []) times.set(t, (times.get(t) ?? 0) + 1);
  return byFrequency(times, locale);
}

/** The first `limit` distinct texts; how many distinct ones are left out and the answers behind them. */
export function capTexts(texts: readonly TextCount[], limit = TEXTS_SHOWN): { texts: TextCount[]; more: number; moreAnswers: number } {
  return { texts: texts.slice(0, limit), more: Math.max(0, texts.length - limit), moreAnswers: textTotal(texts.slice(limit)) };
}

/** The id of the CSV download of a chart's "other" texts. */
export const otherTextsId = (chartId: string): string => `${chartId}-other`;
