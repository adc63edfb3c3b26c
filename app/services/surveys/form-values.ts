// Stored answers → the values a page's form fields start with (field names as in
// app/domain/surveys/answers.ts: `code`, `code.other`, `code.0`, `code.1`, …). Pure.
import { otherKey, type Answers, type Section } from "~/domain/surveys/template";

export type FormValues = Record<string, string | string[]>;

export function answersToFormValues(section: Section, answers: Answers): FormValues {
  const out: FormValues = {};
  for (const q of section.questions) {
    const v = answers[q.code];
    if (v === null || v === undefined) continue;
    if (q.kind === "list") (Array.isArray(v) ? v : [String(v)]).forEach((item, i) => (out[`${q.code}.${i}`] = item));
    else out[q.code] = Array.isArray(v) ? v : String(v);
    const other = answers[otherKey(q.code)];
    if (typeof other === "string") out[otherKey(q.code)] = other;
  }
  return out;
}

/** A form post as the domain's raw values: repeated names become arrays. */
export function formDataToRaw(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const prev = out[name];
    out[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
