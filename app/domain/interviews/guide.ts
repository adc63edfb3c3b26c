// An interview guide: a versioned template of sections and questions, every text in all locales.
// Notes and coded excerpts refer to a question by its key, so keys must be unique across the
// whole guide (not only within a section) and must never change once a guide is in use —
// a changed text gets a new version, not a new key.
import { z } from "zod";
import { LOCALES, type LocalizedText } from "~/domain/ids";

const KEY = /^[a-z][a-z0-9_]*$/;
const GUIDE_KEY = /^[a-z][a-z0-9-]*$/;

const localizedTextSchema = z.object(
  Object.fromEntries(LOCALES.map((l) => [l, z.string({ error: "text_required" }).trim().min(1, { error: "text_required" })])) as Record<
    (typeof LOCALES)[number],
    z.ZodString
  >,
);

const questionSchema = z.object({
  key: z.string().regex(KEY, { error: "key_invalid" }),
  text: localizedTextSchema,
  prompts: z.array(localizedTextSchema).optional(),
});

const sectionSchema = z.object({
  key: z.string().regex(KEY, { error: "key_invalid" }),
  title: localizedTextSchema,
  questions: z.array(questionSchema).min(1, { error: "questions_required" }),
});

export const guideSchema = z
  .object({
    key: z.string().regex(GUIDE_KEY, { error: "key_invalid" }),
    version: z.number().int({ error: "version_invalid" }).positive({ error: "version_invalid" }),
    title: localizedTextSchema,
    intro: localizedTextSchema,
    sections: z.array(sectionSchema).min(1, { error: "sections_required" }),
  })
  .superRefine((guide, ctx) => {
    const reportDuplicates = (keys: string[], at: (i: number) => (string | number)[], code: string) => {
      const seen = new Set<string>();
      keys.forEach((key, i) => {
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: code, path: at(i), params: { key } });
        seen.add(key);
      });
    };
    reportDuplicates(guide.sections.map((s) => s.key), (i) => ["sections", i, "key"], "section_duplicate");
    const questions = guide.sections.flatMap((s, si) => s.questions.map((q, qi) => ({ key: q.key, path: ["sections", si, "questions", qi, "key"] })));
    reportDuplicates(questions.map((q) => q.key), (i) => questions[i]?.path ?? [], "question_duplicate");
  });

export interface GuideQuestion {
  key: string;
  text: LocalizedText;
  prompts?: LocalizedText[];
}
export interface GuideSection {
  key: string;
  title: LocalizedText;
  questions: GuideQuestion[];
}
export interface InterviewGuide {
  key: string;
  version: number;
  title: LocalizedText;
  intro: LocalizedText;
  sections: GuideSection[];
}

/** A validation problem: `code` is translated as `interviews:errors.guide.<code>`. */
export interface GuideError {
  code: string;
  path: string;
  params?: Record<string, unknown>;
}

export type GuideResult = { ok: true; guide: InterviewGuide } | { ok: false; errors: GuideError[] };

export function validateGuide(input: unknown): GuideResult {
  const parsed = guideSchema.safeParse(input);
  if (parsed.success) return { ok: true, guide: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      // zod's own messages (wrong type, missing field) are English prose: map them to one code.
      code: KNOWN_CODES.has(issue.message) ? issue.message : "invalid",
      path: issue.path.join("."),
      ...("params" in issue && issue.params ? { params: issue.params as Record<string, unknown> } : {}),
    })),
  };
}

const KNOWN_CODES = new Set([
  "text_required",
  "key_invalid",
  "version_invalid",
  "questions_required",
  "sections_required",
  "section_duplicate",
  "question_duplicate",
]);

/** Every question of a guide in reading order, with the key of its section. */
export function guideQuestions(guide: InterviewGuide): Array<GuideQuestion & { sectionKey: string }> {
  return guide.sections.flatMap((s) => s.questions.map((q) => ({ ...q, sectionKey: s.key })));
}

/** Finds a question by key; undefined when the guide has no such question. */
export function findQuestion(guide: InterviewGuide, questionKey: string): GuideQuestion | undefined {
  return guideQuestions(guide).find((q) => q.key === questionKey);
}
