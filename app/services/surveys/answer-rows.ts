// Answers ↔ stored rows, and stored counts → the domain's SurveyCounts. Pure: no I/O.
// One row per value: a multiple choice or list answer becomes one row per item, so SQL can
// count options with GROUP BY; a question left empty is one row holding JSON null, so a
// returning respondent's visited pages are remembered.
import { CHOICE_KINDS, TEXT_KINDS, allQuestions, otherKey, type Answers, type AnswerValue, type SurveyTemplate } from "~/domain/surveys/template";
import type { QuestionCounts, SurveyCounts } from "~/domain/surveys/aggregate";
import type { AnswerRow } from "~/db/surveys-responses.server";

const ARRAY_KINDS = new Set(["multiple", "list"]);

export function answersToRows(answers: Answers): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const [code, value] of Object.entries(answers)) {
    if (Array.isArray(value) && value.length > 0) value.forEach((v, position) => rows.push({ question_code: code, position, value: JSON.stringify(v) }));
    else rows.push({ question_code: code, position: 0, value: JSON.stringify(Array.isArray(value) ? null : (value ?? null)) });
  }
  return rows;
}

const parse = (value: string): string | number | null => {
  const v: unknown = JSON.parse(value);
  return typeof v === "string" || typeof v === "number" ? v : null;
};

export function rowsToAnswers(template: SurveyTemplate, rows: readonly AnswerRow[]): Answers {
  const arrays = new Set(allQuestions(template).filter((q) => ARRAY_KINDS.has(q.kind)).map((q) => q.code));
  const out: Answers = {};
  for (const r of [...rows].sort((a, b) => a.position - b.position)) {
    const v = parse(r.value);
    if (arrays.has(r.question_code)) {
      const list = Array.isArray(out[r.question_code]) ? (out[r.question_code] as string[]) : [];
      out[r.question_code] = v === null ? (list.length ? list : null) : [...list, String(v)];
    } else out[r.question_code] = v as AnswerValue;
  }
  return out;
}

/** Builds the domain's counts from SQL's (code, value, responses) groups and answered-per-code. */
export function countsFromGroups(
  template: SurveyTemplate,
  groups: ReadonlyArray<{ code: string; value: string; n: number }>,
  answered: ReadonlyMap<string, number>,
  responses: number,
): SurveyCounts {
  const byCode = new Map<string, Array<{ value: string | number | null; n: number }>>();
  for (const g of groups) {
    const list = byCode.get(g.code) ?? [];
    list.push({ value: parse(g.value), n: g.n });
    byCode.set(g.code, list);
  }
  const questions: Record<string, QuestionCounts> = {};
  for (const q of allQuestions(template)) {
    const values = byCode.get(q.code) ?? [];
    const c: QuestionCounts = { answered: answered.get(q.code) ?? 0 };
    // Texts stay grouped (text, how many): at 100,000 responses one group stands for tens of
    // thousands of equal answers, written out once, in order, by aggregateFromCounts.
    const texts = (list: typeof values) => {
      const out = new Map<string, number>();
      for (const x of list) {
        const text = typeof x.value === "string" ? x.value.trim() : "";
        if (text) out.set(text, (out.get(text) ?? 0) + x.n);
      }
      return [...out].map(([text, n]) => ({ text, n }));
    };
    if (CHOICE_KINDS.includes(q.kind)) {
      c.options = Object.fromEntries(values.filter((x) => typeof x.value === "string").map((x) => [String(x.value), x.n]));
      const other = texts(byCode.get(otherKey(q.code)) ?? []);
      if (q.allowOther && other.length) c.textCounts = other;
    } else if (q.kind === "number" || q.kind === "scale") {
      c.numbers = values.filter((x) => typeof x.value === "number").map((x) => ({ value: x.value as number, count: x.n }));
    } else if (TEXT_KINDS.includes(q.kind)) {
      const t = texts(values);
      if (t.length) c.textCounts = t;
    }
    questions[q.code] = c;
  }
  return { responses, questions };
}
