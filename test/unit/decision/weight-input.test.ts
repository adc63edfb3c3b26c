// The weight forms read the same way on the server and in the browser.
import fc from "fast-check";
import { CRITERIA } from "~/domain/ids";
import { CRITERION_PAIRS, PAIR_CODES, formValues, pairCode, pairField, pairValue, pointsField, rankField, readWeightInput, toPoints, preset, PRESET_NAMES } from "~/domain/decision";

const from = (fields: Record<string, string>) => (name: string) => fields[name];

test("55 pairs, each once, and Saaty codes round-trip", () => {
  expect(CRITERION_PAIRS).toHaveLength(55);
  expect(new Set(CRITERION_PAIRS.map(([a, b]) => pairField(a, b))).size).toBe(55);
  for (const code of PAIR_CODES) expect(pairCode(pairValue(code))).toBe(code);
  expect(pairValue("a3")).toBe(3);
  expect(pairValue("b4")).toBe(0.25);
});

test("points: 30 and 20 make 0.6 and 0.4, the total is reported, bad numbers are errors", () => {
  const r = readWeightInput("points", from({ [pointsField("efficiency")]: "30", [pointsField("personal_contact")]: "20,0" }));
  expect(r.errors).toEqual({});
  expect(r.total).toBe(50);
  expect(r.weights.efficiency).toBeCloseTo(0.6, 12);
  expect(r.weights.personal_contact).toBeCloseTo(0.4, 12);
  expect(r.raw).toEqual({ efficiency: 30, personal_contact: 20 });
  expect(readWeightInput("points", from({ [pointsField("efficiency")]: "-5" })).errors).toEqual({ [pointsField("efficiency")]: "points_invalid" });
  expect(readWeightInput("points", from({ [pointsField("efficiency")]: "101" })).errors).toEqual({ [pointsField("efficiency")]: "points_invalid" });
  expect(readWeightInput("points", from({})).errors).toEqual({ _form: "points_empty" });
});

test("ranks: two ranked criteria get ROC weights 0.75 and 0.25; ranks outside 1–11 are errors", () => {
  const r = readWeightInput("ranks", from({ [rankField("efficiency")]: "1", [rankField("follow_up")]: "2" }));
  expect(r.weights.efficiency).toBeCloseTo(0.75, 12);
  expect(r.weights.follow_up).toBeCloseTo(0.25, 12);
  expect(readWeightInput("ranks", from({ [rankField("efficiency")]: "12" })).errors).toEqual({ [rankField("efficiency")]: "rank_invalid" });
  expect(readWeightInput("ranks", from({})).errors).toEqual({ _form: "ranks_empty" });
});

test("pairwise: a consistent answer gives its exact weights with CR 0; unknown codes are errors", () => {
  // efficiency 3× follow_up, everything else equal to each other and to both… is inconsistent,
  // so compare against the eigenvector property instead: all-equal answers give equal weights.
  const equal = readWeightInput("pairwise", from({}));
  for (const c of CRITERIA) expect(equal.weights[c]).toBeCloseTo(1 / 11, 12);
  expect(equal.cr).toBeCloseTo(0, 12);
  const bad = readWeightInput("pairwise", from({ [pairField("efficiency", "follow_up")]: "a10" }));
  expect(bad.errors).toEqual({ [pairField("efficiency", "follow_up")]: "pair_invalid" });
});

test("a stored answer shows again in the form exactly as it was read", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PAIR_CODES), { minLength: 55, maxLength: 55 }), (codes) => {
      const fields = Object.fromEntries(CRITERION_PAIRS.map(([a, b], i) => [pairField(a, b), codes[i]!]));
      const first = readWeightInput("pairwise", from(fields));
      const again = readWeightInput("pairwise", from(formValues("pairwise", first.raw)));
      expect(again.weights).toEqual(first.weights);
    }),
    { numRuns: 50 },
  );
});

test("presets become whole points that add up to exactly 100", () => {
  for (const name of PRESET_NAMES) {
    const points = toPoints(preset(name));
    expect(Object.values(points).reduce((s, x) => s + x, 0)).toBe(100);
    for (const x of Object.values(points)) expect(Number.isInteger(x)).toBe(true);
  }
  expect(toPoints(preset("closeness")).personal_contact).toBe(25);
});
