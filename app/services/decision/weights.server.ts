// The weights an assessment uses: a chosen preset, else the stakeholders' aggregate, else
// equal weights. Also the stakeholder list and its spread, for the weights page.
import { CRITERIA, type Criterion } from "~/domain/ids";
import {
  concentrationFromSpread,
  groupWeights,
  preset as presetWeights,
  isPresetName,
  weightSpread,
  type GroupWeights,
  type PairwiseJudgement,
  type PresetName,
  type Spread,
  type Weights,
} from "~/domain/decision";
import { currentAssessment } from "~/db/assessments.server";
import { getPreset, listWeights, type WeightSubmission } from "~/db/decision.server";

export type WeightSource =
  | { kind: "preset"; preset: PresetName }
  | { kind: "stakeholders"; rule: GroupWeights["rule"]; count: number }
  | { kind: "equal" }
  | { kind: "custom" };

export interface WeightState {
  assessmentId: number;
  submissions: WeightSubmission[];
  group: GroupWeights;
  spread: Record<Criterion, Spread>;
  preset: PresetName | null;
  weights: Weights;
  source: WeightSource;
  concentration: number;
}


const judgementsOf = (s: WeightSubmission): PairwiseJudgement[] | undefined =>
  s.method === "pairwise" && Array.isArray(s.raw) ? (s.raw as PairwiseJudgement[]) : undefined;

export async function requireAssessment({ municipalityId }: { municipalityId: number }) {
  const assessment = await currentAssessment({ municipalityId });
  if (!assessment) throw new Response("Not found", { status: 404 });
  return assessment;
}

export async function weightState({ municipalityId }: { municipalityId: number }): Promise<WeightState> {
  const { id: assessmentId } = await requireAssessment({ municipalityId });
  const [submissions, stored] = await Promise.all([listWeights({ municipalityId, assessmentId }), getPreset({ municipalityId, assessmentId })]);
  const group = groupWeights(submissions.map((s) => ({ method: s.method, weights: s.weights, judgements: judgementsOf(s) })));
  const list = submissions.map((s) => s.weights);
  const preset = isPresetName(stored) ? stored : null;
  const source: WeightSource = preset
    ? { kind: "preset", preset }
    : group.count > 0
      ? { kind: "stakeholders", rule: group.rule, count: group.count }
      : { kind: "equal" };
  const weights = preset ? presetWeights(preset) : group.weights;
  return { assessmentId, submissions, group, spread: weightSpread(list), preset, weights, source, concentration: concentrationFromSpread(list) };
}

/** Weights from any source, normalised and with every criterion present (for JSON). */
export const completeWeights = (w: Partial<Record<Criterion, number>>): Record<Criterion, number> =>
  Object.fromEntries(CRITERIA.map((c) => [c, w[c] ?? 0])) as Record<Criterion, number>;
