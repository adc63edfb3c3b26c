// Criteria weights, set three ways (100 points, pairwise comparison, rank order), combined
// across stakeholders, and four preset profiles. Weights always come out normalised: they
// are non-negative and sum to 1. Pairwise comparison lives in pairwise.ts.
import { CRITERIA, type Criterion } from "~/domain/ids";
import type { Weights } from "./types";

export { fromPairwise, ahp, aggregatePairwise, RANDOM_INDEX, type PairwiseJudgement, type AhpResult } from "./pairwise";

const equal = (): Weights => Object.fromEntries(CRITERIA.map((c) => [c, 1 / CRITERIA.length])) as Weights;

/** Scale to sum 1. Negative or non-finite values count as 0; all zero → equal weights. */
export function normalise(raw: Partial<Record<Criterion, number>>): Weights {
  const clean = (v: number | undefined) => (typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0);
  const total = CRITERIA.reduce((s, c) => s + clean(raw[c]), 0);
  if (total === 0) return equal();
  return Object.fromEntries(CRITERIA.map((c) => [c, clean(raw[c]) / total])) as Weights;
}

/** "Distribute 100 points": `total` lets the UI warn when the points do not add up to 100. */
export function fromPoints(points: Partial<Record<Criterion, number>>): { weights: Weights; total: number; complete: boolean } {
  const total = CRITERIA.reduce((s, c) => s + Math.max(0, points[c] ?? 0), 0);
  return { weights: normalise(points), total, complete: Math.abs(total - 100) < 1e-9 };
}

/** Rank order centroid weights for n positions: w_k = (1/n)·Σ_{i=k..n} 1/i. */
export function rocVector(n: number): number[] {
  const w: number[] = [];
  for (let k = 1; k <= n; k++) {
    let s = 0;
    for (let i = k; i <= n; i++) s += 1 / i;
    w.push(s / n);
  }
  return w;
}

/** ROC weights from ranks (1 = most important). Ties are allowed: tied criteria share the
 * mean of the positions they occupy, so the sum stays 1. Unranked criteria get 0. */
export function fromRanks(ranks: Partial<Record<Criterion, number>>): Weights {
  const ranked = CRITERIA.filter((c) => Number.isFinite(ranks[c])).sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0));
  const roc = rocVector(ranked.length);
  const raw: Partial<Record<Criterion, number>> = {};
  for (let start = 0; start < ranked.length; ) {
    let end = start;
    while (end + 1 < ranked.length && ranks[ranked[end + 1]!] === ranks[ranked[start]!]) end++;
    const share = roc.slice(start, end + 1).reduce((s, x) => s + x, 0) / (end - start + 1);
    for (let i = start; i <= end; i++) raw[ranked[i]!] = share;
    start = end + 1;
  }
  return normalise(raw);
}

/** Several stakeholders' weights: the mean of their normalised weights. */
export function aggregateWeights(list: readonly Partial<Record<Criterion, number>>[]): Weights {
  if (list.length === 0) return equal();
  const normal = list.map(normalise);
  return Object.fromEntries(CRITERIA.map((c) => [c, normal.reduce((s, w) => s + w[c], 0) / normal.length])) as Weights;
}

export interface Spread {
  min: number;
  max: number;
  mean: number;
  /** Population standard deviation: the stakeholders are the whole group, not a sample. */
  sd: number;
}

/** How far stakeholders disagree on each criterion (after normalising each one). */
export function weightSpread(list: readonly Partial<Record<Criterion, number>>[]): Record<Criterion, Spread> {
  const normal = list.map(normalise);
  const one = (c: Criterion): Spread => {
    const xs = normal.map((w) => w[c]);
    if (xs.length === 0) return { min: 0, max: 0, mean: 0, sd: 0 };
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    return { min: Math.min(...xs), max: Math.max(...xs), mean, sd };
  };
  return Object.fromEntries(CRITERIA.map((c) => [c, one(c)])) as Record<Criterion, Spread>;
}

export const PRESET_NAMES = ["closeness", "efficiency", "robustness", "balanced"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Preset profiles as 100 points, matching the trade-off the pre-study ends on (§5):
 * closeness to users versus efficiency and time for development. */
const PRESET_POINTS: Record<PresetName, Partial<Record<Criterion, number>>> = {
  closeness: {
    personal_contact: 25, domain_knowledge: 20, complex_speed: 20, change_effort: 10,
    simple_speed: 5, availability: 5, absence_robustness: 5, efficiency: 5, development_time: 5,
  },
  efficiency: {
    efficiency: 25, development_time: 20, simple_speed: 15, follow_up: 10,
    workload_balance: 10, availability: 10, absence_robustness: 5, complex_speed: 5,
  },
  robustness: {
    absence_robustness: 30, workload_balance: 20, availability: 20, follow_up: 10,
    efficiency: 5, simple_speed: 5, complex_speed: 5, domain_knowledge: 5,
  },
  balanced: Object.fromEntries(CRITERIA.map((c) => [c, 1])),
};

export const preset = (name: PresetName): Weights => normalise(PRESET_POINTS[name]);
export const isPresetName = (x: unknown): x is PresetName => typeof x === "string" && (PRESET_NAMES as readonly string[]).includes(x);
