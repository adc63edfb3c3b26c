// Parses one page (section) of a submitted survey form into answers, with field errors.
// Field names: `code` for most kinds, `code.other` for the "other, namely …" text,
// `code.0`, `code.1`, … for the items of a list question.
import type { Locale } from "~/domain/ids";
import { checkAnswer, parseNumber } from "./answer-rules";
import { OTHER_VALUE, isEmptyAnswer, otherKey, type Answers, type AnswerValue, type Issue, type Question, type Section } from "./template";
import { conditionHolds } from "./visibility";

export type RawFormValues = Record<string, string | string[] | undefined>;

export type AnswersResult = {
  /** Answers of the section's shown questions (null = left empty); hidden ones are absent. */
  answers: Answers;
  /** Field errors keyed by question code. */
  errors: Record<string, Issue>;
  /** What the respondent typed, per field, to put back in the form when there are errors. */
  values: Record<string, string | string[]>;
};

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();
const all = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => s.trim()).filter((s) => s !== "");

/**
 * `prior` holds the answers of earlier sections (already cleaned of hidden questions), so
 * conditions that look back across pages work.
 */
export function validateAnswers(section: Section, raw: RawFormValues, locale: Locale, prior: Answers = {}): AnswersResult {
  const seen: Answers = { ...prior };
  const result: AnswersResult = { answers: {}, errors: {}, values: typedValues(section, raw) };
  for (const q of section.questions) {
    if (q.showIf && !conditionHolds(q.showIf, seen[q.showIf.question])) continue;
    const parsed = parseField(q, raw, locale);
    if ("error" in parsed) {
      result.errors[q.code] = parsed.error;
      continue;
    }
    const error =
      isEmptyAnswer(parsed.value) && q.required ? { code: "required", params: {} } : checkAnswer(q, parsed.value, locale);
    if (error) result.errors[q.code] = error;
    else {
      result.answers[q.code] = parsed.value;
      seen[q.code] = parsed.value;
      if (q.allowOther) result.answers[otherKey(q.code)] = parsed.other ?? null;
    }
  }
  return result;
}

type Parsed = { value: AnswerValue; other?: string | null } | { error: Issue };

function parseField(q: Question, raw: RawFormValues, locale: Locale): Parsed {
  switch (q.kind) {
    case "number":
    case "scale": {
      const text = first(raw[q.code]);
      if (text === "") return { value: null };
      const n = parseNumber(text, locale);
      return n === null ? { error: { code: "not_a_number", params: {} } } : { value: n };
    }
    case "list": {
      const items = [...all(raw[q.code])];
      for (let i = 0; raw[`${q.code}.${i}`] !== undefined; i++) items.push(...all(raw[`${q.code}.${i}`]));
      return { value: items.length ? items : null };
    }
    case "multiple":
      return withOther(q, all(raw[q.code]), first(raw[otherKey(q.code)]));
    case "single":
      return withOther(q, all(raw[q.code]).slice(0, 1), first(raw[otherKey(q.code)]));
    default: {
      const text = first(raw[q.code]);
      return { value: text === "" ? null : text };
    }
  }
}

/** A typed "other" text chooses "other" by itself; choosing "other" needs the text. */
function withOther(q: Question, chosen: string[], otherText: string): Parsed {
  let values = [...new Set(chosen)];
  if (q.allowOther) {
    if (otherText !== "" && !values.includes(OTHER_VALUE))
      values = q.kind === "single" && values.length > 0 ? values : [...values, OTHER_VALUE];
    if (values.includes(OTHER_VALUE) && otherText === "") return { error: { code: "other_text_required", params: {} } };
  }
  const other = q.allowOther && values.includes(OTHER_VALUE) ? otherText : null;
  if (q.kind === "single") return { value: values[0] ?? null, other };
  return { value: values.length ? values : null, other };
}

function typedValues(section: Section, raw: RawFormValues): Record<string, string | string[]> {
  const codes = new Set(section.questions.map((q) => q.code));
  const out: Record<string, string | string[]> = {};
  for (const [field, v] of Object.entries(raw)) {
    if (v !== undefined && codes.has(field.split(".")[0] ?? "")) out[field] = v;
  }
  return out;
}
