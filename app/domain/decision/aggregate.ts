// The assessment's weights from several stakeholders, and how sure the group is.
// Pairwise answers combine by the element-wise geometric mean of the matrices (Aczél–Saaty:
// the only mean that keeps the matrix reciprocal); every other mix of methods by the mean of
// each stakeholder's normalised weights, so one method never counts for more than another.
import { CRITERIA, type Criterion } from "~/domain/ids";
import { MC_DEFAULTS } from "./montecarlo";
import { aggregatePairwise, ahp, fromPairwise, type PairwiseJudgement } from "./pairwise";
import type { Weights } from "./types";
import { aggregateWeights, normalise, weightSpread } from "./weights";

export interface StakeholderWeights {
  method: "points" | "pairwise" | "ranks";
  weights: Partial<Record<Criterion, number>>;
  /** For pairwise: the judgements, so the group matrix can be formed. */
  judgements?: readonly PairwiseJudgement[];
}

export interface GroupWeights {
  weights: Weights;
  /** "geometric" = AHP on the geometric-mean matrix; "mean" = mean of normalised weights. */
  rule: "geometric" | "mean" | "none";
  count: number;
}

export function groupWeights(list: readonly StakeholderWeights[]): GroupWeights {
  if (list.length === 0) return { weights: normalise({}), rule: "none", count: 0 };
  if (list.every((s) => s.method === "pairwise" && s.judgements)) {
    const matrix = aggregatePairwise(list.map((s) => fromPairwise(s.judgements ?? []).matrix));
    const { weights } = ahp(matrix);
    const raw = Object.fromEntries(CRITERIA.map((c, i) => [c, weights[i] ?? 0]));
    return { weights: normalise(raw), rule: "geometric", count: list.length };
  }
  return { weights: aggregateWeights(list.map((s) => s.weights)), rule: "mean", count: list.length };
}

/** Bounds for the Dirichlet concentration: 10 lets a weight swing widely, 400 hardly at all. */
export const CONCENTRATION_RANGE = { min: 10, max: 400 } as const;

/**
 * Method of moments: for a Dirichlet with mean w and concentration a, Σ Var(w_i) =
 * (1 − Σ w_i²) / (a + 1). Setting that equal to the stakeholders' summed variance gives a.
 * With fewer than two stakeholders there is no spread to read, so the default applies.
 */
export function concentrationFromSpread(list: readonly Partial<Record<Criterion, number>>[]): number {
  if (list.length < 2) return MC_DEFAULTS.concentration;
  const spread = weightSpread(list);
  const variance = CRITERIA.reduce((s, c) => s + spread[c].sd ** 2, 0);
  const mean = CRITERIA.reduce((s, c) => s + spread[c].mean ** 2, 0);
  if (variance <= 1e-12) return CONCENTRATION_RANGE.max;
  const a = (1 - mean) / variance - 1;
  return Math.round(Math.min(CONCENTRATION_RANGE.max, Math.max(CONCENTRATION_RANGE.min, a)));
}
