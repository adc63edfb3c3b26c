// The upload page's server side: reads the uploaded file (or the text carried over from the
// preview step), runs the preview or the import, and translates what it found.
import { readUploadForm } from "~/services/uploads.server";
import type { TFunction } from "i18next";
import type { Locale } from "~/domain/ids";
import { SurveyError } from "./errors";
import { IMPORT_FORMATS, decodeUpload, importMessage, importResponses, previewImport, type ImportFormat } from "./import.server";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export async function readImportForm(request: Request): Promise<FormData> {
  const form = await readUploadForm(request, MAX_UPLOAD_BYTES);
  if (form === "too_large") throw new SurveyError("file_too_large", { max: MAX_UPLOAD_BYTES / 1024 / 1024 });
  return form;
}

/** The file's text: from the upload on the first step, from the hidden field afterwards. */
export async function importText(form: FormData): Promise<string | null> {
  const file = form.get("file");
  if (file && typeof file !== "string" && file.size > 0) return decodeUpload(new Uint8Array(await file.arrayBuffer()));
  const content = form.get("content");
  return typeof content === "string" && content !== "" ? content : null;
}

export function importFormat(form: FormData): ImportFormat | "auto" {
  const f = form.get("format");
  return typeof f === "string" && (IMPORT_FORMATS as readonly string[]).includes(f) ? (f as ImportFormat) : "auto";
}

/** Mapping chosen in the preview: `header.N` names a column, `map.N` the question ("" = ignore). */
export function importMapping(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    const m = /^header\.(\d+)$/.exec(name);
    const code = form.get(`map.${m?.[1]}`);
    if (m && typeof value === "string" && typeof code === "string" && code !== "__unset") out[value] = code;
  }
  return out;
}

type Input = { municipalityId: number; surveyId: number; text: string; format: ImportFormat | "auto"; mapping: Record<string, string>; locale: Locale };

export async function previewForPage(input: Input, t: TFunction) {
  const p = await previewImport(input);
  return {
    format: p.format,
    ready: p.errors.length === 0 ? p.result.rows.length : 0,
    rows: p.result.rows.length,
    skipped: p.skipped,
    errors: p.errors.map((e) => ({ line: e.line, message: importMessage(t, e.code, e.params) })),
    unmatched: p.result.unmatchedHeaders ?? [],
  };
}

export async function importForPage(input: Input, t: TFunction) {
  return importResponses(input, t);
}
