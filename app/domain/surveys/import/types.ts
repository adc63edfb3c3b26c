// What every response importer takes and returns. Importers are pure: the caller reads the
// file, decodes its bytes and splits it into records (see csv.ts).
import type { Locale } from "~/domain/ids";
import type { AnswerValue, Answers, Issue } from "../template";

export type CsvInput = {
  /** Records including the header record. */
  records: string[][];
  /** Physical line (1-based) where each record starts; defaults to index + 1. */
  lines?: number[];
};

export type ImportOptions = {
  /** Header → question code, chosen by the user in a mapping step; "" ignores the column. */
  mapping?: Record<string, string>;
  /** External ids already stored for this survey: such rows are rejected, not imported twice. */
  existingIds?: ReadonlySet<string>;
  /** How numbers in the file are written (decimal comma unless "en"). */
  locale?: Locale;
};

export type ImportedRow = { line: number; externalId: string | null; answers: Answers };
export type RejectedRow = { line: number } & Issue;

export type ImportResult = {
  rows: ImportedRow[];
  /** Rows not imported, with a translatable reason: t(`survey:import.<code>`, params). */
  rejected: RejectedRow[];
  /** Headers that matched no question, for the UI's mapping step. */
  unmatchedHeaders?: string[];
};

export const lineOf = (input: CsvInput, index: number): number => input.lines?.[index] ?? index + 1;

export const isBlankRecord = (r: readonly string[]): boolean => r.every((c) => c.trim() === "");

/** Strips a UTF-8 byte-order mark that survived decoding, and surrounding spaces. */
export const cleanHeader = (h: string): string => h.replace(/^\uFEFF/, "").trim();

/** A cell read into an answer value, or why it could not be. */
export type CellResult = { value: AnswerValue } | { error: Issue };
export const cellError = (code: string, question: string, value: string): CellResult => ({
  error: { code, params: { question, value } },
});
