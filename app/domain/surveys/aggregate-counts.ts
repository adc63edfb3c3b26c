// Survey results in DESIGN.md's `survey results` shape, with small-group suppression:
// a question answered by fewer than the minimum group size shows no counts and no texts,
// so nobody can read one colleague's answer out of a chart.
import type { Locale } from "~/domain/ids";
import { questionOptions } from "./fixed-options";
import { TEXT_KINDS, allQuestions, type QuestionKind, type SurveyTemplate } from "./template";

/** Pre-aggregated counts of one question, e.g. from SQL GROUP BY. */
export type QuestionCounts = {
  /** Responses with an answer to this question. */
  answered: number;
  /** single, multiple, yes_no_both: option value → number of responses choosing it. */
  options?: Record<string, number>;
  /** number, scale: each distinct value with how many responses gave it. */
  numbers?: Array<{ value: number; count: number }>;
  /** text kinds: every text (list items one by one); choice kinds: the "other" texts. */
  texts?: string[];
  /** The same texts grouped, each distinct text with how many gave it (SQL's GROUP BY). */
  textCounts?: ReadonlyArray<{ text: string; n: number }>;
};
export type SurveyCounts = { responses: number; questions: Record<string, QuestionCounts> };

export type OptionResult = { value: string; label: string; count: number; share: number };
export type QuestionResult = {
  code: string;
  kind: QuestionKind;
  answered: number;
  options: OptionResult[];
  mean?: number;
  median?: number;
  texts?: string[];
  /** With `groupTexts`: each distinct text once with how many gave it, instead of `texts`. */
  textCounts?: TextCount[];
  suppressed?: true;
};
export type TextCount = { text: string; count: number };
export type SurveyResults = { responses: number; questions: QuestionResult[] };

/**
 * `groupTexts`: texts come as `textCounts` (most frequent first, then in the locale's order)
 * rather than written out one by one: the dashboard shows 100,000 responses' texts that way.
 */
export type AggregateOptions = { minGroupSize?: number; locale: Locale; groupTexts?: boolean };

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const LOWEST_MIN_GROUP_SIZE = 3;

/** Nobody may set the threshold below 3: with 1 or 2 answers a count is a person. */
export const clampGroupSize = (n: number | undefined): number =>
  Math.max(LOWEST_MIN_GROUP_SIZE, Math.floor(Number.isFinite(n) ? (n as number) : DEFAULT_MIN_GROUP_SIZE));

export function aggregateFromCounts(template: SurveyTemplate, counts: SurveyCounts, opts: AggregateOptions): SurveyResults {
  const threshold = clampGroupSize(opts.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  const questions = allQuestions(template).map((q): QuestionResult => {
    const c = counts.questions[q.code] ?? { answered: 0 };
    const base = { code: q.code, kind: q.kind, answered: c.answered };
    if (c.answered < threshold) return { ...base, options: [], suppressed: true };
    const result: QuestionResult = { ...base, options: [] };
    if (q.kind === "number" || q.kind === "scale") Object.assign(result, meanAndMedian(c.numbers ?? []));
    const numberCounts = new Map((c.numbers ?? []).map((n) => [String(n.value), n.count]));
    if (q.kind !== "number" && !TEXT_KINDS.includes(q.kind)) {
      result.options = questionOptions(q).map((o) => {
        const count = (q.kind === "scale" ? numberCounts.get(o.value) : c.options?.[o.value]) ?? 0;
        return { value: o.value, label: o.label[opts.locale], count, share: count / c.answered };
      });
    }
    // Texts are shown only as a crowd too, sorted so their order says nothing about who wrote them.
    const times = new Map<string, number>();
    for (const t of c.texts ?? []) times.set(t, (times.get(t) ?? 0) + 1);
    for (const g of c.textCounts ?? []) if (g.n > 0) times.set(g.text, (times.get(g.text) ?? 0) + g.n);
    let total = 0;
    for (const n of times.values()) total += n;
    if (total >= threshold) {
      if (opts.groupTexts) result.textCounts = byFrequency(times, opts.locale);
      else result.texts = sortTexts(times, opts.locale);
    }
    return result;
  });
  return { responses: counts.responses, questions };
}

/**
 * The texts in the locale's collation order. Answers repeat (many respondents give the same
 * text), so the distinct texts are sorted and each written out as often as it occurs: the
 * same order as sorting them all, at a fraction of the comparisons.
 */
function sortTexts(times: ReadonlyMap<string, number>, locale: Locale): string[] {
  const collator = new Intl.Collator(locale);
  const out: string[] = [];
  for (const t of [...times.keys()].sort(collator.compare)) for (let i = times.get(t) ?? 0; i > 0; i--) out.push(t);
  return out;
}

/** Distinct texts, most frequent first; equally frequent ones in the locale's collation order. */
export function byFrequency(times: ReadonlyMap<string, number>, locale: Locale): TextCount[] {
  const collator = new Intl.Collator(locale);
  return [...times].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || collator.compare(a.text, b.text));
}

function meanAndMedian(numbers: Array<{ value: number; count: number }>): { mean?: number; median?: number } {
  const sorted = numbers.filter((n) => n.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((s, x) => s + x.count, 0);
  if (n === 0) return {};
  const mean = sorted.reduce((s, x) => s + x.value * x.count, 0) / n;
  const at = (position: number): number => {
    let seen = 0;
    for (const x of sorted) {
      seen += x.count;
      if (position < seen) return x.value;
    }
    return sorted[sorted.length - 1]?.value ?? 0;
  };
  const median = (at(Math.floor((n - 1) / 2)) + at(Math.floor(n / 2))) / 2;
  return { mean, median };
}
