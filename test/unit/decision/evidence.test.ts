import fc from "fast-check";
import { CRITERIA, SUPPORT_MODELS } from "~/domain/ids";
import {
  busFactorEvidence,
  clusterGiniEvidence,
  evidenceAdjustments,
  interviewEvidence,
  MAX_DELTA,
  missingSources,
  surveyEvidence,
  ticketEvidence,
  type EvidenceInput,
} from "~/domain/decision/evidence";
import { CRITERION_INFO } from "~/domain/decision/criteria";

const share = fc.double({ min: -1, max: 2, noNaN: true });
const count = fc.integer({ min: -5, max: 100_000 });
const evidenceInput: fc.Arbitrary<EvidenceInput> = fc.record(
  {
    tickets: fc.record({ total: count, lineOneCapableShare: share }),
    busFactor: fc.record({ systems: count, singlePersonSystems: count }),
    clusterGini: share,
    survey: fc.record(
      {
        permissionRequiredShare: share,
        serviceLevelYesShare: share,
        serviceLevelNoShare: share,
        seesAdvantagesYesShare: share,
        seesAdvantagesNoShare: share,
        responses: count,
      },
      { requiredKeys: ["responses"] },
    ),
    interviews: fc.array(
      fc.record({
        model: fc.constantFrom(...SUPPORT_MODELS),
        criterion: fc.constantFrom(...CRITERIA),
        pro: fc.integer({ min: 0, max: 500 }),
        con: fc.integer({ min: 0, max: 500 }),
      }),
    ),
  },
  { requiredKeys: [] },
);

test("every adjustment is bounded by ±15 and moves only criteria its source may move", () => {
  fc.assert(
    fc.property(evidenceInput, (input) => {
      for (const a of evidenceAdjustments(input)) {
        expect(Math.abs(a.delta)).toBeLessThanOrEqual(MAX_DELTA);
        expect(a.delta).not.toBe(0);
        expect(CRITERION_INFO[a.criterion].movedBy).toContain(a.source);
      }
    }),
  );
});

test("ticket share above the pre-study's 33 % raises centralising models, shrunk for few tickets", () => {
  // share 0.58 is one scale step (0.25) above 0.33: 15 · tanh(1) = 11.42; 100 tickets halve it.
  const adj = ticketEvidence({ total: 100, lineOneCapableShare: 0.58 });
  const get = (m: string, c: string) => adj.find((a) => a.model === m && a.criterion === c)?.delta;
  expect(get("shared", "efficiency")).toBe(5.7);
  expect(get("partial", "development_time")).toBe(5.7);
  expect(get("self_service", "efficiency")).toBe(4); // 0.7 · 5.71
  expect(get("local", "efficiency")).toBeUndefined();
  expect(ticketEvidence({ total: 5000, lineOneCapableShare: 0.33 })).toEqual([]);
  expect(ticketEvidence({ total: 5000, lineOneCapableShare: 0.1 }).every((a) => a.delta < 0)).toBe(true);
});

test("many single-person systems lower local (more) and cluster on robustness to absence", () => {
  // share 0.5: tanh(1) = 0.7616; 20 systems → reliability 0.8 → 15 · 0.8 · 0.7616 = 9.14.
  const adj = busFactorEvidence({ systems: 20, singlePersonSystems: 10 });
  expect(adj.map((a) => [a.model, a.criterion, a.delta])).toEqual([
    ["local", "absence_robustness", -9.1],
    ["cluster", "absence_robustness", -6.4],
  ]);
});

test("an uneven load between clusters lowers cluster on workload balance", () => {
  const [adj] = clusterGiniEvidence(0.4); // 15 · tanh(2) = 14.46
  expect(adj).toMatchObject({ model: "cluster", criterion: "workload_balance", delta: -14.5, source: "cluster_gini" });
  expect(clusterGiniEvidence(0.1)).toEqual([]);
});

test("the survey lowers shared support on closeness when more say service cannot be kept", () => {
  const adj = surveyEvidence({ responses: 20, serviceLevelNoShare: 0.669 });
  // (0.669 − 0.469)/0.2 = 1 → 15 · tanh(1) · 20/40 = 5.71; service center 0.6 of it.
  const pc = adj.filter((a) => a.criterion === "personal_contact");
  expect(pc.map((a) => [a.model, a.delta])).toEqual([["shared", -5.7], ["service_center", -3.4]]);
  const advantages = surveyEvidence({ responses: 20, seesAdvantagesYesShare: 0.7, seesAdvantagesNoShare: 0.1 });
  expect(advantages.every((a) => a.criterion === "change_effort" && a.delta > 0)).toBe(true);
  expect(surveyEvidence({ responses: 0, serviceLevelNoShare: 1 })).toEqual([]);
});

test("interview net pro − con moves its own cell with diminishing returns", () => {
  const adj = interviewEvidence([
    { model: "shared", criterion: "availability", pro: 3, con: 0 },
    { model: "shared", criterion: "availability", pro: 2, con: 1 },
  ]);
  expect(adj).toHaveLength(1);
  expect(adj[0]).toMatchObject({ model: "shared", criterion: "availability", delta: 11.4, params: { pro: 5, con: 1 } });
  const huge = interviewEvidence([{ model: "local", criterion: "follow_up", pro: 0, con: 400 }]);
  expect(huge[0]?.delta).toBe(-15);
});

test("missing sources are listed so the report can say what the baseline stands in for", () => {
  expect(missingSources({})).toEqual(["tickets", "bus_factor", "cluster_gini", "survey", "interviews"]);
  expect(missingSources({ tickets: { total: 10, lineOneCapableShare: 0.4 }, clusterGini: 0.2, interviews: [] })).toEqual([
    "bus_factor",
    "survey",
    "interviews",
  ]);
});
