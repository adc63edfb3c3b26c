// Survey results → chart specs, one per question, the right kind for each: horizontal bars
// sorted by count for choices, a histogram for numbers, a diverging bar for yes/no(/both) and
// scales, and a list for free texts. Input is the `survey results` shape (DESIGN.md) as the
// survey service returns it, already suppressed per question; guard() enforces it again.
import type { QuestionResult } from "~/domain/surveys/aggregate-counts";
import { allQuestions, type Question, type SurveyTemplate } from "~/domain/surveys/template";
import { numberBuckets } from "./buckets";
import { fmt, sum, type ChartContext } from "./context";
import type { ChartDataset, ChartSpec, TextListSpec } from "./spec";
import { guard, suppressedSpec, threshold } from "./suppress";
import { groupedTexts, textTotal } from "./texts";

export type SurveyQuestionInput = QuestionResult & {
  /** Number questions: every distinct value with its count (needed for the histogram). */
  numbers?: Array<{ value: number; count: number }>;
};
export type SurveyResultsInput = { responses: number; questions: SurveyQuestionInput[] };
export type SurveyFigures = { charts: ChartSpec[]; texts: TextListSpec[] };

const YES_SIDE: Record<string, -1 | 0 | 1> = { yes: 1, no: -1, both: 0, dont_know: 0 };

/** yes/no-like single choices read best as a diverging bar, like yes_no_both. */
const isYesNo = (q: Question) => q.kind === "yes_no_both" || (q.kind === "single" && (q.options ?? []).every((o) => o.value in YES_SIDE) && (q.options ?? []).some((o) => o.value === "yes"));

export function surveySpecs(template: SurveyTemplate, results: SurveyResultsInput, ctx: ChartContext): SurveyFigures {
  const byCode = new Map(results.questions.map((q) => [q.code, q]));
  const charts: ChartSpec[] = [];
  const texts: TextListSpec[] = [];
  for (const q of allQuestions(template)) {
    const r = byCode.get(q.code) ?? { code: q.code, kind: q.kind, answered: 0, options: [], suppressed: true as const };
    const title = q.text[ctx.locale];
    if (q.kind === "short_text" || q.kind === "long_text" || q.kind === "list") texts.push(textList(q, r, title, ctx));
    else charts.push(questionSpec(q, r, title, ctx));
  }
  return { charts, texts };
}

function questionSpec(q: Question, r: SurveyQuestionInput, title: string, ctx: ChartContext): ChartSpec {
  const id = `survey-${q.code}`;
  const source = ctx.t("dashboard:sources.survey");
  const kind = q.kind === "number" ? "histogram" : q.kind === "scale" || isYesNo(q) ? "diverging" : "hbar";
  if (r.suppressed || r.answered < threshold(ctx)) return suppressedSpec({ id, kind, title, source }, ctx);
  const base = { id, title, source, n: r.answered, labelHeader: ctx.t("dashboard:table.answer") };
  if (kind === "histogram") return guard(histogram(q, r, base, ctx), ctx);
  if (kind === "diverging") return guard(diverging(q, r, base, ctx), ctx);
  return guard(choiceBars(q, r, base, ctx), ctx);
}

type Base = Pick<ChartSpec, "id" | "title" | "source" | "n" | "labelHeader">;

function choiceBars(q: Question, r: SurveyQuestionInput, base: Base, ctx: ChartContext): ChartSpec {
  // Sorted by count, most chosen first; ties keep the template's order (stable sort).
  const options = [...r.options].sort((a, b) => b.count - a.count);
  const top = options[0];
  const caption = top && top.count > 0 ? ctx.t("dashboard:captions.choice", { label: top.label, share: fmt(ctx).pct(top.share) }) : ctx.t("dashboard:captions.none");
  const texts = groupedTexts(r, ctx.locale);
  const other = textTotal(texts) >= threshold(ctx) ? { texts } : {};
  return {
    ...base,
    kind: "hbar",
    caption,
    labels: options.map((o) => o.label),
    datasets: [{ key: "count", label: ctx.t("dashboard:table.count"), data: options.map((o) => o.count) }],
    unit: "count",
    ...(q.kind === "multiple" ? { multi: true } : {}),
    ...other,
  };
}

function diverging(q: Question, r: SurveyQuestionInput, base: Base, ctx: ChartContext): ChartSpec {
  const f = fmt(ctx);
  const sideOf = (value: string, index: number, count: number): -1 | 0 | 1 => {
    if (q.kind !== "scale") return YES_SIDE[value] ?? 0;
    const middle = (count - 1) / 2; // 1–5: 3 is neutral; 1–10 has no neutral point
    return index < middle ? -1 : index > middle ? 1 : 0;
  };
  const datasets: ChartDataset[] = r.options.map((o, i) => ({ key: o.value, label: o.label, data: [o.count], side: sideOf(o.value, i, r.options.length) }));
  let caption: string;
  if (q.kind === "scale") {
    const side = (s: -1 | 1) => sum(datasets.filter((d) => d.side === s).map((d) => d.data[0] ?? 0)) / r.answered;
    caption = ctx.t("dashboard:captions.scale", { high: f.pct(side(1)), low: f.pct(side(-1)) });
  } else {
    const [first, second] = [...r.options].sort((a, b) => b.count - a.count);
    caption =
      first && second && second.count > 0
        ? ctx.t("dashboard:captions.twoSides", { share: f.pct(first.share), label: first.label, share2: f.pct(second.share), label2: second.label })
        : ctx.t("dashboard:captions.oneOption", { share: f.pct(first?.share ?? 0), label: first?.label ?? "" });
  }
  return { ...base, kind: "diverging", caption, labels: [ctx.t("dashboard:table.answers")], datasets, unit: "count" };
}

function histogram(q: Question, r: SurveyQuestionInput, base: Base, ctx: ChartContext): ChartSpec {
  const f = fmt(ctx);
  const buckets = numberBuckets(r.numbers ?? []);
  const integers = (r.numbers ?? []).every((x) => Number.isInteger(x.value));
  const label = (from: number, to: number) =>
    integers && to - 1 === from
      ? f.n(from)
      : ctx.t(integers ? "dashboard:bucket.closed" : "dashboard:bucket.halfOpen", { from: f.n(from), to: f.n(integers ? to - 1 : to) });
  const unit = q.unit?.[ctx.locale];
  const caption = ctx.t("dashboard:captions.numbers", { median: f.n(r.median ?? 0), mean: f.n(r.mean ?? 0), unit: unit ?? "" }).trim();
  return {
    ...base,
    kind: "histogram",
    caption,
    labelHeader: unit ?? ctx.t("dashboard:table.value"),
    labels: buckets.map((b) => label(b.from, b.to)),
    datasets: [{ key: "count", label: ctx.t("dashboard:table.count"), data: buckets.map((b) => b.count) }],
    unit: "count",
  };
}

function textList(q: Question, r: SurveyQuestionInput, title: string, ctx: ChartContext): TextListSpec {
  const base = { id: `survey-${q.code}`, title, source: ctx.t("dashboard:sources.survey") };
  const texts = groupedTexts(r, ctx.locale);
  // The crowd rule twice: enough people answered, and enough texts to hide one among them.
  if (r.suppressed || r.answered < threshold(ctx) || textTotal(texts) < threshold(ctx)) return { ...base, n: 0, texts: [], suppressed: true };
  return { ...base, n: r.answered, texts };
}

/**
 * The histogram needs every distinct number with its count, which the `survey results` shape
 * leaves out: this adds it from the counts (SQL GROUP BY or tallyResponses) to number
 * questions that are not suppressed.
 */
export function withNumbers(results: SurveyResultsInput, counts: { questions: Record<string, { numbers?: Array<{ value: number; count: number }> }> }): SurveyResultsInput {
  return {
    ...results,
    questions: results.questions.map((q) => (q.kind === "number" && !q.suppressed && !q.numbers ? { ...q, numbers: counts.questions[q.code]?.numbers ?? [] } : q)),
  };
}
