// One export row → one Ticket, or a coded reason why the row cannot be used.
import { mapChannel } from "./channels";
import { parseDate } from "./dates";
import type { ResolvedColumns } from "./presets";
import type { Ticket, TicketField, TicketProblem } from "./types";
import { parseCount, parseLine, parseMinutes, parseType } from "./values";

export interface NormaliseOptions {
  /** Overrides the mapping file's dateFormat (e.g. `--date-format` on the CLI). */
  dateFormat?: string;
}

export type NormaliseResult = { ok: true; ticket: Ticket } | ({ ok: false } & TicketProblem);

const MAX_TEXT = 4000; // keeps a pasted e-mail thread from bloating the database
const MAX_LABEL = 200;

interface Cell {
  value: string;
  column: string;
}

/** The first non-empty cell among the field's columns (Jira may repeat a header). */
function cellOf(cells: string[], columns: ResolvedColumns, field: TicketField): Cell | undefined {
  for (const i of columns.fields[field] ?? []) {
    const value = cells[i]?.trim();
    if (value) return { value, column: columns.headers[i] ?? String(i + 1) };
  }
  return undefined;
}

const label = (c: Cell | undefined) => c?.value.slice(0, MAX_LABEL);
const fail = (code: string, params: Record<string, string | number>): NormaliseResult => ({ ok: false, code, params });

function joinedText(cells: string[], columns: ResolvedColumns): string | undefined {
  const parts = (columns.fields.text ?? []).map((i) => cells[i]?.trim()).filter((v): v is string => !!v);
  return parts.length ? parts.join(" | ").slice(0, MAX_TEXT) : undefined;
}

function minutesOf(cells: string[], columns: ResolvedColumns): number | undefined | TicketProblem {
  const idx = columns.fields.minutes ?? [];
  const used = columns.summed.includes("minutes") ? idx : idx.slice(0, 1);
  let total: number | undefined;
  for (const i of used) {
    const value = cells[i]?.trim();
    if (!value) continue;
    const n = parseMinutes(value);
    if (n === null || n < 0) return { code: "bad_number", params: { column: columns.headers[i] ?? "", value } };
    total = (total ?? 0) + n;
  }
  return total;
}

/** Parse an optional count field; a problem when present but not a whole number ≥ 0. */
function countOf(cell: Cell | undefined): number | undefined | TicketProblem {
  if (!cell) return undefined;
  const n = parseCount(cell.value);
  return n === null ? { code: "bad_number", params: { column: cell.column, value: cell.value } } : n;
}

const isProblem = (v: unknown): v is TicketProblem => typeof v === "object" && v !== null && "code" in v;

/**
 * Build a Ticket from a row. Refuses the row (code + params for `tickets:errors.<code>`) when
 * the id or opening time is missing or unreadable, a closing time is unreadable or earlier
 * than the opening, or a number is not a number. Unknown channels, lines and types are not
 * errors: they become `other` / unset and classification fills them in later.
 * A first response before the opening is dropped (clock skew between systems), not refused.
 */
export function normaliseRow(cells: string[], columns: ResolvedColumns, opts: NormaliseOptions = {}): NormaliseResult {
  const format = opts.dateFormat ?? columns.dateFormat;
  const id = cellOf(cells, columns, "id");
  if (!id) return fail("missing_id", { column: columns.headers[columns.fields.id?.[0] ?? -1] ?? "id" });
  const opened = cellOf(cells, columns, "opened_at");
  if (!opened) return fail("missing_opened_at", { column: columns.headers[columns.fields.opened_at?.[0] ?? -1] ?? "opened_at" });
  const openedAt = parseDate(opened.value, format);
  if (!openedAt) return fail("bad_date", { column: opened.column, value: opened.value });

  const ticket: Ticket = { externalId: id.value.slice(0, MAX_LABEL), openedAt, channel: "other" };
  const closed = cellOf(cells, columns, "closed_at");
  if (closed) {
    const closedAt = parseDate(closed.value, format);
    if (!closedAt) return fail("bad_date", { column: closed.column, value: closed.value });
    if (closedAt < openedAt) return fail("closed_before_opened", { opened: opened.value, closed: closed.value });
    ticket.closedAt = closedAt;
  }
  const first = cellOf(cells, columns, "first_response_at");
  if (first) {
    const at = parseDate(first.value, format);
    if (!at) return fail("bad_date", { column: first.column, value: first.value });
    if (at >= openedAt) ticket.firstResponseAt = at;
  }

  const minutes = minutesOf(cells, columns);
  const reassignments = countOf(cellOf(cells, columns, "reassignment_count"));
  const reopens = countOf(cellOf(cells, columns, "reopen_count"));
  for (const v of [minutes, reassignments, reopens]) if (isProblem(v)) return { ok: false, ...v };
  if (typeof minutes === "number") ticket.minutes = Math.round(minutes * 100) / 100;
  if (typeof reassignments === "number") ticket.reassignmentCount = reassignments;
  if (typeof reopens === "number") ticket.reopenCount = reopens;

  ticket.channel = mapChannel(cellOf(cells, columns, "channel")?.value, columns.channelCodes);
  const line = cellOf(cells, columns, "line");
  const type = cellOf(cells, columns, "type");
  if (line) ticket.line = parseLine(line.value);
  if (type) ticket.type = parseType(type.value);
  const text = joinedText(cells, columns);
  if (text) ticket.text = text;
  for (const [field, key] of [
    ["category", "category"], ["subcategory", "subcategory"], ["system", "system"],
    ["area", "area"], ["department", "department"], ["assignee", "assignee"],
  ] as const) {
    const v = label(cellOf(cells, columns, field));
    if (v) ticket[key] = v;
  }
  if (ticket.line === undefined) delete ticket.line;
  if (ticket.type === undefined) delete ticket.type;
  return { ok: true, ticket };
}
