// The three weight forms (100 points, pairwise, rank order): what their pages load, and what a
// POST does — "preview" re-ranks with the typed weights without saving (the no-JS path of the
// live ranking), "save" stores them as the stakeholder's current weights and logs it.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { formValues, isPresetName, preset, readWeightInput, toPoints, pointsField, type WeightMethod } from "~/domain/decision";
import { CRITERIA } from "~/domain/ids";
import { audit } from "~/db/audit.server";
import { saveWeights } from "~/db/decision.server";
import { requireMembership } from "~/services/auth.server";
import { recommendFor } from "./recommend.server";
import { liveModel, slimRanking } from "./view.server";
import { weightState } from "./weights.server";

type Args = { request: Request; params: { municipality?: string }; method: WeightMethod };

const Stakeholder = z.string().trim().min(1).max(200);

export async function weightsFormLoader({ request, params, method }: Args) {
  const { user, municipality } = await requireMembership(request, params.municipality);
  const [state, current] = await Promise.all([weightState({ municipalityId: municipality.id }), recommendFor({ municipalityId: municipality.id })]);
  const mine = state.submissions.find((s) => s.userId === user.id);
  const start = new URL(request.url).searchParams.get("preset");
  let values: Record<string, string> = {};
  if (method === "points" && isPresetName(start)) {
    const points = toPoints(preset(start));
    values = Object.fromEntries(CRITERIA.map((c) => [pointsField(c), String(points[c])]));
  } else if (mine?.method === method) values = formValues(method, mine.raw);
  return {
    slug: municipality.slug,
    method,
    values,
    stakeholder: mine?.stakeholder ?? user.name ?? user.email,
    live: liveModel(current),
    current: slimRanking(current),
  };
}

export async function weightsFormAction({ request, params, method }: Args) {
  const { user, municipality, role } = await requireMembership(request, params.municipality);
  const form = await request.formData();
  const get = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const values = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  const input = readWeightInput(method, get);
  const stakeholder = Stakeholder.safeParse(get("stakeholder") ?? "");
  const errors: Record<string, string> = { ...input.errors };
  const saving = get("intent") === "save";
  if (saving && !stakeholder.success) errors.stakeholder = "stakeholder_required";
  const check = { total: input.total, cr: input.cr, worstPair: input.worstPair };
  if (Object.keys(errors).length > 0) return data({ values, errors, check, preview: null }, { status: 400 });
  if (saving && stakeholder.success) {
    const state = await weightState({ municipalityId: municipality.id });
    await saveWeights({
      municipalityId: municipality.id,
      assessmentId: state.assessmentId,
      userId: user.id,
      stakeholder: stakeholder.data,
      role,
      method,
      raw: input.raw,
      weights: input.weights,
    });
    await audit({ userId: user.id, municipalityId: municipality.id, action: "decision.weights", target: `assessment:${state.assessmentId}`, detail: { method, weights: input.weights } });
    throw redirect(`/m/${municipality.slug}/decision/weights?saved=1`);
  }
  const preview = await recommendFor({ municipalityId: municipality.id, weightsOverride: input.weights });
  return { values, errors, check, preview: slimRanking(preview) };
}
