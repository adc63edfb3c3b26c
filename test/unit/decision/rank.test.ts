import fc from "fast-check";
import { CRITERIA, SUPPORT_MODELS, type Criterion } from "~/domain/ids";
import { buildScores, rankModels, sensitivity, weightedTotals, winnerOf, withWeight } from "~/domain/decision/rank";
import { normalise, preset } from "~/domain/decision/weights";
import type { Scores, Weights } from "~/domain/decision/types";

const baseline = buildScores([]);
const only = (c: Criterion): Weights => normalise({ [c]: 1 });
const weightsArb = fc
  .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 11, maxLength: 11 })
  .map((xs) => normalise(Object.fromEntries(CRITERIA.map((c, i) => [c, xs[i]!]))));

const bump = (scores: Scores, model: (typeof SUPPORT_MODELS)[number], c: Criterion, by: number): Scores => ({
  ...scores,
  [model]: { ...scores[model], [c]: { ...scores[model][c], value: scores[model][c].value + by } },
});

test("all weight on one criterion ranks by that criterion alone", () => {
  for (const c of CRITERIA) {
    const scores = rankModels(baseline, only(c)).map((r) => r.score);
    expect(scores).toEqual(SUPPORT_MODELS.map((m) => baseline[m][c].value).sort((a, b) => b - a));
  }
  // Hand-checked from the baseline: personal contact 90, 75, 75, 55, 55, 35; ties keep model order.
  expect(rankModels(baseline, only("personal_contact")).map((r) => r.model)).toEqual([
    "local", "cluster", "partial", "service_center", "self_service", "shared",
  ]);
});

test("all weight on personal contact → local wins; on efficiency → a centralising model wins", () => {
  expect(winnerOf(baseline, only("personal_contact"))).toBe("local");
  expect(["shared", "service_center", "partial", "self_service"]).toContain(winnerOf(baseline, only("efficiency")));
  expect(winnerOf(baseline, preset("closeness"))).toBe("local");
});

test("raising one model's score never lowers its rank", () => {
  fc.assert(
    fc.property(weightsArb, fc.constantFrom(...SUPPORT_MODELS), fc.constantFrom(...CRITERIA), fc.double({ min: 0, max: 50, noNaN: true }), (w, m, c, by) => {
      const before = rankModels(baseline, w).findIndex((r) => r.model === m);
      const after = rankModels(bump(baseline, m, c, by), w).findIndex((r) => r.model === m);
      expect(after).toBeLessThanOrEqual(before);
    }),
  );
});

test("evidence adds to the baseline, an override replaces it with its reason, all clamped to 0–100", () => {
  const scores = buildScores(
    [
      { model: "shared", criterion: "efficiency", source: "tickets", code: "x", params: {}, detail: "d", delta: 14 },
      { model: "local", criterion: "follow_up", source: "interviews", code: "x", params: {}, detail: "d", delta: -5 },
    ],
    [{ model: "local", criterion: "personal_contact", value: 120, reason: "we asked the users" }],
  );
  expect(scores.shared.efficiency.value).toBe(99); // 85 + 14
  expect(scores.local.follow_up.value).toBe(25); // 30 − 5
  expect(scores.local.personal_contact.value).toBe(100);
  expect(scores.local.personal_contact.evidence[0]).toEqual({ source: "override", detail: "we asked the users" });
  expect(scores.shared.efficiency.evidence[0]).toMatchObject({ source: "tickets", delta: 14 });
});

test("withWeight keeps the sum at 1 and the other weights in proportion", () => {
  const w = withWeight(normalise({ efficiency: 2, personal_contact: 1, availability: 1 }), "efficiency", 0.2);
  expect(w.efficiency).toBe(0.2);
  expect(w.personal_contact).toBeCloseTo(0.4, 12);
  expect(w.availability).toBeCloseTo(0.4, 12);
});

test("a reported flip point really changes the winner just beyond it, and not before it", () => {
  fc.assert(
    fc.property(weightsArb, (w) => {
      const winner = winnerOf(baseline, w);
      for (const s of sensitivity(baseline, w)) {
        if (s.flipsAt === undefined || !s.newWinner) continue;
        const step = s.direction === "up" ? 1e-6 : -1e-6;
        const beyond = withWeight(w, s.criterion, s.flipsAt + step);
        expect(winnerOf(baseline, beyond)).not.toBe(winner);
        // The named new winner leads there (random weights can make several rivals cross together).
        const totals = weightedTotals(baseline, beyond);
        expect(totals[s.newWinner]).toBeCloseTo(Math.max(...Object.values(totals)), 4);
        if (Math.abs(s.flipsAt - s.weight) > 1e-6) {
          // Just before it the old winner still leads (or ties: two models may run in parallel).
          const before = weightedTotals(baseline, withWeight(w, s.criterion, s.flipsAt - step));
          expect(before[winner]).toBeCloseTo(Math.max(...Object.values(before)), 9);
        }
      }
    }),
  );
});

test("sensitivity by hand: balanced weights, the weight of personal contact", () => {
  // Balanced: partial 755/11 leads service center 740/11. Varying personal contact to x, the others
  // share 1 − x equally: partial = 75x + 680(1 − x)/10, service center = 55x + 685(1 − x)/10.
  // Lowering x they meet at 20x = 0.5(1 − x) → x = 0.5/20.5 = 0.02439.
  const s = sensitivity(baseline, preset("balanced")).find((e) => e.criterion === "personal_contact")!;
  expect(s.flipsAt).toBeCloseTo(0.5 / 20.5, 10);
  expect(s).toMatchObject({ newWinner: "service_center", direction: "down" });
});
