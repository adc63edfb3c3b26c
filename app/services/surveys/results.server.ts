// Survey results for the results page, the CLI, the dashboard and every export. Counted in
// SQL (GROUP BY question and value), finished by the domain's aggregateFromCounts so that
// suppression below the assessment's minimum group size is applied in one place.
import type { Locale } from "~/domain/ids";
import { aggregateFromCounts, clampGroupSize, type SurveyCounts, type SurveyResults } from "~/domain/surveys/aggregate";
import type { SurveyTemplate } from "~/domain/surveys/template";
import { getAssessment } from "~/db/assessments.server";
import { getSurvey, type SurveyRow } from "~/db/surveys.server";
import { answeredFromGroups, countSubmitted, countValues, type ResultFilter } from "~/db/surveys-responses.server";
import { getSnapshot } from "~/db/survey-privacy.server";
import { countsFromGroups } from "./answer-rows";

/** `erasedAt`: the raw answers were erased by retention and these are the stored counts. */
export type SurveyResultsView = SurveyResults & { survey: number; minGroupSize: number; template: SurveyTemplate; status: SurveyRow["status"]; erasedAt?: string };

export async function surveyCounts(args: { municipalityId: number; surveyId: number; template: SurveyTemplate; filter?: ResultFilter }): Promise<SurveyCounts & { erasedAt?: string }> {
  const snapshot = await getSnapshot(args);
  if (snapshot) {
    // Stored counts cannot be narrowed to some respondents: a filtered view shows nothing
    // (every question below the group size) rather than the whole as if it were filtered.
    const filtered = Array.isArray(args.filter) ? args.filter.length > 0 : Boolean(args.filter);
    const counts = filtered ? { responses: 0, questions: {} } : (JSON.parse(snapshot.counts) as SurveyCounts);
    return { ...counts, erasedAt: snapshot.erasedAt };
  }
  const first = args.filter?.[0];
  if (!first) {
    const [groups, responses] = await Promise.all([countValues(args), countSubmitted(args)]);
    return countsFromGroups(args.template, groups, answeredFromGroups(groups), responses);
  }
  // Filtered: every matching response answered the filter's first question, so how many
  // answered it is the group's size; no second pass over the matching answers to count them.
  const groups = await countValues(args);
  const answered = answeredFromGroups(groups);
  return countsFromGroups(args.template, groups, answered, answered.get(first.code) ?? 0);
}

export async function minGroupSizeOf(survey: SurveyRow): Promise<number> {
  const assessment = await getAssessment({ municipalityId: survey.municipalityId, id: survey.assessmentId });
  return clampGroupSize(assessment?.minGroupSize);
}

/** undefined when the survey is not the municipality's. */
export async function surveyResults({
  municipalityId,
  surveyId,
  locale,
  filter,
}: {
  municipalityId: number;
  surveyId: number;
  locale: Locale;
  filter?: ResultFilter;
}): Promise<SurveyResultsView | undefined> {
  const survey = await getSurvey({ municipalityId, id: surveyId });
  if (!survey) return undefined;
  const minGroupSize = await minGroupSizeOf(survey);
  const counts = await surveyCounts({ municipalityId, surveyId, template: survey.definition, filter });
  const results = aggregateFromCounts(survey.definition, counts, { minGroupSize, locale });
  return { survey: survey.id, ...results, minGroupSize, template: survey.definition, status: survey.status, ...(counts.erasedAt ? { erasedAt: counts.erasedAt } : {}) };
}

/** DESIGN.md's `survey results` JSON: only the documented fields plus texts. */
export function resultsJson(r: SurveyResultsView) {
  return { survey: r.survey, responses: r.responses, minGroupSize: r.minGroupSize, questions: r.questions, ...(r.erasedAt ? { answersErasedAt: r.erasedAt } : {}) };
}
