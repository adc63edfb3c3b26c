// The survey part of the dashboard: the newest published prestudy-2019 survey, counted in SQL
// by the survey service (optionally narrowed to the respondents who gave every answer of the
// filter), then suppressed by the domain and turned into chart specs.
import { newestSurvey } from "~/db/surveys.server";
import { aggregateFromCounts } from "~/domain/surveys/aggregate";
import { CHOICE_KINDS, allQuestions, type SurveyTemplate } from "~/domain/surveys/template";
import { questionOptions } from "~/domain/surveys/fixed-options";
import { surveySpecs, withNumbers, type SurveyFigures } from "~/domain/charts/survey-specs";
import type { ChartContext } from "~/domain/charts/context";
import { surveyConditions, type DashboardFilter } from "~/domain/charts/filters";
import { surveyCounts } from "~/services/surveys/results.server";
import { PRESTUDY_TEMPLATE } from "~/services/surveys/evidence.server";

export type SurveyPart = SurveyFigures & { surveyId: number; template: SurveyTemplate };

export async function surveyPart({ municipalityId, filter: f, ctx }: { municipalityId: number; filter: DashboardFilter; ctx: ChartContext }): Promise<SurveyPart | null> {
  const survey = await newestSurvey({ municipalityId, templateKey: PRESTUDY_TEMPLATE });
  if (!survey) return null;
  const filter = surveyConditions(f, (code, value) => isChoice(survey.definition, code, value));
  const counts = await surveyCounts({ municipalityId, surveyId: survey.id, template: survey.definition, filter });
  const results = aggregateFromCounts(survey.definition, counts, { minGroupSize: ctx.minGroupSize, locale: ctx.locale, groupTexts: true });
  return { surveyId: survey.id, template: survey.definition, ...surveySpecs(survey.definition, withNumbers(results, counts), ctx) };
}

/** Only a real option of a choice question filters; anything else is ignored, not an error. */
function isChoice(template: SurveyTemplate, code: string, value: string): boolean {
  const q = allQuestions(template).find((x) => x.code === code);
  return !!q && CHOICE_KINDS.includes(q.kind) && questionOptions(q).some((o) => o.value === value);
}

/** The answer filters the form offers: every choice question's options, labelled in the locale. */
export function answerFilterOptions(template: SurveyTemplate, locale: ChartContext["locale"]) {
  return allQuestions(template)
    .filter((q) => CHOICE_KINDS.includes(q.kind))
    .map((q) => ({ code: q.code, text: q.text[locale], options: questionOptions(q).map((o) => ({ value: o.value, label: o.label[locale] })) }));
}
