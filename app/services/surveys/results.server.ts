// Survey results for the results page, the CLI, the dashboard and every export. Counted in
// SQL (GROUP BY question and value), finished by the domain's aggregateFromCounts so that
// suppression below the assessment's minimum group size is applied in one place.
import type { Locale } from "~/domain/ids";
import { aggregateFromCounts, clampGroupSize, type SurveyCounts, type SurveyResults } from "~/domain/surveys/aggregate";
import type { SurveyTemplate } from "~/domain/surveys/template";
import { getAssessment } from "~/db/assessments.server";
import { getSurvey, type SurveyRow } from "~/db/surveys.server";
import { answeredFromGroups, countSubmitted, countValues, type ResultFilter } from "~/db/surveys-responses.server";
import { countsFromGroups } from "./answer-rows";

export type SurveyResultsView = SurveyResults & { survey: number; minGroupSize: number; template: SurveyTemplate; status: SurveyRow["status"] };

export async function surveyCounts(args: { municipalityId: number; surveyId: number; template: SurveyTemplate; filter?: ResultFilter }): Promise<SurveyCounts> {
  const [groups, responses] = await Promise.all([countValues(args), countSubmitted(args)]);
  return countsFromGroups(args.template, groups, answeredFromGroups(groups), responses);
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
  return { survey: survey.id, ...results, minGroupSize, template: survey.definition, status: survey.status };
}

/** DESIGN.md's `survey results` JSON: only the documented fields plus texts. */
export function resultsJson(r: SurveyResultsView) {
  return { survey: r.survey, responses: r.responses, minGroupSize: r.minGroupSize, questions: r.questions };
}
