// The report's CSV exports, streamed: each export is an async generator of csvLine strings
// (the database side pages through rows), turned into a ReadableStream for a download or
// written line by line to a file by the CLI. Every export is audit-logged.
import { audit } from "~/db/audit.server";
import { currentAssessment } from "~/db/assessments.server";
import type { Municipality } from "~/db/municipalities.server";
import { newestSurvey } from "~/db/surveys.server";
import { csvDialect, csvLine, csvPreamble, type CsvCell, type CsvKind } from "~/domain/csv";
import type { Locale } from "~/domain/ids";
import {
  CSV_EXPORTS, DECISION_MATRIX_HEADER, SURVEY_AGGREGATE_HEADER, isCsvExport, type CsvExport, TICKET_KPI_HEADER,
  decisionMatrixRows, responseHeader, responseRow, surveyAggregateRows, ticketKpiRows,
} from "~/domain/report/csv-rows";
import { clampGroupSize } from "~/domain/surveys/aggregate";
import { recommendFor } from "~/services/decision/recommend.server";
import { exportInterviews } from "~/services/interviews/export.server";
import { rowsToAnswers } from "~/services/surveys/answer-rows";
import { PRESTUDY_TEMPLATE } from "~/services/surveys/evidence.server";
import { surveyResults } from "~/services/surveys/results.server";
import { ticketStats } from "~/services/tickets/stats.server";
import { reportTranslator } from "./report.server";
import { submittedResponsePages } from "~/db/survey-response-pages.server";

export { CSV_EXPORTS, isCsvExport, type CsvExport };

type Args = { kind: CsvExport; municipality: Pick<Municipality, "id" | "slug">; dialect: CsvKind; locale: Locale; userId?: number | null };

export function csvFileName(slug: string, kind: CsvExport, date = new Date().toISOString().slice(0, 10)) {
  return `${slug}-${kind.replace(/_/g, "-")}-${date}.csv`;
}

/** The lines of one export, preamble (BOM) first. Audit-logged when it starts. */
export async function* csvExportLines(args: Args): AsyncGenerator<string> {
  const dialect = csvDialect(args.dialect, args.locale);
  await audit({ userId: args.userId ?? null, municipalityId: args.municipality.id, action: "export", target: csvFileName(args.municipality.slug, args.kind), detail: { kind: args.kind, dialect: args.dialect, locale: args.locale } });
  yield csvPreamble(dialect);
  if (args.kind === "interview_segments") {
    // The interview area writes its own CSV (same writer, same dialect); skip its preamble.
    const out = await exportInterviews({ municipalityId: args.municipality.id, municipalitySlug: args.municipality.slug, format: "csv", locale: args.locale, dialect: args.dialect, userId: args.userId ?? null });
    yield out.body.slice(csvPreamble(dialect).length);
    return;
  }
  for await (const row of rows(args)) yield csvLine(row, dialect);
}

async function* rows(args: Args): AsyncGenerator<CsvCell[]> {
  const municipalityId = args.municipality.id;
  const t = await reportTranslator(args.locale);
  switch (args.kind) {
    case "survey_responses": {
      const survey = await newestSurvey({ municipalityId, templateKey: PRESTUDY_TEMPLATE });
      if (!survey) return yield ["respondent", "date", "language"];
      yield responseHeader(survey.definition);
      const results = await surveyResults({ municipalityId, surveyId: survey.id, locale: args.locale });
      const assessment = await currentAssessment({ municipalityId });
      // Below the minimum group size nothing but the header: a handful of rows is a person.
      if (!results || results.responses < clampGroupSize(assessment?.minGroupSize)) return;
      let index = 0;
      for await (const page of submittedResponsePages({ municipalityId, surveyId: survey.id })) {
        for (const r of page) yield responseRow(++index, r.submittedAt, r.locale, rowsToAnswers(survey.definition, r.answers), survey.definition);
      }
      return;
    }
    case "survey_aggregates": {
      yield SURVEY_AGGREGATE_HEADER;
      const survey = await newestSurvey({ municipalityId, templateKey: PRESTUDY_TEMPLATE });
      const results = survey && (await surveyResults({ municipalityId, surveyId: survey.id, locale: args.locale }));
      if (results) yield* surveyAggregateRows(results);
      return;
    }
    case "ticket_kpis": {
      yield TICKET_KPI_HEADER;
      const stats = await ticketStats({ municipalityId });
      if (stats.total > 0) yield* ticketKpiRows(stats, t);
      return;
    }
    case "decision_matrix": {
      yield DECISION_MATRIX_HEADER;
      if (!(await currentAssessment({ municipalityId }))) return;
      yield* decisionMatrixRows(await recommendFor({ municipalityId }), t);
      return;
    }
  }
}

/** A ReadableStream of UTF-8 bytes from an async generator of strings (pulled, so back-pressured). */
export function streamOf(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

