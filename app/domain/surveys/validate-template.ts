// Meaning checks on a survey template, beyond what the zod schema can say. Each issue is a
// code with params; the UI translates it with t(`survey:template_issues.<code>`, params).
import { LOCALES, type LocalizedText } from "~/domain/ids";
import { questionOptions } from "./fixed-options";
import {
  CHOICE_KINDS,
  OTHER_VALUE,
  allQuestions,
  surveyTemplateSchema,
  type Issue,
  type Question,
  type SurveyTemplate,
} from "./template";

// Codes become form field names (`code.0`, `code.other`) and CSV headers: no dots or spaces.
const CODE_PATTERN = /^[a-z][a-z0-9_]*$/;

const issue = (code: string, params: Issue["params"] = {}): Issue => ({ code, params });

export function validateTemplate(t: SurveyTemplate): Issue[] {
  const issues: Issue[] = [];
  if (t.sections.length === 0) issues.push(issue("no_sections"));
  issues.push(...missingTranslations(t.title, "title"), ...missingTranslations(t.intro, "intro"));

  const sectionKeys = new Set<string>();
  for (const s of t.sections) {
    if (sectionKeys.has(s.key)) issues.push(issue("duplicate_section_key", { section: s.key }));
    sectionKeys.add(s.key);
    if (s.questions.length === 0) issues.push(issue("empty_section", { section: s.key }));
    issues.push(...missingTranslations(s.title, `${s.key}.title`));
  }

  // Questions seen so far, in template order: conditions may only look back.
  const earlier = new Map<string, Question>();
  const all = new Set(allQuestions(t).map((q) => q.code));
  for (const q of allQuestions(t)) {
    if (!CODE_PATTERN.test(q.code)) issues.push(issue("invalid_code", { question: q.code }));
    if (earlier.has(q.code)) issues.push(issue("duplicate_question_code", { question: q.code }));
    issues.push(...questionIssues(q), ...conditionIssues(q, earlier, all));
    earlier.set(q.code, q);
  }
  return issues;
}

function questionIssues(q: Question): Issue[] {
  const out: Issue[] = [];
  const question = q.code;
  const declaresOptions = q.kind === "single" || q.kind === "multiple";
  if (declaresOptions && (q.options ?? []).length === 0) out.push(issue("options_missing", { question }));
  if (!declaresOptions && q.options !== undefined) out.push(issue("options_unexpected", { question }));
  const seen = new Set<string>();
  for (const o of q.options ?? []) {
    if (seen.has(o.value)) out.push(issue("duplicate_option_value", { question, value: o.value }));
    seen.add(o.value);
    out.push(...missingTranslations(o.label, `${question}.options.${o.value}`));
  }
  if (q.allowOther && !(declaresOptions && seen.has(OTHER_VALUE)))
    out.push(issue("other_option_missing", { question, value: OTHER_VALUE }));
  if (q.min !== undefined && q.max !== undefined && q.min > q.max)
    out.push(issue("min_greater_than_max", { question, min: q.min, max: q.max }));
  if ((q.min !== undefined || q.max !== undefined || q.unit) && q.kind !== "number")
    out.push(issue("range_unexpected", { question }));
  if (q.kind === "scale" && !q.scale) out.push(issue("scale_missing", { question }));
  if (q.kind !== "scale" && q.scale) out.push(issue("scale_unexpected", { question }));
  if (q.kind === "list" && q.maxItems === undefined) out.push(issue("list_without_max_items", { question }));
  if (q.kind !== "list" && q.maxItems !== undefined) out.push(issue("max_items_unexpected", { question }));
  out.push(...missingTranslations(q.text, `${question}.text`));
  if (q.help) out.push(...missingTranslations(q.help, `${question}.help`));
  if (q.unit) out.push(...missingTranslations(q.unit, `${question}.unit`));
  if (q.scale) {
    out.push(...missingTranslations(q.scale.minLabel, `${question}.scale.minLabel`));
    out.push(...missingTranslations(q.scale.maxLabel, `${question}.scale.maxLabel`));
  }
  return out;
}

function conditionIssues(q: Question, earlier: Map<string, Question>, all: Set<string>): Issue[] {
  const c = q.showIf;
  if (!c) return [];
  const params = { question: q.code, refers: c.question };
  const target = earlier.get(c.question);
  if (!target) return [issue(all.has(c.question) ? "condition_later_question" : "condition_unknown_question", params)];
  if (!CHOICE_KINDS.includes(target.kind)) return [issue("condition_not_choice", params)];
  const values = [...(c.equals ?? []), ...(c.notEquals ?? [])];
  if (values.length === 0) return [issue("condition_empty", params)];
  const known = new Set(questionOptions(target).map((o) => o.value));
  return values.filter((v) => !known.has(v)).map((value) => issue("condition_unknown_value", { ...params, value }));
}

function missingTranslations(text: LocalizedText, field: string): Issue[] {
  return LOCALES.filter((l) => text[l].trim() === "").map((locale) => issue("missing_translation", { field, locale }));
}

/** Parse untrusted JSON (an uploaded template) into a template plus its issues. */
export function parseTemplate(
  input: unknown,
): { ok: true; template: SurveyTemplate; issues: Issue[] } | { ok: false; issues: Issue[] } {
  const parsed = surveyTemplateSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, issues: parsed.error.issues.map((i) => issue("schema_invalid", { field: i.path.join(".") })) };
  const issues = validateTemplate(parsed.data);
  return issues.length === 0 ? { ok: true, template: parsed.data, issues } : { ok: false, issues };
}
