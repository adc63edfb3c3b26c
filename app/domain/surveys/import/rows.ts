// The checks every importer makes on a parsed row before it becomes a response.
import type { Locale } from "~/domain/ids";
import { checkAnswer } from "../answer-rules";
import { allQuestions, type Answers, type SurveyTemplate } from "../template";
import { dropHiddenAnswers } from "../visibility";
import type { ImportOptions, ImportResult } from "./types";

export type RowCollector = {
  accept(line: number, externalId: string | null, answers: Answers): void;
  reject(line: number, code: string, params?: Record<string, string | number>): void;
  result(unmatchedHeaders?: string[]): ImportResult;
};

export function collectRows(template: SurveyTemplate, opts: ImportOptions): RowCollector {
  const out: ImportResult = { rows: [], rejected: [] };
  const seenIds = new Map<string, number>();
  const locale: Locale = opts.locale ?? "sv";
  const questions = allQuestions(template);
  const reject = (line: number, code: string, params: Record<string, string | number> = {}) =>
    void out.rejected.push({ line, code, params });
  return {
    reject,
    accept(line, externalId, answers) {
      if (externalId !== null) {
        if (opts.existingIds?.has(externalId)) return reject(line, "already_imported", { id: externalId });
        const firstLine = seenIds.get(externalId);
        if (firstLine !== undefined) return reject(line, "duplicate_response", { id: externalId, firstLine });
      }
      for (const q of questions) {
        const v = answers[q.code];
        const error = v === undefined ? null : checkAnswer(q, v, locale);
        if (error) return reject(line, error.code, { ...error.params, question: q.code, value: String(v) });
      }
      if (externalId !== null) seenIds.set(externalId, line);
      // Answers to questions the respondent would not have been shown are not kept.
      out.rows.push({ line, externalId, answers: dropHiddenAnswers(template, answers) });
    },
    result(unmatchedHeaders) {
      return unmatchedHeaders && unmatchedHeaders.length > 0 ? { ...out, unmatchedHeaders } : out;
    },
  };
}
