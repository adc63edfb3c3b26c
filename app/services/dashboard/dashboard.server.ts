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

/** Every chart of the dashboard, for the CSV download of one of them. */
export const allCharts = (d: DashboardData): ChartSpec[] => [...(d.survey?.charts ?? []), ...(d.tickets ?? []), ...(d.interviews ?? [])];
