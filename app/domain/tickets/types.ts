// The canonical ticket: what every service-desk export is normalised into.
import type { Channel, SupportLine, TicketType } from "~/domain/ids";

/** Canonical import fields (column roles). Mapping files and presets speak these names. */
export const TICKET_FIELDS = [
  "id",
  "opened_at",
  "closed_at",
  "first_response_at",
  "channel",
  "category",
  "subcategory",
  "system",
  "area",
  "department",
  "line",
  "type",
  "minutes",
  "text",
  "reassignment_count",
  "reopen_count",
  "assignee",
] as const;
export type TicketField = (typeof TICKET_FIELDS)[number];

/** Without these a row cannot become a ticket, so a file lacking them is refused whole. */
export const REQUIRED_FIELDS = ["id", "opened_at"] as const satisfies readonly TicketField[];

/** Fields whose values from several columns are joined (Jira repeats Labels, Components). */
export const MULTI_VALUE_FIELDS: readonly TicketField[] = ["text"];

/**
 * Dates are naive wall-clock times written as `YYYY-MM-DDTHH:mm:ssZ`: the digits are the
 * service desk's local time, the `Z` only makes the string sortable and parseable without
 * the host's zone shifting a 23:30 ticket into the next day. Day buckets = first 10 chars.
 */
export type WallClockIso = string;

export interface Ticket {
  externalId: string;
  openedAt: WallClockIso;
  closedAt?: WallClockIso;
  firstResponseAt?: WallClockIso;
  channel: Channel;
  category?: string;
  subcategory?: string;
  system?: string;
  area?: string;
  department?: string;
  line?: SupportLine;
  type?: TicketType;
  minutes?: number;
  text?: string;
  reassignmentCount?: number;
  reopenCount?: number;
  assignee?: string;
}

/** A ticket as read from a file: `lineNumber` is the physical line its record starts on. */
export type ImportedTicket = Ticket & { lineNumber: number };

/** A domain problem: a code translated via `tickets:errors.<code>` with these params. */
export interface TicketProblem {
  code: string;
  params: Record<string, string | number>;
}
