// The weights overview: weights in use, each stakeholder's weights and their spread, and the
// project group's choice between the stakeholders' aggregate and a preset profile.
import { data, redirect } from "@remix-run/node";
import { isPresetName } from "~/domain/decision";
import { audit } from "~/db/audit.server";
import { deleteWeights, setPreset } from "~/db/decision.server";
import { canEdit, requireMembership } from "~/services/auth.server";
import { weightState } from "./weights.server";

type Args = { request: Request; params: { municipality?: string } };

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
  };
}

export async function stakeholdersAction({ request, params }: Args) {
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  if (intent === "delete") {
    const { user, municipality } = await requireMembership(request, params.municipality);
    const state = await weightState({ municipalityId: municipality.id });
    await deleteWeights({ municipalityId: municipality.id, assessmentId: state.assessmentId, userId: user.id });
    await audit({ userId: user.id, municipalityId: municipality.id, action: "decision.weights.delete", target: `assessment:${state.assessmentId}` });
    throw redirect(`/m/${municipality.slug}/decision/weights`);
  }
  // Which weights the assessment uses is the project group's call.
  const { user, municipality } = await requireMembership(request, params.municipality, "project");
  const preset = intent === "stakeholders" ? null : String(form.get("preset") ?? "");
  if (preset !== null && !isPresetName(preset)) return data({ error: "preset_invalid" }, { status: 400 });
  const state = await weightState({ municipalityId: municipality.id });
  await setPreset({ municipalityId: municipality.id, assessmentId: state.assessmentId, preset, userId: user.id });
  await audit({ userId: user.id, municipalityId: municipality.id, action: "decision.preset", target: `assessment:${state.assessmentId}`, detail: { preset } });
  throw redirect(`/m/${municipality.slug}/decision/weights`);
}
