// Importing responses from a file: Vägval's CSV, LimeSurvey or Microsoft Forms. Bytes are
// decoded by their detected charset, the delimiter is guessed, and a file imports whole or
// not at all: one rejected row (other than one already imported or never submitted) stops
// the import and every problem is listed by line. External ids make re-imports idempotent.
import type { TFunction } from "i18next";
import type { Locale } from "~/domain/ids";
import { parseCsvText, type ParsedCsv } from "~/domain/surveys/import/csv";
import { importMicrosoftForms } from "~/domain/surveys/import/forms";
import { importLimeSurvey } from "~/domain/surveys/import/limesurvey";
import { normalise } from "~/domain/surveys/import/match";
import type { ImportResult } from "~/domain/surveys/import/types";
import { RESPONSE_ID_COLUMN, importVagvalCsv } from "~/domain/surveys/import/vagval";
import type { SurveyTemplate } from "~/domain/surveys/template";
import { externalIds } from "~/db/surveys-responses.server";
import { decodeTextUpload } from "~/services/uploads.server";
import { SurveyError } from "./errors";
import { storeSubmittedResponses } from "./store.server";
import { requireSurvey } from "./surveys.server";

export const IMPORT_FORMATS = ["vagval", "limesurvey", "forms"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Rejections that mean "nothing to do" rather than "the file is wrong". */
const SKIPPED = new Set(["already_imported", "incomplete_response"]);

export function decodeUpload(bytes: Uint8Array): string {
  const decoded = decodeTextUpload(bytes);
  if (!decoded.ok) throw new SurveyError(decoded.code, decoded.params);
  return decoded.text;
}

/** Guesses the format from the header record. */
export function detectFormat(header: readonly string[]): ImportFormat {
  const h = header.map((x) => normalise(x));
  if (h.includes("submitdate") || h.includes("lastpage") || h.includes("startlanguage")) return "limesurvey";
  if (h.includes(normalise(RESPONSE_ID_COLUMN))) return "vagval";
  const forms = ["starttime", "completiontime", "starttid", "tidförslutförande", "slutförandetid", "starttidspunkt", "fullføringstidspunkt"];
  if (h.some((x) => forms.includes(x))) return "forms";
  return "vagval";
}

export type ImportPreview = { format: ImportFormat; headers: string[]; result: ImportResult; errors: ImportResult["rejected"]; skipped: number };

export function runImporter(template: SurveyTemplate, parsed: ParsedCsv, format: ImportFormat, opts: { existingIds: Set<string>; mapping?: Record<string, string>; locale: Locale }): ImportPreview {
  const importer = format === "limesurvey" ? importLimeSurvey : format === "forms" ? importMicrosoftForms : importVagvalCsv;
  const result = importer(template, parsed, opts);
  const errors = result.rejected.filter((r) => !SKIPPED.has(r.code));
  return { format, headers: parsed.records[0] ?? [], result, errors, skipped: result.rejected.length - errors.length };
}

export async function previewImport(input: { municipalityId: number; surveyId: number; text: string; format?: ImportFormat | "auto"; mapping?: Record<string, string>; locale: Locale }): Promise<ImportPreview> {
  const survey = await requireSurvey(input);
  const parsed = parseCsvText(input.text);
  const format = !input.format || input.format === "auto" ? detectFormat(parsed.records[0] ?? []) : input.format;
  const existingIds = await externalIds(input);
  return runImporter(survey.definition, parsed, format, { existingIds, mapping: input.mapping, locale: input.locale });
}

export type ImportSummary = { imported: number; skipped: number; errors: Array<{ line: number; message: string }>; unmatchedHeaders: string[]; format: ImportFormat };

/** Imports the whole file, or nothing when any row is wrong. `t` translates the row problems. */
export async function importResponses(
  input: { municipalityId: number; surveyId: number; text: string; format?: ImportFormat | "auto"; mapping?: Record<string, string>; locale: Locale },
  t: TFunction,
): Promise<ImportSummary> {
  const survey = await requireSurvey(input);
  const preview = await previewImport(input);
  const errors = preview.errors.map((e) => ({ line: e.line, message: importMessage(t, e.code, e.params) }));
  const unmatchedHeaders = preview.result.unmatchedHeaders ?? [];
  if (errors.length > 0) return { imported: 0, skipped: preview.skipped, errors, unmatchedHeaders, format: preview.format };
  const rows = preview.result.rows.map((r) => ({ externalId: r.externalId, answers: r.answers }));
  await storeSubmittedResponses({ municipalityId: input.municipalityId, surveyId: survey.id, locale: survey.defaultLocale, rows });
  return { imported: rows.length, skipped: preview.skipped, errors: [], unmatchedHeaders, format: preview.format };
}

export function importMessage(t: TFunction, code: string, params: Record<string, string | number>): string {
  return t(`survey:import.${code}`, { ...params, defaultValue: code });
}
