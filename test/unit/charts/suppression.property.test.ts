// For any data set and any filter combination: no figure built from fewer than the minimum
// group size carries data or text, and every figure shown adds up to its n.
import fc from "fast-check";
import { aggregateSurvey, tallyResponses } from "~/domain/surveys/aggregate";
import type { Answers } from "~/domain/surveys/template";
import { surveySpecs, withNumbers } from "~/domain/charts/survey-specs";
import { ticketSpecs } from "~/domain/charts/ticket-specs";
import { interviewSpecs } from "~/domain/charts/interview-specs";
import { tableTotal } from "~/domain/charts/suppress";
import { textTotal } from "~/domain/charts/texts";
import { surveyConditions } from "~/domain/charts/filters";
import type { ChartSpec } from "~/domain/charts/spec";
import { CHANNELS, CRITERIA, SUPPORT_LINES, SUPPORT_MODELS, TICKET_TYPES } from "~/domain/ids";
import { prestudy2019 } from "../../../seeds/templates/surveys";
import { ctx } from "./helpers";

const AREAS = ["school", "elderly_care", "social_services", "hr"] as const;
const response = fc.record({
  area: fc.uniqueArray(fc.constantFrom(...AREAS), { minLength: 1, maxLength: 3 }),
  permission_required: fc.constantFrom("yes", "no"),
  permission_kind: fc.option(fc.constantFrom("Roll", "Admin", "Sekretess"), { nil: undefined }),
  sees_advantages: fc.constantFrom("yes", "no", "both"),
  service_level_kept: fc.option(fc.constantFrom("yes", "no", "dont_know"), { nil: undefined }),
  tickets_per_day: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
});
// A dashboard filter: any combination of the business area (which narrows the survey as its
// `area` answer) and answers to several questions at once.
const filter = fc.record(
  {
    area: fc.constantFrom(...AREAS),
    answers: fc.record(
      { area: fc.constantFrom(...AREAS), permission_required: fc.constantFrom("yes", "no"), sees_advantages: fc.constantFrom("yes", "no", "both"), service_level_kept: fc.constantFrom("yes", "no", "dont_know") },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["answers"] },
);

function checkShown(s: ChartSpec, min: number) {
  if (s.suppressed) {
    expect(s).toMatchObject({ labels: [], datasets: [], n: 0 });
    expect(s.texts ?? []).toEqual([]);
    expect(s.weights).toBeUndefined();
    return;
  }
  expect(s.n).toBeGreaterThanOrEqual(min);
  if (s.multi) {
    for (const d of s.datasets) for (const v of d.data) expect(v).toBeLessThanOrEqual(s.n);
    expect(tableTotal(s)).toBeGreaterThanOrEqual(s.n);
  } else expect(tableTotal(s)).toBeCloseTo(s.n, 6);
  if (s.texts) expect(textTotal(s.texts)).toBeGreaterThanOrEqual(min);
}

test("survey: a filtered group (any combination) under the threshold shows nothing; what is shown adds up to n", () => {
  fc.assert(
    fc.property(fc.array(response, { maxLength: 40 }), filter, fc.integer({ min: 3, max: 10 }), (rows, f, min) => {
      const all = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Answers);
      // The reference filter: a respondent is in the group when their answers include every
      // value of the filter; an explicit `area` answer wins over the business area.
      const wanted: Record<string, string> = { ...(f.area ? { area: f.area } : {}), ...f.answers };
      expect(surveyConditions(f, () => true)).toEqual(Object.keys(wanted).sort().map((code) => ({ code, value: wanted[code] })));
      const group = all.filter((r) => Object.entries(wanted).every(([q, v]) => [r[q]].flat().includes(v)));
      const results = withNumbers(aggregateSurvey(prestudy2019, group, { locale: "sv", minGroupSize: min }), tallyResponses(prestudy2019, group));
      const figures = surveySpecs(prestudy2019, results, ctx("sv", min));
      if (group.length < min) {
        expect(figures.charts.every((s) => s.suppressed)).toBe(true);
        expect(figures.texts.every((t) => t.suppressed && t.texts.length === 0 && t.n === 0)).toBe(true);
      }
      for (const s of figures.charts) checkShown(s, min);
      for (const t of figures.texts) if (!t.suppressed) expect(textTotal(t.texts)).toBeGreaterThanOrEqual(min);
    }),
    { numRuns: 150 },
  );
});

const count = fc.nat({ max: 12 });
const series = fc.record({
  weeks: fc.array(fc.record({ week: fc.constantFrom("2024-W01", "2024-W02", "2024-W03"), byChannel: fc.dictionary(fc.constantFrom(...CHANNELS), count) }), { maxLength: 3 }),
  typeLine: fc.array(fc.record({ type: fc.constantFrom(...TICKET_TYPES), line: fc.constantFrom(...SUPPORT_LINES), count }), { maxLength: 6 }),
  months: fc.array(fc.record({ month: fc.constantFrom("2024-01", "2024-02"), total: count }).map((m) => ({ ...m, lineOneCapable: Math.floor(m.total / 2) })), { maxLength: 2 }),
  byArea: fc.dictionary(fc.constantFrom("school", "hr", "finance", "unknown_area"), count),
  systems: fc.array(fc.record({ name: fc.string(), administrators: fc.nat({ max: 4 }) }), { maxLength: 8 }),
  resolution: fc.array(fc.record({ upToHours: fc.constantFrom(1, 4, 8, 24, 72, 168, null), count }), { maxLength: 5 }),
});

test("tickets and interviews: every figure under the threshold is empty; the rest add up to n", () => {
  fc.assert(
    fc.property(series, fc.integer({ min: 3, max: 10 }), (s, min) => {
      for (const spec of ticketSpecs({ total: 0, ...s }, ctx("nb", min))) checkShown(spec, min);
    }),
    { numRuns: 150 },
  );
  const cell = fc.record({ model: fc.constantFrom(...SUPPORT_MODELS), criterion: fc.constantFrom(...CRITERIA), pro: count, con: count });
  fc.assert(
    fc.property(fc.array(cell, { maxLength: 6 }), fc.integer({ min: 3, max: 10 }), (cells, min) => {
      for (const spec of interviewSpecs(cells, ctx("en", min))) checkShown(spec, min);
    }),
    { numRuns: 100 },
  );
});

test("interviews filtered by role or department: fewer interviewees than the threshold show nothing, however many excerpts", () => {
  const cell = fc.record({ model: fc.constantFrom(...SUPPORT_MODELS), criterion: fc.constantFrom(...CRITERIA), pro: count, con: count });
  fc.assert(
    fc.property(fc.array(cell, { maxLength: 6 }), fc.nat({ max: 12 }), fc.integer({ min: 3, max: 10 }), (cells, interviewees, min) => {
      const [spec] = interviewSpecs(cells, ctx("sv", min), { interviewees });
      checkShown(spec!, min);
      if (interviewees < min) expect(spec).toMatchObject({ suppressed: true, labels: [], datasets: [], n: 0 });
      else expect(spec!.suppressed ?? false).toBe(cells.reduce((s, c) => s + c.pro + c.con, 0) < min);
    }),
    { numRuns: 150 },
  );
});
