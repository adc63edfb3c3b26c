// Small seeded random number generators, so that a recommendation is reproducible:
// the same evidence, weights and seed always give the same probabilities.

/** mulberry32: a fast 32-bit PRNG, uniform on [0, 1). Good enough for simulation, not crypto. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by Box–Muller, keeping the second value of each pair. */
export function normalSource(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u1 = 1 - uniform(); // (0, 1]: log stays finite
    const u2 = uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
}

/** Gamma(shape, 1) by Marsaglia–Tsang (2000); shape < 1 uses the boost Gamma(a+1)·U^(1/a). */
export function gamma(shape: number, uniform: () => number, normal: () => number): number {
  if (shape < 1) return gamma(shape + 1, uniform, normal) * Math.pow(1 - uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal();
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = 1 - uniform();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Dirichlet draw into `out` with parameters `alpha`; a zero alpha gives a zero component. */
export function dirichletInto(out: Float64Array, alpha: Float64Array, uniform: () => number, normal: () => number): void {
  let sum = 0;
  for (let i = 0; i < alpha.length; i++) {
    const a = alpha[i] ?? 0;
    const g = a > 0 ? gamma(a, uniform, normal) : 0;
    out[i] = g;
    sum += g;
  }
  if (sum > 0) for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / sum;
  else {
    // Every gamma draw underflowed (only with tiny alphas): fall back to the mean.
    let total = 0;
    for (let i = 0; i < alpha.length; i++) total += alpha[i] ?? 0;
    for (let i = 0; i < out.length; i++) out[i] = total > 0 ? (alpha[i] ?? 0) / total : 0;
  }
}
