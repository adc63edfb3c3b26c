import type { Knex } from "knex";
import type { InterviewRole } from "~/domain/ids";
import type { InterviewGuide } from "~/domain/interviews/guide";
import { db } from "./client.server";

// Interviews and their notes, always filtered by municipality (tenant).

export type InterviewStatus = "planned" | "done";

export type InterviewRow = {
  id: number;
  guideKey: string;
  guideVersion: number;
  role: InterviewRole;
  department: string | null;
  date: string;
  status: InterviewStatus;
  excerpts: number;
};

export type InterviewDetail = Omit<InterviewRow, "excerpts"> & { guide: InterviewGuide; maskNames: string[] };

export type NewInterview = {
  municipalityId: number;
  assessmentId?: number | null;
  guide: InterviewGuide;
  role: InterviewRole;
  department?: string | null;
  date: string;
  status?: InterviewStatus;
  maskNames?: string[];
  createdBy?: number | null;
};

const now = () => new Date().toISOString();

export async function createInterview(input: NewInterview, k: Knex = db()): Promise<number> {
  const [row] = await k("interviews")
    .insert({
      municipality_id: input.municipalityId,
      assessment_id: input.assessmentId ?? null,
      guide_key: input.guide.key,
      guide_version: input.guide.version,
      guide_json: JSON.stringify(input.guide),
      role: input.role,
      department: input.department || null,
      date: input.date,
      status: input.status ?? "planned",
      mask_names: JSON.stringify(input.maskNames ?? []),
      created_by: input.createdBy ?? null,
      created_at: now(),
    })
    .returning("id");
  return (row as { id: number }).id;
}

const listColumns = ["i.id", "i.guide_key as guideKey", "i.guide_version as guideVersion", "i.role", "i.department", "i.date", "i.status"];

/** Newest first, with the number of coded excerpts of each. */
export async function listInterviews({ municipalityId }: { municipalityId: number }): Promise<InterviewRow[]> {
  const rows = await db()("interviews as i")
    .leftJoin("interview_excerpts as e", "e.interview_id", "i.id")
    .where("i.municipality_id", municipalityId)
    .groupBy("i.id", "i.guide_key", "i.guide_version", "i.role", "i.department", "i.date", "i.status")
    .orderBy([{ column: "i.date", order: "desc" }, { column: "i.id", order: "desc" }])
    .select(listColumns)
    .count({ excerpts: "e.id" });
  return rows.map((r) => ({ ...(r as unknown as InterviewRow), excerpts: Number((r as { excerpts: unknown }).excerpts) }));
}

/** One interview of the municipality; undefined for another municipality's id. */
export async function getInterview({ municipalityId, id }: { municipalityId: number; id: number }): Promise<InterviewDetail | undefined> {
  const row = await db()("interviews as i")
    .where({ "i.municipality_id": municipalityId, "i.id": id })
    .first([...listColumns, "i.guide_json as guideJson", "i.mask_names as maskNames"]);
  if (!row) return undefined;
  const { guideJson, maskNames, ...rest } = row as Omit<InterviewDetail, "guide" | "maskNames"> & { guideJson: string; maskNames: string };
  return { ...rest, guide: JSON.parse(guideJson) as InterviewGuide, maskNames: JSON.parse(maskNames) as string[] };
}

export async function setInterviewStatus({ municipalityId, id, status }: { municipalityId: number; id: number; status: InterviewStatus }) {
  return db()("interviews").where({ municipality_id: municipalityId, id }).update({ status });
}

/** Notes by question key. */
export async function listNotes({ municipalityId, interviewId }: { municipalityId: number; interviewId: number }) {
  const rows = (await db()("interview_notes")
    .where({ municipality_id: municipalityId, interview_id: interviewId })
    .select("question_key as questionKey", "text", "updated_at as updatedAt")) as Array<{ questionKey: string; text: string; updatedAt: string }>;
  return Object.fromEntries(rows.map((r) => [r.questionKey, { text: r.text, updatedAt: r.updatedAt }]));
}

/** Writes (or overwrites) the note of one question; the caller has checked the interview belongs to the municipality. */
export async function saveNote(
  { municipalityId, interviewId, questionKey, text }: { municipalityId: number; interviewId: number; questionKey: string; text: string },
  k: Knex = db(),
): Promise<string> {
  const updatedAt = now();
  await k("interview_notes")
    .insert({ municipality_id: municipalityId, interview_id: interviewId, question_key: questionKey, text, updated_at: updatedAt })
    .onConflict(["interview_id", "question_key"])
    .merge(["text", "updated_at"]);
  return updatedAt;
}

/** The names to mask in quotes, per interview of the municipality. */
export async function maskNamesByInterview({ municipalityId }: { municipalityId: number }): Promise<Map<number, string[]>> {
  const rows = (await db()("interviews").where({ municipality_id: municipalityId }).select("id", "mask_names as maskNames")) as Array<{
    id: number;
    maskNames: string;
  }>;
  return new Map(rows.map((r) => [r.id, JSON.parse(r.maskNames) as string[]]));
}

/** Every interview with the guide copy it was held with (for exports). */
export async function listInterviewGuides({ municipalityId }: { municipalityId: number }) {
  const rows = (await db()("interviews").where({ municipality_id: municipalityId }).orderBy("id").select("id", "guide_json as guideJson")) as Array<{
    id: number;
    guideJson: string;
  }>;
  return rows.map((r) => ({ id: r.id, guide: JSON.parse(r.guideJson) as InterviewGuide }));
}
