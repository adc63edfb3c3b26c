// The assessment dashboard's data: chart specs for the survey, the tickets and the interviews,
// each source loaded through its own area's service (aggregated in SQL), and the choices the
// filter form offers. The page, the CSV downloads and the report all read this one function.
import { currentAssessment } from "~/db/assessments.server";
import { listDepartments, listSystems } from "~/db/organisation.server";
import { clampGroupSize, DEFAULT_MIN_GROUP_SIZE } from "~/domain/surveys/aggregate";
import type { ChartContext, Translate } from "~/domain/charts/context";
import { isInterviewFiltered, type DashboardFilter } from "~/domain/charts/filters";
import type { ChartSpec, TextListSpec } from "~/domain/charts/spec";
import { ticketSpecs } from "~/domain/charts/ticket-specs";
import { capTexts, otherTextsId, type TextCount } from "~/domain/charts/texts";
import { interviewSpecs } from "~/domain/charts/interview-specs";
import type { Locale } from "~/domain/ids";
import { interviewEvidence, interviewees } from "~/services/interviews/evidence.server";
import { answerFilterOptions, surveyPart } from "./survey-source.server";
import { ticketPart } from "./ticket-source.server";

export type DashboardData = {
  minGroupSize: number;
  survey: { surveyId: number; charts: ChartSpec[]; texts: TextListSpec[] } | null;
  tickets: ChartSpec[] | null;
  interviews: ChartSpec[] | null;
  options: {
    departments: string[];
    systems: string[];
    answers: ReturnType<typeof answerFilterOptions>;
  };
};

export async function loadDashboard({ municipalityId, locale, t, filter }: { municipalityId: number; locale: Locale; t: Translate; filter: DashboardFilter }): Promise<DashboardData> {
  const assessment = await currentAssessment({ municipalityId });
  const minGroupSize = clampGroupSize(assessment?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  const ctx: ChartContext = { t, locale, minGroupSize };
  // Interviews follow the role and department filters (they have no business area, system or period).
  const interviewView = { municipalityId, role: filter.role, department: filter.department };
  const [survey, tickets, evidence, people, departments, systems] = await Promise.all([
    surveyPart({ municipalityId, filter, ctx }),
    ticketPart({ municipalityId, filter }),
    interviewEvidence(interviewView),
    isInterviewFiltered(filter) ? interviewees(interviewView) : Promise.resolve(undefined),
    listDepartments({ municipalityId }),
    listSystems({ municipalityId }),
  ]);
  return {
    minGroupSize,
    survey: survey && { surveyId: survey.surveyId, charts: survey.charts, texts: survey.texts },
    tickets: tickets && ticketSpecs(tickets.input, ctx, tickets.clusters),
    interviews: evidence.length > 0 || people !== undefined ? interviewSpecs(evidence, ctx, people === undefined ? undefined : { interviewees: people }) : null,
    options: {
      departments: departments.map((d) => d.name),
      systems: systems.map((s) => s.name),
      answers: survey ? answerFilterOptions(survey.template, locale) : [],
    },
  };
}

/**
 * What the page sends to the browser: the same data with each free-text list cut to its most
 * frequent texts and a count of the rest (the CSV downloads of the texts have them all).
 */
export function dashboardPage(d: DashboardData): DashboardData {
  if (!d.survey) return d;
  const charts = d.survey.charts.map((c) => {
    if (!c.texts) return c;
    const { texts, more } = capTexts(c.texts);
    return { ...c, texts, ...(more ? { moreTexts: more } : {}) };
  });
  const texts = d.survey.texts.map((x) => {
    const { texts: shown, more, moreAnswers } = capTexts(x.texts);
    return { ...x, texts: shown, ...(more ? { moreTexts: more, moreTextsAnswers: moreAnswers } : {}) };
  });
  return { ...d, survey: { ...d.survey, charts, texts } };
}

/** Every free-text list of the dashboard in full (not suppressed), by the id of its CSV download. */
export function allTextLists(d: DashboardData): Array<{ id: string; texts: TextCount[] }> {
  const other = (d.survey?.charts ?? []).flatMap((c) => (c.texts && !c.suppressed ? [{ id: otherTextsId(c.id), texts: c.texts }] : []));
  const lists = (d.survey?.texts ?? []).flatMap((x) => (x.suppressed ? [] : [{ id: x.id, texts: x.texts }]));
  return [...lists, ...other];
}

/** Every chart of the dashboard, for the CSV download of one of them. */
export const allCharts = (d: DashboardData): ChartSpec[] => [...(d.survey?.charts ?? []), ...(d.tickets ?? []), ...(d.interviews ?? [])];
