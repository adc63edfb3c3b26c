// Facts for the assessment home, each from its own area's service or db module.
import { currentAssessment } from "~/db/assessments.server";
import { listInterviews } from "~/db/interviews.server";
import { listBusinessAreas, listDepartments, listSystems } from "~/db/organisation.server";
import { listSurveys, newestSurvey } from "~/db/surveys.server";
import { clampGroupSize } from "~/domain/surveys/aggregate";
import type { HomeFacts } from "~/domain/report/home";
import { weightState } from "~/services/decision/weights.server";
import { PRESTUDY_TEMPLATE } from "~/services/surveys/evidence.server";
import { surveyResults } from "~/services/surveys/results.server";
import { ticketStats } from "~/services/tickets/stats.server";
import { countReportJobs } from "./jobs.server";

export async function homeFacts({ municipalityId }: { municipalityId: number }): Promise<HomeFacts> {
  const assessment = await currentAssessment({ municipalityId });
  const [departments, systems, areas, survey, interviews, tickets, weights, reports] = await Promise.all([
    listDepartments({ municipalityId }),
    listSystems({ municipalityId }),
    listBusinessAreas({ municipalityId }),
    surveyFacts(municipalityId),
    listInterviews({ municipalityId }),
    ticketStats({ municipalityId }),
    assessment ? weightState({ municipalityId }) : Promise.resolve(undefined),
    countReportJobs({ municipalityId }),
  ]);
  return {
    minGroupSize: clampGroupSize(assessment?.minGroupSize),
    departments: departments.length,
    systems: systems.length,
    areas: areas.map((a) => a.code),
    ...(survey ? { survey } : {}),
    interviews: { total: interviews.length, done: interviews.filter((i) => i.status === "done").length, excerpts: interviews.reduce((s, i) => s + i.excerpts, 0) },
    tickets: tickets.total,
    ...(weights ? { weights: { stakeholders: weights.submissions.length, preset: weights.preset !== null } } : {}),
    reports,
  };
}

async function surveyFacts(municipalityId: number): Promise<HomeFacts["survey"]> {
  const [all, newest] = await Promise.all([listSurveys({ municipalityId }), newestSurvey({ municipalityId, templateKey: PRESTUDY_TEMPLATE })]);
  if (all.length === 0) return undefined;
  const results = newest ? await surveyResults({ municipalityId, surveyId: newest.id, locale: "en" }) : undefined;
  const area = results?.questions.find((q) => q.code === "area");
  const byArea = Object.fromEntries((area?.options ?? []).map((o) => [o.value, o.count]));
  return { surveys: all.length, responses: results?.responses ?? 0, byArea };
}
