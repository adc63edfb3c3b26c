// Any combination of survey filters counted by the database equals the same combination
// counted in memory over the stored answers (the domain's reference tally), and the dashboard
// built from it hides every figure when the combination isolates fewer than the threshold.
// Runs on SQLite and PostgreSQL alike.
import fc from "fast-check";
import type { Answers } from "~/domain/surveys/template";
import { aggregateFromCounts, tallyResponses } from "~/domain/surveys/aggregate";
import { surveySpecs, withNumbers } from "~/domain/charts/survey-specs";
import { surveyConditions } from "~/domain/charts/filters";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { storeSubmittedResponses } from "~/services/surveys/store.server";
import { surveyCounts } from "~/services/surveys/results.server";
import { prestudy2019 } from "../../../seeds/templates/surveys";
import { makeMunicipality } from "../../support/factories";
import { ctx } from "../../unit/charts/helpers";

const AREAS = ["school", "elderly_care", "hr"] as const;
const response = fc.record({
  area: fc.uniqueArray(fc.constantFrom(...AREAS), { minLength: 1, maxLength: 2 }),
  channels: fc.uniqueArray(fc.constantFrom("phone", "email", "portal"), { minLength: 1, maxLength: 2 }),
  permission_required: fc.constantFrom("yes", "no"),
  sees_advantages: fc.constantFrom("yes", "no", "both"),
  tickets_per_day: fc.integer({ min: 1, max: 40 }),
  service_level_why: fc.constantFrom("Rutiner", "Kunskap", "Tid"),
});
// A fixed sample: the property runs over the filters, not over stored data sets.
const RESPONSES: Answers[] = fc.sample(response, { numRuns: 60, seed: 20240304 });

const filter = fc.record(
  {
    area: fc.constantFrom(...AREAS),
    answers: fc.record(
      { area: fc.constantFrom(...AREAS), channels: fc.constantFrom("phone", "email", "portal"), permission_required: fc.constantFrom("yes", "no"), sees_advantages: fc.constantFrom("yes", "no", "both") },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["answers"] },
);

let municipalityId: number;
let surveyId: number;
beforeAll(async () => {
  ({ id: municipalityId } = await makeMunicipality());
  surveyId = await createSurvey({ municipalityId, templateKey: "prestudy-2019", locale: "sv" });
  await publishSurvey({ municipalityId, surveyId });
  await storeSubmittedResponses({ municipalityId, surveyId, locale: "sv", rows: RESPONSES.map((answers) => ({ externalId: null, answers })) });
});

test("combined survey filters: SQL equals the in-memory reference; a group under the threshold shows nothing", async () => {
  await fc.assert(
    fc.asyncProperty(filter, fc.integer({ min: 3, max: 12 }), async (f, min) => {
      const conditions = surveyConditions(f, () => true);
      const group = RESPONSES.filter((r) => conditions.every((c) => [r[c.code]].flat().includes(c.value)));
      const counts = await surveyCounts({ municipalityId, surveyId, template: prestudy2019, filter: conditions });
      const reference = tallyResponses(prestudy2019, group);
      const opts = { locale: "sv" as const, minGroupSize: min };
      expect(aggregateFromCounts(prestudy2019, counts, opts)).toEqual(aggregateFromCounts(prestudy2019, reference, opts));
      const figures = surveySpecs(prestudy2019, withNumbers(aggregateFromCounts(prestudy2019, counts, opts), counts), ctx("sv", min));
      if (group.length < min) {
        expect(figures.charts.every((c) => c.suppressed && c.datasets.length === 0 && c.n === 0)).toBe(true);
        expect(figures.texts.every((x) => x.suppressed && x.texts.length === 0)).toBe(true);
      }
    }),
    { numRuns: 40 },
  );
});
