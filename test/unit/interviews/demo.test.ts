import { anonymiseQuote, codingMatrix, evidenceCounts, validateExcerpt, type CodedExcerpt, type Interview } from "~/domain/interviews/coding";
import { guideQuestions } from "~/domain/interviews/guide";
import { DEMO_EXCERPTS, DEMO_INTERVIEWS } from "../../../seeds/demo/interviews";
import { INTERVIEW_GUIDES } from "../../../seeds/templates/interviews";

const interviews: Interview[] = DEMO_INTERVIEWS.map(({ notes: _notes, ...i }, n) => ({ ...i, id: `d${n}` }));
const excerpts: CodedExcerpt[] = DEMO_EXCERPTS.map(({ interview, ...e }, n) => ({ ...e, id: `x${n}`, interviewId: `d${interview}` }));

test("three case interviews with administrators and two reference interviews", () => {
  expect(DEMO_INTERVIEWS.map((i) => [i.role, i.guideKey, i.department])).toEqual([
    ["administrator", "case-administrator", "Förskola & Grundskola"],
    ["administrator", "case-administrator", "Vård och omsorg"],
    ["administrator", "case-administrator", "Individ- och familjeomsorg"],
    ["reference_project_leader", "reference-shared-support", "Kommunsupport, referenskommun"],
    ["service_center_manager", "reference-service-center", "Servicecenter, referenskommun"],
  ]);
});

test("notes answer exactly the questions of each interview's guide", () => {
  for (const interview of DEMO_INTERVIEWS) {
    const keys = guideQuestions(INTERVIEW_GUIDES[interview.guideKey]).map((q) => q.key);
    expect(Object.keys(interview.notes).sort()).toEqual([...keys].sort());
    for (const note of Object.values(interview.notes)) expect(note.trim().length).toBeGreaterThan(10);
  }
});

test("at least 25 coded quotes, each valid, on a question of its interview's guide, with no contact details", () => {
  expect(DEMO_EXCERPTS.length).toBeGreaterThanOrEqual(25);
  for (const e of DEMO_EXCERPTS) {
    const interview = DEMO_INTERVIEWS[e.interview];
    expect(interview).toBeDefined();
    const keys = guideQuestions(INTERVIEW_GUIDES[interview!.guideKey]).map((q) => q.key);
    expect(keys).toContain(e.questionKey);
    expect(anonymiseQuote(e.quote)).toBe(e.quote);
  }
  for (const e of excerpts) expect(validateExcerpt(e)).toEqual({ ok: true, excerpt: e });
});

test("the pre-study's findings are coded", () => {
  const m = codingMatrix(excerpts);
  const has = (model: keyof typeof m, stance: "pro" | "con", criterion: keyof (typeof m)["shared"]) => m[model][criterion][stance] > 0;
  expect(has("shared", "pro", "efficiency")).toBe(true);
  expect(has("shared", "pro", "absence_robustness")).toBe(true);
  expect(has("shared", "pro", "follow_up")).toBe(true);
  expect(has("shared", "con", "domain_knowledge")).toBe(true);
  expect(has("shared", "con", "personal_contact")).toBe(true);
  expect(has("shared", "con", "complex_speed")).toBe(true);
  expect(has("cluster", "pro", "domain_knowledge")).toBe(true);
  expect(has("cluster", "con", "workload_balance")).toBe(true);
  expect(has("cluster", "con", "absence_robustness")).toBe(true);
  expect(has("service_center", "pro", "availability")).toBe(true);
  expect(has("service_center", "con", "complex_speed")).toBe(true);
  expect(has("partial", "pro", "development_time")).toBe(true);
});

test("evidence counts of the demo (hand-counted from seeds/demo/interviews.ts)", () => {
  const counts = evidenceCounts(excerpts);
  const get = (model: string, criterion: string) => counts.find((c) => c.model === model && c.criterion === criterion);
  expect(get("shared", "efficiency")).toEqual({ model: "shared", criterion: "efficiency", pro: 2, con: 0 });
  expect(get("shared", "personal_contact")).toEqual({ model: "shared", criterion: "personal_contact", pro: 0, con: 3 });
  expect(get("cluster", "domain_knowledge")).toEqual({ model: "cluster", criterion: "domain_knowledge", pro: 2, con: 1 });
  expect(get("cluster", "workload_balance")).toEqual({ model: "cluster", criterion: "workload_balance", pro: 0, con: 2 });
  // The only neutral quote (what was centralised) adds no evidence.
  expect(get("shared", "change_effort")).toEqual({ model: "shared", criterion: "change_effort", pro: 1, con: 1 });
  // Administrators alone: the reference interviews' quotes drop out.
  expect(codingMatrix(excerpts, { role: "administrator", interviews }).shared.efficiency.pro).toBe(1);
});
