// The assessment home: the steps of a pre-study with their status, and what is missing before
// the recommendation can be trusted. Pure: the route gathers the facts from each area.

export const STEPS = ["plan", "survey", "interviews", "tickets", "weights", "report"] as const;
export type StepKey = (typeof STEPS)[number];
export type StepStatus = "not_started" | "in_progress" | "done";

export type HomeFacts = {
  minGroupSize: number;
  departments: number;
  systems: number;
  /** undefined: the survey area has nothing to say yet (no service, no survey). */
  survey?: { surveys: number; responses: number; byArea: Record<string, number> };
  /** Business areas the municipality has registered (codes). */
  areas: string[];
  interviews?: { total: number; done: number; excerpts: number };
  tickets?: number;
  weights?: { stakeholders: number; preset: boolean };
  reports: number;
};

export type Step = { key: StepKey; status: StepStatus; counts: Record<string, number> };
export type Missing = { code: string; params: Record<string, string | number>; step: StepKey };

const status = (done: boolean, started: boolean): StepStatus => (done ? "done" : started ? "in_progress" : "not_started");

export function assessmentSteps(f: HomeFacts): Step[] {
  const s = f.survey;
  const iv = f.interviews;
  const w = f.weights;
  return [
    { key: "plan", status: status(f.systems > 0, f.departments > 0), counts: { departments: f.departments, systems: f.systems } },
    { key: "survey", status: s ? status(s.responses >= f.minGroupSize, s.surveys > 0) : "not_started", counts: { surveys: s?.surveys ?? 0, responses: s?.responses ?? 0 } },
    { key: "interviews", status: iv ? status(iv.done > 0 && iv.excerpts > 0, iv.total > 0) : "not_started", counts: { done: iv?.done ?? 0, total: iv?.total ?? 0, excerpts: iv?.excerpts ?? 0 } },
    { key: "tickets", status: status((f.tickets ?? 0) > 0, false), counts: { n: f.tickets ?? 0 } },
    { key: "weights", status: w ? status(w.stakeholders > 0 || w.preset, false) : "not_started", counts: { n: w?.stakeholders ?? 0 } },
    { key: "report", status: status(f.reports > 0, false), counts: { n: f.reports } },
  ];
}

/** What stands between the data and a recommendation one can rely on, most basic first. */
export function missingForTrust(f: HomeFacts): Missing[] {
  const out: Missing[] = [];
  const min = f.minGroupSize;
  if (f.systems === 0) out.push({ code: "no_systems", params: {}, step: "plan" });
  const s = f.survey;
  if (!s || s.responses === 0) out.push({ code: "no_survey", params: {}, step: "survey" });
  else if (s.responses < min) out.push({ code: "few_answers", params: { min, n: s.responses }, step: "survey" });
  else
    for (const area of f.areas) {
      // The count itself is not shown: a small group's size is already close to a person.
      if ((s.byArea[area] ?? 0) < min) out.push({ code: "few_answers_area", params: { min, area }, step: "survey" });
    }
  if (!f.tickets) out.push({ code: "no_tickets", params: {}, step: "tickets" });
  const iv = f.interviews;
  if (!iv || iv.done === 0) out.push({ code: "no_interviews", params: {}, step: "interviews" });
  else if (iv.excerpts === 0) out.push({ code: "no_coding", params: {}, step: "interviews" });
  if (!f.weights || (f.weights.stakeholders === 0 && !f.weights.preset)) out.push({ code: "no_weights", params: {}, step: "weights" });
  return out;
}

/** The step to take next: the first one in the pre-study's order that is not done yet. */
export function nextStep(steps: Step[]): Step | undefined {
  return steps.find((s) => s.status !== "done");
}
