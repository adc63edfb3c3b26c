// The weights overview: weights in use, each stakeholder's weights and their spread, and the
// project group's choice between the stakeholders' aggregate and a preset profile.
import { data, redirect } from "@remix-run/node";
import { isPresetName } from "~/domain/decision";
import { audit } from "~/db/audit.server";
import { restoreWeights, setPreset, takeWeights, type StoredWeightsRow } from "~/db/decision.server";
import { canEdit, requireMembership } from "~/services/auth.server";
import { deleteWithUndo, offeredUndo, undoDeleted, undoIdFrom, undoOutcomeFrom } from "~/services/undo.server";
import { weightState } from "./weights.server";

type Args = { request: Request; params: { municipality?: string } };

/** The undo kind of a stakeholder's removed weights (docs/decisions/050-undo.md). */
export const WEIGHTS_UNDO = "decision_weights";

type WeightsUndo = { weights: StoredWeightsRow };

/** Removes the user's own weights, keeping them for undo; the undo id, or undefined when they had none. */
export function removeOwnWeights({ municipalityId, userId, assessmentId, now }: { municipalityId: number; userId: number; assessmentId: number; now?: Date }) {
  return deleteWithUndo<WeightsUndo>(
    { municipalityId, userId, kind: WEIGHTS_UNDO, now, audit: { action: "decision.weights.delete", target: `assessment:${assessmentId}` } },
    async (trx) => {
      const weights = await takeWeights(trx, { municipalityId, assessmentId, userId });
      return weights ? { weights } : undefined;
    },
  );
}

/** Puts the user's removed weights back as they were; refused when they have submitted new ones since. */
export function undoRemoveOwnWeights({ municipalityId, userId, id, now }: { municipalityId: number; userId: number; id: number | undefined; now?: Date }) {
  return undoDeleted<WeightsUndo>(
    { municipalityId, userId, kind: WEIGHTS_UNDO, id, now, audit: (p) => ({ action: "decision.weights.undo", target: `assessment:${p.weights.assessment_id}` }) },
    async (trx, p) => p.weights.user_id === userId && restoreWeights(trx, { municipalityId, row: p.weights }),
  );
}

export async function stakeholdersLoader({ request, params }: Args) {
  const access = await requireMembership(request, params.municipality);
  const state = await weightState({ municipalityId: access.municipality.id });
  return {
    slug: access.municipality.slug,
    weights: state.weights,
    source: state.source,
    preset: state.preset,
    spread: state.spread,
    submissions: state.submissions.map(({ userId, stakeholder, role, method, weights, updatedAt }) => ({ mine: userId === access.user.id, stakeholder, role, method, weights, updatedAt })),
    canChoose: canEdit(access),
    saved: new URL(request.url).searchParams.has("saved"),
    /** Set right after the project group chose what the assessment uses, to announce it. */
    chosen: new URL(request.url).searchParams.has("chosen"),
    undoId: (await offeredUndo(request, { municipalityId: access.municipality.id, userId: access.user.id, kind: WEIGHTS_UNDO }))?.id,
    undone: undoOutcomeFrom(request),
  };
}

export async function stakeholdersAction({ request, params }: Args) {
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  if (intent === "delete") {
    const { user, municipality } = await requireMembership(request, params.municipality);
    const state = await weightState({ municipalityId: municipality.id });
    const undoId = await removeOwnWeights({ municipalityId: municipality.id, userId: user.id, assessmentId: state.assessmentId });
    throw redirect(`/m/${municipality.slug}/decision/weights${undoId === undefined ? "" : `?undo=${undoId}`}`);
  }
  if (intent === "undo") {
    const { user, municipality } = await requireMembership(request, params.municipality);
    const { outcome } = await undoRemoveOwnWeights({ municipalityId: municipality.id, userId: user.id, id: undoIdFrom(form) });
    throw redirect(`/m/${municipality.slug}/decision/weights?undone=${outcome}`);
  }
  // Which weights the assessment uses is the project group's call.
  const { user, municipality } = await requireMembership(request, params.municipality, "project");
  const preset = intent === "stakeholders" ? null : String(form.get("preset") ?? "");
  if (preset !== null && !isPresetName(preset)) return data({ error: "preset_invalid" }, { status: 400 });
  const state = await weightState({ municipalityId: municipality.id });
  await setPreset({ municipalityId: municipality.id, assessmentId: state.assessmentId, preset, userId: user.id });
  await audit({ userId: user.id, municipalityId: municipality.id, action: "decision.preset", target: `assessment:${state.assessmentId}`, detail: { preset } });
  throw redirect(`/m/${municipality.slug}/decision/weights?chosen`);
}
