// Coded interview excerpts: a quote tagged with a support model, a stance (pro, con, neutral)
// and a criterion. The coding matrix and the evidence counts are what the charts and the
// decision model read.
import { z } from "zod";
import {
  CRITERIA,
  INTERVIEW_ROLES,
  STANCES,
  SUPPORT_MODELS,
  type Criterion,
  type InterviewRole,
  type Stance,
  type SupportModel,
} from "~/domain/ids";

export const QUOTE_MAX_LENGTH = 1000;

export interface Interview {
  id: string;
  role: InterviewRole;
  department?: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  guideKey: string;
}

export interface CodedExcerpt {
  id: string;
  interviewId: string;
  questionKey: string;
  quote: string;
  model: SupportModel;
  stance: Stance;
  criterion: Criterion;
  themes: string[];
}

export const INTERVIEW_ROLE_SET: ReadonlySet<string> = new Set(INTERVIEW_ROLES);

const required = (code: string) => z.string({ error: code }).trim().min(1, { error: code });

export const excerptSchema = z.object({
  id: required("id_required"),
  interviewId: required("interview_required"),
  questionKey: required("question_required"),
  quote: required("quote_required").max(QUOTE_MAX_LENGTH, { error: "quote_too_long" }),
  model: z.enum(SUPPORT_MODELS, { error: "model_unknown" }),
  stance: z.enum(STANCES, { error: "stance_unknown" }),
  criterion: z.enum(CRITERIA, { error: "criterion_unknown" }),
  // Themes are free tags ("training", "trust"): trimmed, empty ones dropped, duplicates kept once.
  themes: z
    .array(z.string({ error: "theme_invalid" }), { error: "theme_invalid" })
    .default([])
    .transform((ts) => [...new Set(ts.map((t) => t.trim()).filter((t) => t.length > 0))]),
});

/** A field problem: translate with `t("interviews:errors.excerpt.<code>", params)`. */
export interface ExcerptError {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

export type ExcerptResult = { ok: true; excerpt: CodedExcerpt } | { ok: false; errors: ExcerptError[] };

export function validateExcerpt(input: unknown): ExcerptResult {
  const parsed = excerptSchema.safeParse(input);
  if (parsed.success) return { ok: true, excerpt: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? ""),
      code: issue.message,
      ...(issue.message === "quote_too_long" ? { params: { max: QUOTE_MAX_LENGTH } } : {}),
    })),
  };
}

export interface MatrixCell {
  pro: number;
  con: number;
  neutral: number;
  excerptIds: string[];
}
export type CodingMatrix = Record<SupportModel, Record<Criterion, MatrixCell>>;

/** Filter by the role of the interviewee; needs the interviews to know each excerpt's role. */
export type MatrixOptions = { role?: undefined } | { role: InterviewRole; interviews: readonly Interview[] };

/** The full models × criteria grid (zeros included, so every cell can be read without checks). */
export function codingMatrix(excerpts: readonly CodedExcerpt[], options: MatrixOptions = {}): CodingMatrix {
  const matrix = emptyMatrix();
  for (const e of filterByRole(excerpts, options)) {
    const cell = matrix[e.model][e.criterion];
    cell[e.stance] += 1;
    cell.excerptIds.push(e.id);
  }
  return matrix;
}

export interface EvidenceCount {
  model: SupportModel;
  criterion: Criterion;
  pro: number;
  con: number;
}

/**
 * Pro and con counts per model × criterion, in SUPPORT_MODELS × CRITERIA order, for the decision
 * model. Neutral excerpts carry no direction, so cells with no pro and no con are left out.
 */
export function evidenceCounts(excerpts: readonly CodedExcerpt[]): EvidenceCount[] {
  const matrix = codingMatrix(excerpts);
  return SUPPORT_MODELS.flatMap((model) =>
    CRITERIA.flatMap((criterion) => {
      const { pro, con } = matrix[model][criterion];
      return pro + con > 0 ? [{ model, criterion, pro, con }] : [];
    }),
  );
}

function filterByRole(excerpts: readonly CodedExcerpt[], options: MatrixOptions): readonly CodedExcerpt[] {
  if (options.role === undefined) return excerpts;
  const { role } = options;
  const ids = new Set(options.interviews.filter((i) => i.role === role).map((i) => i.id));
  return excerpts.filter((e) => ids.has(e.interviewId));
}

function emptyMatrix(): CodingMatrix {
  const row = () =>
    Object.fromEntries(CRITERIA.map((c) => [c, { pro: 0, con: 0, neutral: 0, excerptIds: [] as string[] }])) as Record<
      Criterion,
      MatrixCell
    >;
  return Object.fromEntries(SUPPORT_MODELS.map((m) => [m, row()])) as CodingMatrix;
}

export { anonymiseQuote, type AnonymiseMasks } from "./anonymise";
