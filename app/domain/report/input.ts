// What the report is built from: the other areas' results, gathered by the reports service.
// A source that is not available yet (its module or its data) is simply absent, and the
// report says so in that section.
import type { ChartSpec } from "~/domain/charts/spec";
import type { RecommendResult } from "~/domain/decision/types";
import type { Spread } from "~/domain/decision/weights";
import type { InterviewRole, Locale, Stance, SupportModel, Criterion } from "~/domain/ids";
import type { EvidenceCount } from "~/domain/interviews/coding";
import type { SurveyResults } from "~/domain/surveys/aggregate-counts";
import type { TicketStats } from "~/domain/tickets/stats";

export type ReportQuote = { text: string; role: InterviewRole; model: SupportModel; criterion: Criterion; stance: Stance };

/** The ticket service's figures the report quotes (its report type has more). */
export type ReportTicketStats = Pick<TicketStats, "total" | "byChannel" | "byType" | "lineOneCapableShare" | "perDay" | "resolutionHours" | "byArea"> & {
  from: string | null;
  to: string | null;
};

export interface ReportInput {
  locale: Locale;
  municipality: { name: string; slug: string };
  /** YYYY-MM-DD */
  generatedOn: string;
  minGroupSize: number;
  systems: { name: string; administrators: number }[];
  survey?: { results: SurveyResults; charts: ChartSpec[] };
  tickets?: { stats: ReportTicketStats; charts: ChartSpec[] };
  interviews?: { interviews: number; evidence: EvidenceCount[]; quotes: ReportQuote[]; charts: ChartSpec[] };
  /** stakeholders: how many set weights; spread: how far they disagreed, per criterion. */
  decision?: { result: RecommendResult; stakeholders: number; spread: Record<Criterion, Spread>; charts: ChartSpec[] };
}
