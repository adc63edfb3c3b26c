import { assessmentSteps, missingForTrust, nextStep, type HomeFacts } from "~/domain/report/home";

const facts = (over: Partial<HomeFacts> = {}): HomeFacts => ({
  minGroupSize: 5,
  departments: 3,
  systems: 12,
  areas: ["school", "social_services"],
  survey: { surveys: 1, responses: 40, byArea: { school: 20, social_services: 4 } },
  interviews: { total: 5, done: 4, excerpts: 30 },
  tickets: 1500,
  weights: { stakeholders: 3, preset: false },
  reports: 0,
  ...over,
});

describe("the assessment home", () => {
  test("each step has a status from its own counts", () => {
    const steps = assessmentSteps(facts());
    expect(steps.map((s) => [s.key, s.status])).toEqual([
      ["plan", "done"],
      ["survey", "done"],
      ["interviews", "done"],
      ["tickets", "done"],
      ["weights", "done"],
      ["report", "not_started"],
    ]);
    expect(steps[2]!.counts).toEqual({ done: 4, total: 5, excerpts: 30 });
  });

  test("a step whose area has nothing yet is 'not started'; a survey below the group size is in progress", () => {
    const steps = assessmentSteps(facts({ survey: { surveys: 1, responses: 3, byArea: {} }, interviews: undefined, tickets: undefined, weights: undefined }));
    const status = Object.fromEntries(steps.map((s) => [s.key, s.status]));
    expect(status).toMatchObject({ survey: "in_progress", interviews: "not_started", tickets: "not_started", weights: "not_started" });
  });

  test("names an area with fewer answers than the group size, without saying how few", () => {
    expect(missingForTrust(facts())).toEqual([{ code: "few_answers_area", params: { min: 5, area: "social_services" }, step: "survey" }]);
  });

  test("lists every missing source with the step that fixes it", () => {
    const missing = missingForTrust(facts({ systems: 0, survey: undefined, tickets: 0, interviews: { total: 2, done: 1, excerpts: 0 }, weights: { stakeholders: 0, preset: false } }));
    expect(missing.map((m) => [m.code, m.step])).toEqual([
      ["no_systems", "plan"],
      ["no_survey", "survey"],
      ["no_tickets", "tickets"],
      ["no_coding", "interviews"],
      ["no_weights", "weights"],
    ]);
  });

  test("too few answers overall is said once, with the count", () => {
    const missing = missingForTrust(facts({ survey: { surveys: 1, responses: 4, byArea: { school: 4 } } }));
    expect(missing.filter((m) => m.step === "survey")).toEqual([{ code: "few_answers", params: { min: 5, n: 4 }, step: "survey" }]);
  });

  test("a chosen preset counts as weights", () => {
    expect(missingForTrust(facts({ weights: { stakeholders: 0, preset: true } })).some((m) => m.code === "no_weights")).toBe(false);
  });
});

describe("the next step on the assessment home", () => {
  test("a fresh municipality starts with the plan", () => {
    const fresh = facts({ departments: 0, systems: 0, areas: [], survey: undefined, interviews: undefined, tickets: 0, weights: undefined });
    expect(nextStep(assessmentSteps(fresh))?.key).toBe("plan");
  });

  test("a step in progress is still the next one; done steps are passed over", () => {
    const steps = assessmentSteps(facts({ survey: { surveys: 1, responses: 2, byArea: {} } }));
    expect(nextStep(steps)?.key).toBe("survey");
    expect(nextStep(assessmentSteps(facts({ interviews: { total: 2, done: 0, excerpts: 0 } })))?.key).toBe("interviews");
  });

  test("with every source in, the report is next; when it exists too, nothing is", () => {
    expect(nextStep(assessmentSteps(facts()))?.key).toBe("report");
    expect(nextStep(assessmentSteps(facts({ reports: 1 })))).toBeUndefined();
  });
});
