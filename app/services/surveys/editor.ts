// Edits of a draft survey's definition, as pure functions (the edit page's actions). Each
// returns a new definition; validateTemplate then says what still needs fixing.
import { LOCALES, type Locale, type LocalizedText } from "~/domain/ids";
import { OTHER_VALUE, allQuestions, type Question, type QuestionKind, type SurveyTemplate } from "~/domain/surveys/template";

const blank = (): LocalizedText => ({ sv: "", nb: "", nn: "", en: "" });
const clone = (t: SurveyTemplate): SurveyTemplate => structuredClone(t);

/** Moves a question one step; at the edge of a section it moves into the neighbouring one. */
export function moveQuestion(def: SurveyTemplate, code: string, step: -1 | 1): SurveyTemplate {
  const t = clone(def);
  const s = t.sections.findIndex((x) => x.questions.some((q) => q.code === code));
  const section = t.sections[s];
  if (!section) return t;
  const i = section.questions.findIndex((q) => q.code === code);
  const [q] = section.questions.splice(i, 1) as [Question];
  const j = i + step;
  if (j >= 0 && j <= section.questions.length) section.questions.splice(j, 0, q);
  else {
    const neighbour = t.sections[s + step];
    if (!neighbour) section.questions.splice(i, 0, q);
    else if (step < 0) neighbour.questions.push(q);
    else neighbour.questions.unshift(q);
  }
  return t;
}

export function removeQuestion(def: SurveyTemplate, code: string): SurveyTemplate {
  const t = clone(def);
  for (const s of t.sections) s.questions = s.questions.filter((q) => q.code !== code);
  return t;
}

/** A question taken out of a draft, with where it stood: enough to put it back exactly. */
export type RemovedQuestion = { section: string; index: number; after: string | null; question: Question };

/** Removes a question and says where it stood; undefined when there is no such question. */
export function takeQuestion(def: SurveyTemplate, code: string): { definition: SurveyTemplate; removed: RemovedQuestion } | undefined {
  const t = clone(def);
  for (const s of t.sections) {
    const index = s.questions.findIndex((q) => q.code === code);
    if (index < 0) continue;
    const [question] = s.questions.splice(index, 1) as [Question];
    return { definition: t, removed: { section: s.key, index, after: index > 0 ? s.questions[index - 1]!.code : null, question } };
  }
  return undefined;
}

/**
 * Puts a removed question back in its section: right after the question it followed (at the top
 * when it was first), or at its old index when that question has moved away since. Undefined when
 * its section is gone or its code is in use again.
 */
export function putQuestionBack(def: SurveyTemplate, removed: RemovedQuestion): SurveyTemplate | undefined {
  const t = clone(def);
  const s = t.sections.find((x) => x.key === removed.section);
  if (!s || allQuestions(t).some((q) => q.code === removed.question.code)) return undefined;
  const previous = removed.after === null ? -1 : s.questions.findIndex((q) => q.code === removed.after);
  const at = removed.after === null ? 0 : previous >= 0 ? previous + 1 : Math.min(removed.index, s.questions.length);
  s.questions.splice(at, 0, structuredClone(removed.question));
  return t;
}

type Fields = (name: string) => string | undefined;

const textFrom = (get: Fields, prefix: string, old: LocalizedText | undefined): LocalizedText =>
  Object.fromEntries(LOCALES.map((l) => [l, get(`${prefix}.${l}`) ?? old?.[l] ?? ""])) as LocalizedText;

/** Sets a question's texts in every language from form fields `text.sv`, `option.<value>.nb`, … */
export function updateTexts(def: SurveyTemplate, code: string, get: Fields): SurveyTemplate {
  const t = clone(def);
  const q = allQuestions(t).find((x) => x.code === code);
  if (!q) return t;
  q.text = textFrom(get, "text", q.text);
  const help = textFrom(get, "help", q.help);
  if (LOCALES.some((l) => help[l] !== "")) q.help = help;
  else delete q.help;
  if (q.unit) q.unit = textFrom(get, "unit", q.unit);
  if (q.scale) {
    q.scale.minLabel = textFrom(get, "minLabel", q.scale.minLabel);
    q.scale.maxLabel = textFrom(get, "maxLabel", q.scale.maxLabel);
  }
  for (const o of q.options ?? []) o.label = textFrom(get, `option.${o.value}`, o.label);
  return t;
}

export function updateSectionTitle(def: SurveyTemplate, key: string, get: Fields): SurveyTemplate {
  const t = clone(def);
  const s = t.sections.find((x) => x.key === key);
  if (s) s.title = textFrom(get, "title", s.title);
  return t;
}

/** A value for an option typed as a label: lower-case a–z, digits and underscores. */
export function optionValue(label: string, taken: Set<string>): string {
  const base =
    label
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 40) || "option";
  let value = /^[a-z]/.test(base) ? base : `o_${base}`;
  for (let n = 2; taken.has(value); n++) value = `${base}_${n}`;
  taken.add(value);
  return value;
}

export type NewQuestion = { section: string; code: string; kind: QuestionKind; text: LocalizedText; options: string[]; locale: Locale; required: boolean };

/** Adds a question at the end of a section; option labels are in `locale`, the others to translate. */
export function addQuestion(def: SurveyTemplate, n: NewQuestion): SurveyTemplate {
  const t = clone(def);
  const s = t.sections.find((x) => x.key === n.section);
  if (!s) return t;
  const q: Question = { code: n.code, kind: n.kind, text: n.text, required: n.required };
  if (n.kind === "single" || n.kind === "multiple") {
    const taken = new Set<string>();
    q.options = n.options.map((label) => ({ value: optionValue(label, taken), label: { ...blank(), [n.locale]: label } }));
    if (q.options.some((o) => o.value === OTHER_VALUE)) q.allowOther = true;
  }
  if (n.kind === "scale") q.scale = { min: 1, max: 5, minLabel: blank(), maxLabel: blank() };
  if (n.kind === "list") q.maxItems = 3;
  s.questions.push(q);
  return t;
}
