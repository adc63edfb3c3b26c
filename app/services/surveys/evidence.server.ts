// What the decision model and the ticket KPIs take from the pre-study survey: a few shares
// and the tickets-per-day spread, from the newest published (or closed) prestudy-2019 survey.
// A share is left out when its question is suppressed (fewer answers than the minimum group).
import { aggregateFromCounts } from "~/domain/surveys/aggregate";
import { newestSurvey } from "~/db/surveys.server";
import { minGroupSizeOf, surveyCounts } from "./results.server";

export { surveyResults } from "./results.server";

export const PRESTUDY_TEMPLATE = "prestudy-2019";

export type SurveyEvidence = {
  surveyId: number;
  responses: number;
  permissionRequiredShare?: number;
  serviceLevelYesShare?: number;
  serviceLevelNoShare?: number;
  seesAdvantagesYesShare?: number;
  seesAdvantagesNoShare?: number;
  ticketsPerDay?: { mean: number; p50: number; p90: number; answered: number };
};

export async function surveyEvidence({ municipalityId }: { municipalityId: number }): Promise<SurveyEvidence | undefined> {
  const survey = await newestSurvey({ municipalityId, templateKey: PRESTUDY_TEMPLATE });
  if (!survey) return undefined;
  const minGroupSize = await minGroupSizeOf(survey);
  const counts = await surveyCounts({ municipalityId, surveyId: survey.id, template: survey.definition });
  const results = aggregateFromCounts(survey.definition, counts, { minGroupSize, locale: "en" });
  const share = (code: string, value: string): number | undefined => {
    const q = results.questions.find((x) => x.code === code);
    if (!q || q.suppressed) return undefined;
    return q.options.find((o) => o.value === value)?.share ?? 0;
  };
  const out: SurveyEvidence = { surveyId: survey.id, responses: results.responses };
  const set = <K extends keyof SurveyEvidence>(key: K, v: SurveyEvidence[K] | undefined) => {
    if (v !== undefined) out[key] = v;
  };
  set("permissionRequiredShare", share("permission_required", "yes"));
  set("serviceLevelYesShare", share("service_level_kept", "yes"));
  set("serviceLevelNoShare", share("service_level_kept", "no"));
  set("seesAdvantagesYesShare", share("sees_advantages", "yes"));
  set("seesAdvantagesNoShare", share("sees_advantages", "no"));
  const tickets = counts.questions.tickets_per_day;
  if (tickets && tickets.answered >= minGroupSize && tickets.numbers?.length) set("ticketsPerDay", spread(tickets.numbers));
  return out;
}

/** Mean and nearest-rank percentiles of counted values. */
export function spread(numbers: ReadonlyArray<{ value: number; count: number }>) {
  const sorted = [...numbers].filter((n) => n.count > 0).sort((a, b) => a.value - b.value);
  const answered = sorted.reduce((s, n) => s + n.count, 0);
  const mean = sorted.reduce((s, n) => s + n.value * n.count, 0) / answered;
  const percentile = (p: number) => {
    const rank = Math.max(1, Math.ceil(p * answered));
    let seen = 0;
    for (const n of sorted) if ((seen += n.count) >= rank) return n.value;
    return sorted[sorted.length - 1]?.value ?? 0;
  };
  return { mean, p50: percentile(0.5), p90: percentile(0.9), answered };
}
