import type { Knex } from "knex";
import { db } from "./client.server";

export type Assessment = { id: number; municipalityId: number; name: string; minGroupSize: number; status: string };

const columns = ["id", "municipality_id as municipalityId", "name", "min_group_size as minGroupSize", "status"];

export async function createAssessment({ municipalityId, name, minGroupSize = 5 }: { municipalityId: number; name: string; minGroupSize?: number }, k: Knex = db()) {
  const [row] = await k("assessments").insert({ municipality_id: municipalityId, name, min_group_size: Math.max(3, minGroupSize) }).returning("id");
  return (row as { id: number }).id;
}

/** The municipality's current assessment (the newest), if any. */
export async function currentAssessment({ municipalityId }: { municipalityId: number }): Promise<Assessment | undefined> {
  return db()("assessments").where({ municipality_id: municipalityId }).orderBy("id", "desc").first(columns);
}

export async function getAssessment({ municipalityId, id }: { municipalityId: number; id: number }): Promise<Assessment | undefined> {
  return db()("assessments").where({ municipality_id: municipalityId, id }).first(columns);
}

export async function setMinGroupSize({ municipalityId, id, minGroupSize }: { municipalityId: number; id: number; minGroupSize: number }) {
  // Never below 3: smaller groups could single a person out.
  await db()("assessments").where({ municipality_id: municipalityId, id }).update({ min_group_size: Math.max(3, Math.round(minGroupSize)) });
}

/** ISO date after which raw answers are erased, or null to keep them. */
export async function getRetention({ municipalityId, id }: { municipalityId: number; id: number }): Promise<string | null> {
  const r = await db()("assessments").where({ municipality_id: municipalityId, id }).first("retain_answers_until as until");
  return (r?.until as string | null | undefined) ?? null;
}

export async function setRetention({ municipalityId, id, until }: { municipalityId: number; id: number; until: string | null }) {
  await db()("assessments").where({ municipality_id: municipalityId, id }).update({ retain_answers_until: until });
}

/** Assessments whose retention date is before `today`, with the surveys not yet erased. */
export async function surveysPastRetention({ today, municipalityId }: { today: string; municipalityId?: number }) {
  const q = db()("surveys as s")
    .join("assessments as a", "a.id", "s.assessment_id")
    .leftJoin("survey_result_snapshots as r", "r.survey_id", "s.id")
    .whereNotNull("a.retain_answers_until")
    .where("a.retain_answers_until", "<", today)
    .whereNull("r.survey_id")
    .orderBy("s.id")
    .select("s.id as surveyId", "s.municipality_id as municipalityId", "a.retain_answers_until as until");
  if (municipalityId !== undefined) q.where("s.municipality_id", municipalityId);
  const rows = (await q) as Array<{ surveyId: number; municipalityId: number; until: string }>;
  return rows.map((r) => ({ surveyId: Number(r.surveyId), municipalityId: Number(r.municipalityId), until: r.until }));
}
