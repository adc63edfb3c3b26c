// Rows of the report's CSV exports, as CsvCell arrays for app/domain/csv.ts (which quotes,
// localises decimals and neutralises formulas). Headers are the fixed identifiers of
// DESIGN.md so scripts can rely on them; a label column carries the reader's language.
import type { CsvCell } from "~/domain/csv";
import { CRITERIA, SUPPORT_MODELS, CHANNELS, TICKET_TYPES, SUPPORT_LINES } from "~/domain/ids";
import type { RecommendResult } from "~/domain/decision/types";
import type { SurveyResults } from "~/domain/surveys/aggregate-counts";
import { allQuestions, type Answers, type SurveyTemplate } from "~/domain/surveys/template";
import type { ReportTicketStats } from "./input";
import { evidenceText } from "./decision";
import type { Translate } from "./types";

export const CSV_EXPORTS = ["survey_responses", "survey_aggregates", "ticket_kpis", "decision_matrix", "interview_segments"] as const;
export type CsvExport = (typeof CSV_EXPORTS)[number];
export const isCsvExport = (v: unknown): v is CsvExport => typeof v === "string" && (CSV_EXPORTS as readonly string[]).includes(v);

/** Several values of one answer (multiple choice, lists) share a cell, joined by this. */
export const VALUE_SEPARATOR = "|";

export const SURVEY_AGGREGATE_HEADER = ["question", "kind", "answered", "suppressed", "value", "label", "count", "share", "mean", "median"];

export function surveyAggregateRows(results: SurveyResults): CsvCell[][] {
  return results.questions.flatMap((q): CsvCell[][] => {
    const base = [q.code, q.kind, q.answered, q.suppressed === true];
    if (q.suppressed) return [[...base, "", "", null, null, null, null]];
    if (q.options.length === 0) return [[...base, "", "", null, null, q.mean ?? null, q.median ?? null]];
    return q.options.map((o) => [...base, o.value, o.label, o.count, Math.round(o.share * 10000) / 10000, q.mean ?? null, q.median ?? null]);
  });
}

/** Anonymised: a running number instead of any id, the day instead of the time. */
export function responseHeader(template: SurveyTemplate): string[] {
  return ["respondent", "date", "language", ...allQuestions(template).map((q) => q.code)];
}

export function responseRow(index: number, submittedAt: string | null, locale: string, answers: Answers, template: SurveyTemplate): CsvCell[] {
  const cells = allQuestions(template).map((q): CsvCell => {
    const v = answers[q.code];
    if (Array.isArray(v)) return v.join(VALUE_SEPARATOR);
    return v ?? null;
  });
  return [index, submittedAt ? submittedAt.slice(0, 10) : null, locale, ...cells];
}

export const TICKET_KPI_HEADER = ["measure", "key", "label", "value"];

export function ticketKpiRows(s: ReportTicketStats, t: Translate): CsvCell[][] {
  const rows: CsvCell[][] = [
    ["period", "from", t("report:tickets.periodFrom"), s.from],
    ["period", "to", t("report:tickets.periodTo"), s.to],
    ["total", "", t("report:tickets.total"), s.total],
    ["per_day", "mean", t("report:tickets.perDayMean"), s.perDay.mean],
    ["per_day", "p50", t("report:tickets.perDayMean"), s.perDay.p50],
    ["per_day", "p90", t("report:tickets.perDayP90"), s.perDay.p90],
    ["line_one_capable_share", "", t("report:tickets.lineOneCapable"), s.lineOneCapableShare],
    ["resolution_hours", "p50", t("report:tickets.resolutionP50"), s.resolutionHours.p50],
    ["resolution_hours", "p90", t("report:tickets.resolutionP90"), s.resolutionHours.p90],
  ];
  for (const c of CHANNELS) rows.push(["by_channel", c, t(`report:channels.${c}`), s.byChannel[c]]);
  for (const c of TICKET_TYPES) rows.push(["by_type", c, t(`report:ticketTypes.${c}`), s.byType[c]]);
  const byLine = (s as { byLine?: Record<string, number> }).byLine;
  if (byLine) for (const l of SUPPORT_LINES) rows.push(["by_line", String(l), String(l), byLine[String(l)] ?? 0]);
  for (const [area, n] of Object.entries(s.byArea)) rows.push(["by_area", area, t(`common:areas.${area}`, { defaultValue: area }), n]);
  return rows;
}

export const DECISION_MATRIX_HEADER = ["model", "criterion", "weight", "score", "uncertainty", "evidence_source", "evidence_delta", "evidence"];

/** One row per evidence entry of every cell (a cell without evidence still gets one row). */
export function decisionMatrixRows(result: RecommendResult, t: Translate): CsvCell[][] {
  return SUPPORT_MODELS.flatMap((m) =>
    CRITERIA.flatMap((c) => {
      const cell = result.scores[m][c];
      const base: CsvCell[] = [m, c, Math.round(result.weights[c] * 10000) / 10000, cell.value, cell.uncertainty];
      if (cell.evidence.length === 0) return [[...base, "", null, ""]];
      return cell.evidence.map((e) => [...base, e.source, e.delta ?? null, evidenceText(e, t)]);
    }),
  );
}

