import type { Criterion, SupportModel } from "~/domain/ids";
import { db } from "./client.server";

// Score overrides by the project group, each with its written reason. All are kept; the
// newest per cell counts, and a newest with value NULL means "back to the computed score".

export type OverrideRow = {
  id: number;
  model: SupportModel;
  criterion: Criterion;
  value: number | null;
  reason: string;
  userId: number | null;
  email: string | null;
  createdAt: string;
};

type Scope = { municipalityId: number; assessmentId: number };

export async function addOverride(
  input: Scope & { model: SupportModel; criterion: Criterion; value: number | null; reason: string; userId: number },
): Promise<number> {
  const [row] = await db()("decision_overrides")
    .insert({
      municipality_id: input.municipalityId,
      assessment_id: input.assessmentId,
      model: input.model,
      criterion: input.criterion,
      value: input.value,
      reason: input.reason,
      user_id: input.userId,
      created_at: new Date().toISOString(),
    })
    .returning("id");
  return (row as { id: number }).id;
}

/** Every override of the assessment, oldest first (optionally of one cell): the history. */
export async function listOverrides({ municipalityId, assessmentId, model, criterion }: Scope & { model?: SupportModel; criterion?: Criterion }): Promise<OverrideRow[]> {
  const q = db()("decision_overrides as o")
    .leftJoin("users as u", "u.id", "o.user_id")
    .where({ "o.municipality_id": municipalityId, "o.assessment_id": assessmentId })
    .orderBy("o.id");
  if (model) q.where("o.model", model);
  if (criterion) q.where("o.criterion", criterion);
  const rows = await q.select("o.id", "o.model", "o.criterion", "o.value", "o.reason", "o.user_id", "u.email", "o.created_at");
  return rows.map((r: Record<string, unknown>) => ({
    id: Number(r.id),
    model: r.model as SupportModel,
    criterion: r.criterion as Criterion,
    value: r.value === null || r.value === undefined ? null : Number(r.value),
    reason: String(r.reason),
    userId: r.user_id === null ? null : Number(r.user_id),
    email: (r.email as string | null) ?? null,
    createdAt: String(r.created_at),
  }));
}
