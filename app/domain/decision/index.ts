// The decision model in one call: baseline + the municipality's evidence (+ overrides),
// weighted ranking, probability of ranking first, sensitivity and pros/cons — the DESIGN.md
// `recommend` JSON shape (the caller adds `municipality`). Pure: same input, same output.
import type { Criterion } from "~/domain/ids";
import { evidenceAdjustments, missingSources, type EvidenceInput } from "./evidence";
import { prosAndCons } from "./explain";
import { MC_DEFAULTS } from "./montecarlo";
import { buildScores, monteCarlo, rankModels, sensitivity } from "./rank";
import type { Override, RecommendResult } from "./types";
import { normalise } from "./weights";

export * from "./types";
export { BASELINE } from "./baseline";
export { CRITERION_INFO } from "./criteria";
export * from "./evidence";
export * from "./weights";
export { buildScores, rankModels, weightedTotals, winnerOf, withWeight, sensitivity, monteCarlo } from "./rank";
export { SAMPLE_INPUT } from "./sample";
export { groupWeights, concentrationFromSpread, CONCENTRATION_RANGE, type StakeholderWeights, type GroupWeights } from "./aggregate";
export { MC_DEFAULTS } from "./montecarlo";
export { CR_LIMIT, snapToSaaty } from "./pairwise";
export * from "./weight-input";
export { prosAndCons, recommendation, nearestFlip, type Translate, type RecommendationText } from "./explain";

export interface RecommendInput {
  weights: Partial<Record<Criterion, number>>;
  evidence: EvidenceInput;
  overrides?: Override[];
  seed?: number;
  draws?: number;
  concentration?: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function recommend(input: RecommendInput): RecommendResult {
  const weights = normalise(input.weights);
  const scores = buildScores(evidenceAdjustments(input.evidence), input.overrides ?? []);
  const simulation = {
    draws: input.draws ?? MC_DEFAULTS.draws,
    seed: input.seed ?? MC_DEFAULTS.seed,
    concentration: input.concentration ?? MC_DEFAULTS.concentration,
  };
  const probability = monteCarlo(scores, weights, simulation);
  const ranking = rankModels(scores, weights).map(({ model, score }) => ({
    model,
    score: round(score, 2),
    probabilityFirst: probability[model],
  }));
  const { pros, cons } = prosAndCons(scores, weights);
  return {
    weights,
    ranking,
    scores,
    sensitivity: sensitivity(scores, weights).map((s) => ({
      ...s,
      weight: round(s.weight, 4),
      ...(s.flipsAt !== undefined ? { flipsAt: round(s.flipsAt, 4) } : {}),
    })),
    pros,
    cons,
    missingSources: missingSources(input.evidence),
    simulation,
  };
}
