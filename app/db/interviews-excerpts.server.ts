import type { Knex } from "knex";
import type { Criterion, InterviewRole, Stance, SupportModel } from "~/domain/ids";
import { db } from "./client.server";

// Coded excerpts (quotes tagged with model, stance, criterion), always filtered by municipality.

export type NewExcerpt = {
  interviewId: number;
  questionKey: string;
  quote: string;
  model: SupportModel;
  stance: Stance;
  criterion: Criterion;
  themes: string[];
};

export type ExcerptRow = NewExcerpt & {
  id: number;
  role: InterviewRole;
  department: string | null;
  date: string;
  guideKey: string;
};

export type ExcerptFilter = {
  municipalityId: number;
  interviewId?: number;
  role?: InterviewRole;
  /** The interviewee's department (as written on the interview). */
  department?: string;
  model?: SupportModel;
  criterion?: Criterion;
  stance?: Stance;
};

export async function addExcerpt(
  { municipalityId, excerpt, createdBy }: { municipalityId: number; excerpt: NewExcerpt; createdBy?: number | null },
  k: Knex = db(),
): Promise<number> {
  const [row] = await k("interview_excerpts")
    .insert({
      municipality_id: municipalityId,
      interview_id: excerpt.interviewId,
      question_key: excerpt.questionKey,
      quote: excerpt.quote,
      model: excerpt.model,
      stance: excerpt.stance,
      criterion: excerpt.criterion,
      themes: JSON.stringify(excerpt.themes),
      created_by: createdBy ?? null,
      created_at: new Date().toISOString(),
    })
    .returning("id");
  return (row as { id: number }).id;
}

/** An excerpt's row as stored (every column), what an undo puts back exactly. */
export type StoredExcerptRow = Record<string, unknown> & { id: number; interview_id: number };

/** Deletes one excerpt of one interview and returns its row; undefined when the id is not theirs. */
export async function takeExcerpt(k: Knex, { municipalityId, interviewId, id }: { municipalityId: number; interviewId: number; id: number }): Promise<StoredExcerptRow | undefined> {
  const where = { municipality_id: municipalityId, interview_id: interviewId, id };
  const row = (await k("interview_excerpts").where(where).first()) as StoredExcerptRow | undefined;
  if (!row || (await k("interview_excerpts").where(where).delete()) !== 1) return undefined;
  return { ...row, id: Number(row.id), interview_id: Number(row.interview_id) };
}

/**
 * Puts a taken excerpt back with its id (so its place in the order), question and codes; false
 * when its interview is gone or the id is in use again.
 */
export async function restoreExcerpt(k: Knex, { municipalityId, row }: { municipalityId: number; row: StoredExcerptRow }): Promise<boolean> {
  const interview = await k("interviews").where({ municipality_id: municipalityId, id: row.interview_id }).first("id");
  if (!interview || (await k("interview_excerpts").where({ id: row.id }).first("id"))) return false;
  await k("interview_excerpts").insert({ ...row, municipality_id: municipalityId });
  return true;
}

function filtered({ municipalityId, interviewId, role, department, model, criterion, stance }: ExcerptFilter) {
  const q = db()("interview_excerpts as e").join("interviews as i", "i.id", "e.interview_id").where("e.municipality_id", municipalityId);
  if (interviewId !== undefined) q.where("e.interview_id", interviewId);
  if (role !== undefined) q.where("i.role", role);
  if (department !== undefined) q.where("i.department", department);
  if (model !== undefined) q.where("e.model", model);
  if (criterion !== undefined) q.where("e.criterion", criterion);
  if (stance !== undefined) q.where("e.stance", stance);
  return q;
}

/** Excerpts in the order they were coded, with their interview's role, department, date and guide. */
export async function listExcerpts(filter: ExcerptFilter): Promise<ExcerptRow[]> {
  const rows = await filtered(filter)
    .orderBy("e.id")
    .select(
      "e.id",
      "e.interview_id as interviewId",
      "e.question_key as questionKey",
      "e.quote",
      "e.model",
      "e.stance",
      "e.criterion",
      "e.themes",
      "i.role",
      "i.department",
      "i.date",
      "i.guide_key as guideKey",
    );
  return rows.map((r: ExcerptRow & { themes: string }) => ({ ...r, themes: JSON.parse(r.themes) as string[] }));
}

export type StanceCount = { model: SupportModel; criterion: Criterion; stance: Stance; count: number };

/** Counts by model × criterion × stance, computed in SQL (GROUP BY). */
export async function countExcerpts(filter: ExcerptFilter): Promise<StanceCount[]> {
  const rows = await filtered(filter)
    .groupBy("e.model", "e.criterion", "e.stance")
    .select("e.model", "e.criterion", "e.stance")
    .count({ count: "e.id" });
  return rows.map((r) => ({ ...(r as unknown as StanceCount), count: Number((r as { count: unknown }).count) }));
}

/** How many interviews (people) have coded excerpts in the filter's view. */
export async function countInterviewsWithExcerpts(filter: ExcerptFilter): Promise<number> {
  const row = await filtered(filter).countDistinct({ n: "e.interview_id" }).first();
  return Number((row as { n?: unknown } | undefined)?.n ?? 0);
}
