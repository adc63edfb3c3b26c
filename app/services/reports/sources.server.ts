// Gathers what the report is built from, each part through its own area's service: the
// dashboard's chart specs, the survey results, the ticket statistics, the interview evidence
// and quotes, and the decision model's recommendation. Nothing is counted here.
import { currentAssessment } from "~/db/assessments.server";
import { listInterviews } from "~/db/interviews.server";
import type { Municipality } from "~/db/municipalities.server";
import { listSystems } from "~/db/organisation.server";
import { newestSurvey } from "~/db/surveys.server";
import { clampGroupSize } from "~/domain/surveys/aggregate";
import type { Locale } from "~/domain/ids";
import { decisionCharts } from "~/domain/report/decision-charts";
import type { ReportInput, ReportQuote } from "~/domain/report/input";
import type { Translate } from "~/domain/report/types";
import { loadDashboard } from "~/services/dashboard/dashboard.server";
import { recommendFor } from "~/services/decision/recommend.server";
import { weightState } from "~/services/decision/weights.server";
import { interviewEvidence, interviewQuotes } from "~/services/interviews/evidence.server";
import { PRESTUDY_TEMPLATE } from "~/services/surveys/evidence.server";
import { surveyResults } from "~/services/surveys/results.server";
import { ticketStats } from "~/services/tickets/stats.server";
import type { EvidenceCount } from "~/domain/interviews/coding";

/** How many model × criterion cells, most discussed first, the report takes quotes from. */
const QUOTE_CELLS = 4;

export async function gatherReportInput(args: { municipality: Pick<Municipality, "id" | "name" | "slug">; locale: Locale; t: Translate; today?: Date }): Promise<ReportInput> {
  const { municipality, locale, t } = args;
  const municipalityId = municipality.id;
  const assessment = await currentAssessment({ municipalityId });
  const [systems, dashboard, survey, tickets, interviews, decision] = await Promise.all([
    listSystems({ municipalityId }),
    loadDashboard({ municipalityId, locale, t, filter: { answers: {} } }),
    surveyPart(municipalityId, locale),
    ticketStats({ municipalityId }),
    interviewPart(municipalityId, locale),
    assessment ? decisionPart(municipalityId, locale, t) : Promise.resolve(undefined),
  ]);
  return {
    locale,
    municipality: { name: municipality.name, slug: municipality.slug },
    generatedOn: (args.today ?? new Date()).toISOString().slice(0, 10),
    minGroupSize: clampGroupSize(assessment?.minGroupSize),
    systems: systems.map((s) => ({ name: s.name, administrators: s.administrators })),
    ...(survey ? { survey: { results: survey, charts: dashboard.survey?.charts ?? [] } } : {}),
    ...(tickets.total > 0 ? { tickets: { stats: tickets, charts: dashboard.tickets ?? [] } } : {}),
    ...(interviews ? { interviews: { ...interviews, charts: dashboard.interviews ?? [] } } : {}),
    ...(decision ? { decision } : {}),
  };
}

async function surveyPart(municipalityId: number, locale: Locale) {
  const survey = await newestSurvey({ municipalityId, templateKey: PRESTUDY_TEMPLATE });
  if (!survey) return undefined;
  return surveyResults({ municipalityId, surveyId: survey.id, locale });
}

async function interviewPart(municipalityId: number, locale: Locale) {
  const [rows, evidence] = await Promise.all([listInterviews({ municipalityId }), interviewEvidence({ municipalityId })]);
  const held = rows.filter((r) => r.status === "done" || r.excerpts > 0).length;
  if (held === 0) return undefined;
  return { interviews: held, evidence, quotes: await quotesFor(municipalityId, evidence, locale) };
}

/** Anonymised quotes from the most discussed cells (the interview service masks names). */
async function quotesFor(municipalityId: number, evidence: readonly EvidenceCount[], locale: Locale): Promise<ReportQuote[]> {
  const cells = [...evidence].sort((a, b) => b.pro + b.con - (a.pro + a.con)).slice(0, QUOTE_CELLS);
  const lists = await Promise.all(cells.map((c) => interviewQuotes({ municipalityId, model: c.model, criterion: c.criterion, locale })));
  return lists.flatMap((list, i) => list.slice(0, 2).map((q) => ({ text: q.quote, role: q.role, stance: q.stance, model: cells[i]!.model, criterion: cells[i]!.criterion })));
}

async function decisionPart(municipalityId: number, locale: Locale, t: Translate): Promise<ReportInput["decision"]> {
  const [result, state] = await Promise.all([recommendFor({ municipalityId }), weightState({ municipalityId })]);
  const stakeholders = state.submissions.length;
  return { result, stakeholders, spread: state.spread, charts: decisionCharts(result, state.spread, stakeholders, locale, t) };
}
