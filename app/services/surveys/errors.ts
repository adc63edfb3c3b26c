// A survey workflow refused: the code is translated by the caller with t(`survey:errors_flow.<code>`).
export type SurveyErrorCode =
  | "not_found"
  | "unknown_template"
  | "no_assessment"
  | "not_draft"
  | "not_published"
  | "has_issues"
  | "bad_count"
  | "binary_file"
  | "empty_file"
  | "file_too_large"
  | "no_file";

export class SurveyError extends Error {
  constructor(
    readonly code: SurveyErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "SurveyError";
  }
}

export const isSurveyError = (e: unknown): e is SurveyError => e instanceof SurveyError;

/** Route helper: a workflow's not_found becomes the 404 page. */
export function notFoundIfMissing(e: unknown): never {
  if (isSurveyError(e) && e.code === "not_found") throw new Response("Not found", { status: 404 });
  throw e;
}
