import type { TicketProblem } from "./types";

/**
 * A problem that makes a whole file unusable (binary, empty, required column missing, a quote
 * that never closes). Carries a code for `tickets:errors.<code>`; the message is only for logs.
 */
export class TicketImportError extends Error implements TicketProblem {
  readonly code: string;
  readonly params: Record<string, string | number>;

  constructor(code: string, params: Record<string, string | number> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "TicketImportError";
    this.code = code;
    this.params = params;
  }
}

export const isTicketImportError = (e: unknown): e is TicketImportError => e instanceof TicketImportError;
