// What every page's plain form needs on the server: zod's problems as message keys by field,
// the typed values to put back after an error, and a posted row id.
import type { z } from "zod";

/** Field → message key, first problem per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    out[field] ??= issue.message;
  }
  return out;
}

/** The form's text values, to put back into the fields after an error. */
export function typedValues(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** The positive integer id a form posted in `name`; anything else is a row that does not exist (404). */
export function postedId(form: FormData, name = "id"): number {
  const id = Number(form.get(name));
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response("Not found", { status: 404 });
  return id;
}

/** A service's answer to a form: done (with what it did), refused with field errors, or its row is gone. */
export type FormOutcome<T = object> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> } | { ok: false; notFound: true };

/** A gone row answers 404 (it may belong to another municipality); what is left is done or refused. */
export function unlessNotFound<T>(outcome: FormOutcome<T>): ({ ok: true } & T) | { ok: false; errors: Record<string, string> } {
  if (!outcome.ok && "notFound" in outcome) throw new Response("Not found", { status: 404 });
  return outcome;
}
