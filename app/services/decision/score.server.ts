// One score of the decision matrix: its evidence (baseline sources, the municipality's own
// data, interview quotes, overrides) and the project group's override with a required reason.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { BASELINE } from "~/domain/decision";
import { CRITERIA, SUPPORT_MODELS, isLocale, type Criterion, type SupportModel } from "~/domain/ids";
import { audit } from "~/db/audit.server";
import { addOverride, listOverrides } from "~/db/decision-overrides.server";
import { i18next } from "~/i18n/i18next.server";
import { canEdit, requireMembership } from "~/services/auth.server";
import { interviewQuotes } from "~/services/interviews/evidence.server";
import { recommendFor } from "./recommend.server";
import { requireAssessment } from "./weights.server";

type Params = { municipality?: string; model?: string; criterion?: string };

function cellOf(params: Params): { model: SupportModel; criterion: Criterion } {
  const model = SUPPORT_MODELS.find((m) => m === params.model);
  const criterion = CRITERIA.find((c) => c === params.criterion);
  if (!model || !criterion) throw new Response("Not found", { status: 404 });
  return { model, criterion };
}

export async function scoreLoader({ request, params }: { request: Request; params: Params }) {
  const access = await requireMembership(request, params.municipality);
  const { model, criterion } = cellOf(params);
  const municipalityId = access.municipality.id;
  const detected = await i18next.getLocale(request);
  const locale = isLocale(detected) ? detected : "sv";
  const assessment = await requireAssessment({ municipalityId });
  const [result, quotes, history] = await Promise.all([
    recommendFor({ municipalityId }),
    interviewQuotes({ municipalityId, model, criterion, locale }),
    listOverrides({ municipalityId, assessmentId: assessment.id, model, criterion }),
  ]);
  const cell = result.scores[model][criterion];
  return {
    slug: access.municipality.slug,
    model,
    criterion,
    cell,
    baseline: { value: BASELINE[model][criterion].value, uncertainty: BASELINE[model][criterion].uncertainty },
    weight: result.weights[criterion],
    surveyId: result.origin.surveyId ?? null,
    quotes,
    history: history.reverse(),
    canOverride: canEdit(access),
    saved: new URL(request.url).searchParams.has("saved"),
  };
}

const OverrideForm = z.object({
  // Empty = back to the computed score; a decimal comma is fine.
  value: z.union([z.literal(""), z.string().trim().transform((s) => Number(s.replace(",", "."))).pipe(z.number().min(0).max(100))]),
  reason: z.string().trim().min(1).max(2000),
});

export async function scoreAction({ request, params }: { request: Request; params: Params }) {
  // Decision-makers read scores; only the project group (or an admin) may override them.
  const { user, municipality } = await requireMembership(request, params.municipality, "project");
  const { model, criterion } = cellOf(params);
  const form = await request.formData();
  const values = { value: String(form.get("value") ?? "").trim(), reason: String(form.get("reason") ?? "") };
  const parsed = OverrideForm.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] = issue.path[0] === "reason" ? "reason_required" : "value_invalid";
    return data({ values, errors }, { status: 400 });
  }
  const assessment = await requireAssessment({ municipalityId: municipality.id });
  const value = parsed.data.value === "" ? null : Math.round(parsed.data.value * 10) / 10;
  const id = await addOverride({ municipalityId: municipality.id, assessmentId: assessment.id, model, criterion, value, reason: parsed.data.reason, userId: user.id });
  await audit({ userId: user.id, municipalityId: municipality.id, action: "decision.override", target: `${model}/${criterion}`, detail: { id, value, reason: parsed.data.reason } });
  throw redirect(`/m/${municipality.slug}/decision/score/${model}/${criterion}?saved=1`);
}
