import fc from "fast-check";
import { CRITERIA, type Criterion } from "~/domain/ids";
import {
  aggregatePairwise,
  aggregateWeights,
  ahp,
  fromPairwise,
  fromPoints,
  fromRanks,
  normalise,
  preset,
  PRESET_NAMES,
  rocVector,
  weightSpread,
} from "~/domain/decision/weights";

const sum = (w: Record<Criterion, number>) => CRITERIA.reduce((s, c) => s + w[c], 0);
const rawWeights = fc.record(
  Object.fromEntries(CRITERIA.map((c) => [c, fc.double({ min: 0, max: 1000, noNaN: true })])) as Record<Criterion, fc.Arbitrary<number>>,
);

describe("normalise", () => {
  test("weights sum to 1 and are invariant to scaling", () => {
    fc.assert(
      fc.property(rawWeights, fc.double({ min: 0.001, max: 1e6, noNaN: true }), (raw, k) => {
        const w = normalise(raw);
        expect(sum(w)).toBeCloseTo(1, 9);
        const scaled = normalise(Object.fromEntries(CRITERIA.map((c) => [c, raw[c] * k])));
        for (const c of CRITERIA) expect(scaled[c]).toBeCloseTo(w[c], 9);
      }),
    );
  });

  test("all zero (or nothing) gives equal weights; negatives count as zero", () => {
    for (const c of CRITERIA) expect(normalise({})[c]).toBeCloseTo(1 / 11, 12);
    const w = normalise({ efficiency: 3, personal_contact: 1, availability: -5 });
    expect(w.efficiency).toBe(0.75);
    expect(w.personal_contact).toBe(0.25);
    expect(w.availability).toBe(0);
  });

  test("100 points: weights follow the points and the total is reported", () => {
    const r = fromPoints({ efficiency: 60, personal_contact: 30 });
    expect(r.weights.efficiency).toBeCloseTo(2 / 3, 12);
    expect(r.total).toBe(90);
    expect(r.complete).toBe(false);
    expect(fromPoints({ efficiency: 50, personal_contact: 50 }).complete).toBe(true);
  });
});

describe("rank order centroid", () => {
  test("three ranks give 0.611, 0.278, 0.111", () => {
    const [a, b, c] = rocVector(3);
    expect(a).toBeCloseTo(0.6111, 4);
    expect(b).toBeCloseTo(0.2778, 4);
    expect(c).toBeCloseTo(0.1111, 4);
  });

  test("ranks map to criteria; ties share their positions; unranked get 0", () => {
    const w = fromRanks({ personal_contact: 1, efficiency: 2, availability: 3 });
    expect(w.personal_contact).toBeCloseTo(11 / 18, 12);
    expect(w.efficiency).toBeCloseTo(5 / 18, 12);
    expect(w.availability).toBeCloseTo(2 / 18, 12);
    expect(w.follow_up).toBe(0);
    const tied = fromRanks({ personal_contact: 1, efficiency: 1, availability: 2 });
    expect(tied.personal_contact).toBeCloseTo(8 / 18, 12);
    expect(tied.efficiency).toBeCloseTo(8 / 18, 12);
    expect(tied.availability).toBeCloseTo(2 / 18, 12);
  });
});

describe("pairwise comparison", () => {
  const criteria: Criterion[] = ["efficiency", "personal_contact", "domain_knowledge", "availability"];
  const truth = [0.5, 0.25, 0.15, 0.1];

  test("a consistent matrix returns its exact weights with CR = 0", () => {
    const judgements = criteria.flatMap((a, i) =>
      criteria.slice(i + 1).map((b, k) => ({ a, b, value: truth[i]! / truth[i + 1 + k]! })));
    const r = fromPairwise(judgements, criteria);
    criteria.forEach((c, i) => expect(r.weights[c]).toBeCloseTo(truth[i]!, 10));
    expect(r.weights.follow_up).toBe(0);
    expect(r.cr).toBeCloseTo(0, 10);
    expect(r.consistent).toBe(true);
    expect(r.worstPair).toBeUndefined();
  });

  test("an inconsistent matrix gives CR > 0.10 and names the pair that breaks it", () => {
    // 8:4:2:1 is consistent, except that the first is said to be 1/8 as important as the last.
    const w = [8, 4, 2, 1];
    const judgements = criteria.flatMap((a, i) =>
      criteria.slice(i + 1).map((b, k) => ({ a, b, value: w[i]! / w[i + 1 + k]! })));
    judgements.find((j) => j.a === "efficiency" && j.b === "availability")!.value = 1 / 8;
    const r = fromPairwise(judgements, criteria);
    expect(r.cr).toBeGreaterThan(0.1);
    expect(r.consistent).toBe(false);
    expect(r.worstPair).toMatchObject({ a: "efficiency", b: "availability", given: 1 / 8 });
  });

  test("Saaty's random index: a 3×3 cycle 9, 9, 9 is hopelessly inconsistent", () => {
    const r = ahp([[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]);
    for (const x of r.weights) expect(x).toBeCloseTo(1 / 3, 10);
    // λmax = 1 + 9 + 1/9 for this circulant matrix; CI = (λ − 3)/2, RI(3) = 0.58.
    expect(r.lambdaMax).toBeCloseTo(1 + 9 + 1 / 9, 9);
    expect(r.cr).toBeCloseTo((1 + 9 + 1 / 9 - 3) / 2 / 0.58, 9);
  });

  test("stakeholders' matrices combine by geometric mean", () => {
    const m = aggregatePairwise([[[1, 2], [1 / 2, 1]], [[1, 8], [1 / 8, 1]]]);
    expect(m[0]![1]).toBeCloseTo(4, 12);
    expect(m[1]![0]).toBeCloseTo(1 / 4, 12);
  });
});

describe("several stakeholders", () => {
  test("mean of normalised weights, and the spread per criterion", () => {
    const list = [{ efficiency: 1 }, { efficiency: 10, personal_contact: 10 }];
    const mean = aggregateWeights(list);
    expect(mean.efficiency).toBeCloseTo(0.75, 12);
    expect(mean.personal_contact).toBeCloseTo(0.25, 12);
    const s = weightSpread(list).efficiency;
    expect(s).toEqual({ min: 0.5, max: 1, mean: 0.75, sd: 0.25 });
  });
});

test("presets are normalised and lean the way their names say", () => {
  for (const name of PRESET_NAMES) expect(sum(preset(name))).toBeCloseTo(1, 12);
  const top = (name: (typeof PRESET_NAMES)[number]) => CRITERIA.reduce((a, b) => (preset(name)[b] > preset(name)[a] ? b : a));
  expect(top("closeness")).toBe("personal_contact");
  expect(top("efficiency")).toBe("efficiency");
  expect(top("robustness")).toBe("absence_robustness");
});
