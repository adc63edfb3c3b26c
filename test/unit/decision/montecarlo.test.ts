import { SUPPORT_MODELS } from "~/domain/ids";
import { buildScores, monteCarlo } from "~/domain/decision/rank";
import { gamma, mulberry32, normalSource } from "~/domain/decision/random";
import { normalise, preset } from "~/domain/decision/weights";
import { recommend, SAMPLE_INPUT } from "~/domain/decision";

const scores = buildScores([]);
const total = (p: Record<string, number>) => Object.values(p).reduce((s, x) => s + x, 0);

test("the simulation is reproducible with a seed and its probabilities sum to 1", () => {
  const a = monteCarlo(scores, preset("balanced"), { draws: 10_000, seed: 42 });
  const b = monteCarlo(scores, preset("balanced"), { draws: 10_000, seed: 42 });
  const c = monteCarlo(scores, preset("balanced"), { draws: 10_000, seed: 43 });
  expect(a).toEqual(b);
  expect(a).not.toEqual(c);
  expect(total(a)).toBeCloseTo(1, 12);
  for (const m of SUPPORT_MODELS) expect(a[m]).toBeGreaterThanOrEqual(0);
});

// Standard normal cdf via the Abramowitz–Stegun 7.1.26 erf (error < 1.5e-7).
function phi(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

test("with all weight on one criterion, P(first) matches the normal-theory integral", () => {
  // Only personal contact counts (zero weights stay zero), so local is first when its draw beats
  // all five others: P = ∫ pdf_local(x) · Π_k Φ((x − μ_k)/σ_k) dx, integrated numerically.
  const p = monteCarlo(scores, normalise({ personal_contact: 1 }), { draws: 20_000, seed: 1 });
  const others = SUPPORT_MODELS.filter((m) => m !== "local").map((m) => scores[m].personal_contact);
  const { value: mu, uncertainty: sd } = scores.local.personal_contact;
  let expected = 0;
  for (let x = mu - 8 * sd; x <= mu + 8 * sd; x += 0.01) {
    const pdf = Math.exp(-0.5 * ((x - mu) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI));
    expected += pdf * others.reduce((prod, o) => prod * phi((x - o.value) / o.uncertainty), 1) * 0.01;
  }
  expect(expected).toBeGreaterThan(0.75);
  expect(Math.abs(p.local - expected)).toBeLessThan(0.015); // ≈ 5 standard errors of 20 000 draws
  expect(p.shared).toBeLessThan(0.001);
});

test("gamma draws have the right mean (Marsaglia–Tsang and the shape < 1 boost)", () => {
  const u = mulberry32(7);
  const n = normalSource(u);
  for (const shape of [0.3, 2.5]) {
    let s = 0;
    for (let i = 0; i < 40_000; i++) s += gamma(shape, u, n);
    expect(s / 40_000).toBeCloseTo(shape, 1);
  }
});

// Speed is measured by the benchmark (npm run bench), never asserted here.
test("a whole recommendation with every source uses them all and its probabilities sum to 1", () => {
  const r = recommend(SAMPLE_INPUT);
  expect(r.missingSources).toEqual([]);
  expect(total(Object.fromEntries(r.ranking.map((x) => [x.model, x.probabilityFirst])))).toBeCloseTo(1, 12);
});
