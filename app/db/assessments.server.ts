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
