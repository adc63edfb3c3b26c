// Pairwise comparison (AHP, Saaty 1–9): "how many times more important is A than B?".
// Weights are the principal eigenvector of the reciprocal matrix, found by power iteration;
// the consistency ratio CR = CI / RI tells whether the answers hang together (CR ≤ 0.10 is
// Saaty's rule of thumb). When they do not, we name the pair that disagrees most with the
// weights, so the group can revisit that one judgement.
import { CRITERIA, type Criterion } from "~/domain/ids";
import type { Weights } from "./types";

/** `a` is `value` times as important as `b` (1/9 … 9; 1 = equally important). */
export interface PairwiseJudgement {
  a: Criterion;
  b: Criterion;
  value: number;
}

/** Saaty's random consistency index by matrix size n (index = n). */
export const RANDOM_INDEX = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59] as const;
export const CR_LIMIT = 0.1;
const SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  /** Only when cr > CR_LIMIT: the judgement furthest (in log ratio) from what the weights imply. */
  worstPair?: { i: number; j: number; given: number; implied: number };
}

const at = (m: readonly (readonly number[])[], i: number, j: number) => m[i]?.[j] ?? 1;

export function ahp(matrix: readonly (readonly number[])[]): AhpResult {
  const n = matrix.length;
  let v = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 1000; iter++) {
    const next = v.map((_, i) => v.reduce((s, vj, j) => s + at(matrix, i, j) * vj, 0));
    const sum = next.reduce((s, x) => s + x, 0);
    const w = next.map((x) => x / sum);
    const change = Math.max(...w.map((x, i) => Math.abs(x - (v[i] ?? 0))));
    v = w;
    if (change < 1e-14) break;
  }
  const av = v.map((_, i) => v.reduce((s, vj, j) => s + at(matrix, i, j) * vj, 0));
  const lambdaMax = n === 0 ? 0 : av.reduce((s, x, i) => s + x / (v[i] ?? 1), 0) / n;
  const ci = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = RANDOM_INDEX[n] ?? 1.59;
  const cr = ri > 0 ? ci / ri : 0;
  const result: AhpResult = { weights: v, lambdaMax, ci, cr };
  if (cr > CR_LIMIT) result.worstPair = worstPair(matrix, v);
  return result;
}

function worstPair(matrix: readonly (readonly number[])[], w: number[]) {
  let best = { i: 0, j: 1, given: at(matrix, 0, 1), implied: 1, error: -1 };
  for (let i = 0; i < w.length; i++)
    for (let j = i + 1; j < w.length; j++) {
      const implied = (w[i] ?? 0) / (w[j] ?? 1);
      const error = Math.abs(Math.log(at(matrix, i, j) / implied));
      if (error > best.error) best = { i, j, given: at(matrix, i, j), implied, error };
    }
  return { i: best.i, j: best.j, given: best.given, implied: best.implied };
}

/** Nearest value on Saaty's scale (in log distance); out-of-range answers are snapped to it. */
export const snapToSaaty = (x: number): number =>
  SAATY.reduce((b, s) => (Math.abs(Math.log(s / x)) < Math.abs(Math.log(b / x)) ? s : b), 1);
const clampSaaty = (x: number) => Math.min(9, Math.max(1 / 9, x));

/** Build the matrix over `criteria` (unanswered pairs count as equal) and solve it. */
export function fromPairwise(judgements: readonly PairwiseJudgement[], criteria: readonly Criterion[] = CRITERIA) {
  const n = criteria.length;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (const { a, b, value } of judgements) {
    const i = criteria.indexOf(a);
    const j = criteria.indexOf(b);
    if (i < 0 || j < 0 || i === j || !(value > 0)) continue;
    m[i]![j] = clampSaaty(value);
    m[j]![i] = 1 / clampSaaty(value);
  }
  const r = ahp(m);
  const weights = Object.fromEntries(CRITERIA.map((c) => [c, r.weights[criteria.indexOf(c)] ?? 0])) as Weights;
  const worst = r.worstPair && {
    a: criteria[r.worstPair.i]!,
    b: criteria[r.worstPair.j]!,
    given: r.worstPair.given,
    suggested: snapToSaaty(r.worstPair.implied),
  };
  return { weights, matrix: m, lambdaMax: r.lambdaMax, cr: r.cr, consistent: r.cr <= CR_LIMIT, worstPair: worst };
}

/** Several stakeholders' matrices: the element-wise geometric mean (stays reciprocal). */
export function aggregatePairwise(matrices: readonly (readonly (readonly number[])[])[]): number[][] {
  const n = matrices[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => Math.exp(matrices.reduce((s, m) => s + Math.log(at(m, i, j)), 0) / matrices.length)));
}
