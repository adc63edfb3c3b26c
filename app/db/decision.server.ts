import type { Knex } from "knex";
import type { Criterion } from "~/domain/ids";
import type { WeightMethod } from "~/domain/decision";
import { db } from "./client.server";

// Stakeholder weight submissions and the assessment's choice of weights (aggregate or preset).
// Every query filters by the municipality (tenant) as well as the assessment.


export type WeightSubmission = {
  id: number;
  userId: number;
  stakeholder: string;
  role: string;
  method: WeightMethod;
  raw: unknown;
  weights: Record<Criterion, number>;
  updatedAt: string;
};

type Scope = { municipalityId: number; assessmentId: number };

const now = () => new Date().toISOString();

/** Stores the stakeholder's weights; a second submission by the same user replaces the first. */
export async function saveWeights(
  input: Scope & { userId: number; stakeholder: string; role: string; method: WeightMethod; raw: unknown; weights: Record<Criterion, number> },
  k: Knex = db(),
) {
  const at = now();
  await k("decision_weights")
    .insert({
      municipality_id: input.municipalityId,
      assessment_id: input.assessmentId,
      user_id: input.userId,
      stakeholder: input.stakeholder,
      role: input.role,
      method: input.method,
      raw_json: JSON.stringify(input.raw),
      weights_json: JSON.stringify(input.weights),
      created_at: at,
      updated_at: at,
    })
    .onConflict(["assessment_id", "user_id"])
    .merge(["stakeholder", "role", "method", "raw_json", "weights_json", "updated_at"]);
}

export async function listWeights({ municipalityId, assessmentId }: Scope): Promise<WeightSubmission[]> {
  const rows = await db()("decision_weights")
    .where({ municipality_id: municipalityId, assessment_id: assessmentId })
    .orderBy("id")
    .select("id", "user_id", "stakeholder", "role", "method", "raw_json", "weights_json", "updated_at");
  return rows.map((r: Record<string, unknown>) => ({
    id: Number(r.id),
    userId: Number(r.user_id),
    stakeholder: String(r.stakeholder),
    role: String(r.role),
    method: r.method as WeightMethod,
    raw: JSON.parse(String(r.raw_json)) as unknown,
    weights: JSON.parse(String(r.weights_json)) as Record<Criterion, number>,
    updatedAt: String(r.updated_at),
  }));
}

/** A weight submission's row as stored (every column), what an undo puts back exactly. */
export type StoredWeightsRow = Record<string, unknown> & { id: number; assessment_id: number; user_id: number };

/** Deletes one stakeholder's submission and returns its row; undefined when they had none. */
export async function takeWeights(k: Knex, { municipalityId, assessmentId, userId }: Scope & { userId: number }): Promise<StoredWeightsRow | undefined> {
  const where = { municipality_id: municipalityId, assessment_id: assessmentId, user_id: userId };
  const row = (await k("decision_weights").where(where).first()) as StoredWeightsRow | undefined;
  if (!row || (await k("decision_weights").where(where).delete()) !== 1) return undefined;
  return { ...row, id: Number(row.id), assessment_id: Number(row.assessment_id), user_id: Number(row.user_id) };
}

/**
 * Puts a taken submission back as it was (id, method, what was entered, dates); false when the
 * stakeholder has submitted again since (that one stays) or the assessment is gone.
 */
export async function restoreWeights(k: Knex, { municipalityId, row }: { municipalityId: number; row: StoredWeightsRow }): Promise<boolean> {
  const assessment = await k("assessments").where({ municipality_id: municipalityId, id: row.assessment_id }).first("id");
  if (!assessment) return false;
  const taken = await k("decision_weights")
    .where((q) => q.where({ assessment_id: row.assessment_id, user_id: row.user_id }).orWhere({ id: row.id }))
    .first("id");
  if (taken) return false;
  await k("decision_weights").insert({ ...row, municipality_id: municipalityId });
  return true;
}

/** The preset the assessment uses instead of the stakeholders' aggregate, if one was chosen. */
export async function getPreset({ municipalityId, assessmentId }: Scope): Promise<string | null> {
  const row = await db()("decision_settings").where({ municipality_id: municipalityId, assessment_id: assessmentId }).first("preset");
  return (row?.preset as string | null | undefined) ?? null;
}

/** `preset` null = use the stakeholders' aggregate. */
export async function setPreset({ municipalityId, assessmentId, preset, userId }: Scope & { preset: string | null; userId: number }) {
  await db()("decision_settings")
    .insert({ assessment_id: assessmentId, municipality_id: municipalityId, preset, updated_by: userId, updated_at: now() })
    .onConflict("assessment_id")
    .merge(["preset", "updated_by", "updated_at"]);
}

/** The slug of a municipality, for results that name it (recommend JSON). */
export async function municipalitySlug({ municipalityId }: { municipalityId: number }): Promise<string | undefined> {
  const row = await db()("municipalities").where({ id: municipalityId }).first("slug");
  return row?.slug as string | undefined;
}
