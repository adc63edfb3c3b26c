// Group weights and how sure the group is.
import fc from "fast-check";
import { CRITERIA } from "~/domain/ids";
import { CONCENTRATION_RANGE, MC_DEFAULTS, concentrationFromSpread, groupWeights, normalise } from "~/domain/decision";

test("mixed methods: the mean of each stakeholder's normalised weights", () => {
  const g = groupWeights([
    { method: "points", weights: { efficiency: 80, follow_up: 20 } },
    { method: "ranks", weights: { efficiency: 0, follow_up: 1 } },
  ]);
  expect(g.rule).toBe("mean");
  expect(g.weights.efficiency).toBeCloseTo(0.4, 12);
  expect(g.weights.follow_up).toBeCloseTo(0.6, 12);
});

test("all pairwise: the geometric mean of the matrices, so opposite answers cancel", () => {
  const g = groupWeights([
    { method: "pairwise", weights: {}, judgements: [{ a: "efficiency", b: "follow_up", value: 4 }] },
    { method: "pairwise", weights: {}, judgements: [{ a: "efficiency", b: "follow_up", value: 1 / 4 }] },
  ]);
  expect(g.rule).toBe("geometric");
  for (const c of CRITERIA) expect(g.weights[c]).toBeCloseTo(1 / 11, 9);
});

test("no stakeholders: equal weights", () => {
  expect(groupWeights([])).toEqual({ weights: normalise({}), rule: "none", count: 0 });
});

test("concentration: the default for one stakeholder; agreement is sure, disagreement is not", () => {
  expect(concentrationFromSpread([{ efficiency: 1 }])).toBe(MC_DEFAULTS.concentration);
  expect(concentrationFromSpread([{ efficiency: 1 }, { efficiency: 1 }])).toBe(CONCENTRATION_RANGE.max);
  // Two opposite stakeholders: mean (0.5, 0.5), sd 0.5 each → (1 − 0.5) / 0.5 − 1 = 0 → floor 10.
  expect(concentrationFromSpread([{ efficiency: 1 }, { follow_up: 1 }])).toBe(CONCENTRATION_RANGE.min);
  // Mild disagreement: (0.6, 0.4) and (0.4, 0.6): mean .5/.5, sd 0.1 each → (0.5 / 0.02) − 1 = 24.
  expect(concentrationFromSpread([{ efficiency: 0.6, follow_up: 0.4 }, { efficiency: 0.4, follow_up: 0.6 }])).toBe(24);
});

test("the concentration always stays within its bounds", () => {
  const weights = fc.dictionary(fc.constantFrom(...CRITERIA), fc.double({ min: 0, max: 10, noNaN: true }));
  fc.assert(
    fc.property(fc.array(weights, { minLength: 2, maxLength: 8 }), (list) => {
      const a = concentrationFromSpread(list);
      expect(a).toBeGreaterThanOrEqual(CONCENTRATION_RANGE.min);
      expect(a).toBeLessThanOrEqual(CONCENTRATION_RANGE.max);
    }),
  );
});
