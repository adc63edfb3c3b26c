// Distribution measures used by the ticket KPIs.

/**
 * The p-th percentile (0 ≤ p ≤ 1) with linear interpolation between closest ranks:
 * rank = p·(n−1) over the sorted values (Excel PERCENTILE.INC, R type 7, NumPy default).
 * p50 of [1,2,3,4] = 2.5; p90 of 1..10 = 9.1. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.min(1, Math.max(0, p)) * (s.length - 1);
  const lo = Math.floor(rank);
  const loV = s[lo] ?? 0;
  const hiV = s[Math.min(lo + 1, s.length - 1)] ?? loV;
  return loV + (hiV - loV) * (rank - lo);
}

/**
 * Gini coefficient of non-negative values: 0 = perfectly even, (n−1)/n = all on one.
 * G = Σᵢ(2i − n − 1)·xᵢ / (n·Σx) over ascending xᵢ, i = 1..n. [1,1,1,1] → 0; [0,0,0,4] → 0.75.
 * 0 for no values or an all-zero list (nothing to be uneven about).
 */
export function gini(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  const sum = s.reduce((a, b) => a + b, 0);
  if (n === 0 || sum === 0) return 0;
  let weighted = 0;
  s.forEach((x, i) => (weighted += (2 * (i + 1) - n - 1) * x));
  return weighted / (n * sum);
}
