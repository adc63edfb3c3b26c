// Survey template: the shape of a questionnaire, before it is published into an assessment.
// The zod schema checks structure; validate-template.ts checks meaning (codes, conditions,
// translations) and reports translatable issues.
import { z } from "zod";
import type { Locale } from "~/domain/ids";

export const QUESTION_KINDS = [
  "single",
  "multiple",
  "number",
  "scale",
  "short_text",
  "long_text",
  "list",
  "yes_no_both",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Kinds whose answers are option values (and can be conditions of other questions). */
export const CHOICE_KINDS: readonly QuestionKind[] = ["single", "multiple", "yes_no_both"];
/** Kinds whose answers are free text. */
export const TEXT_KINDS: readonly QuestionKind[] = ["short_text", "long_text", "list"];

/** The value every "other, namely …" question must offer as an option. */
export const OTHER_VALUE = "other";

export const localizedTextSchema = z.object({
  sv: z.string(),
  nb: z.string(),
  nn: z.string(),
  en: z.string(),
} satisfies Record<Locale, z.ZodString>);

export const optionSchema = z.object({
  value: z.string().min(1),
  label: localizedTextSchema,
});

export const conditionSchema = z.object({
  question: z.string(),
  equals: z.array(z.string()).optional(),
  notEquals: z.array(z.string()).optional(),
});

export const scaleSchema = z.object({
  min: z.literal(1),
  max: z.union([z.literal(5), z.literal(10)]),
  minLabel: localizedTextSchema,
  maxLabel: localizedTextSchema,
});

export const questionSchema = z.object({
  code: z.string(),
  kind: z.enum(QUESTION_KINDS),
  text: localizedTextSchema,
  help: localizedTextSchema.optional(),
  required: z.boolean(),
  options: z.array(optionSchema).optional(),
  allowOther: z.boolean().optional(),
  unit: localizedTextSchema.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  scale: scaleSchema.optional(),
  maxItems: z.number().int().min(1).optional(),
  showIf: conditionSchema.optional(),
});

export const sectionSchema = z.object({
  key: z.string(),
  title: localizedTextSchema,
  questions: z.array(questionSchema),
});

export const surveyTemplateSchema = z.object({
  key: z.string().min(1),
  version: z.number().int().min(1),
  title: localizedTextSchema,
  intro: localizedTextSchema,
  sections: z.array(sectionSchema),
});

export type QuestionOption = z.infer<typeof optionSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type SurveyTemplate = z.infer<typeof surveyTemplateSchema>;

/** One answer: an option value, a number, option values or list items, or nothing. */
export type AnswerValue = string | number | string[] | null;
export type Answers = Record<string, AnswerValue>;

/** A translatable problem: the UI renders t(`survey:<group>.<code>`, params). */
export type Issue = { code: string; params: Record<string, string | number> };

export const allQuestions = (t: SurveyTemplate): Question[] => t.sections.flatMap((s) => s.questions);

/** Where the "other, namely …" text of a choice question is kept, in form fields and answers. */
export const otherKey = (code: string): string => `${code}.${OTHER_VALUE}`;

export const isEmptyAnswer = (v: AnswerValue | undefined): boolean =>
  v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
