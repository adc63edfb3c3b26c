// The ticket figures the dashboard charts, as counted by the database (the ticket service's
// ticketSeries, adapted in app/services/dashboard). Every field is an aggregate: no row lists.
import type { Channel, SupportLine, TicketType } from "~/domain/ids";

export type TicketSeriesInput = {
  /** Tickets in the filtered view. */
  total: number;
  /** ISO weeks (`2024-W05`) in order, with tickets opened per channel. */
  weeks: Array<{ week: string; byChannel: Partial<Record<Channel, number>> }>;
  /** Tickets per classified type × line (unclassified counted as type other, line 2). */
  typeLine: Array<{ type: TicketType; line: SupportLine; count: number }>;
  /** Months (`2024-03`) in order: all tickets and those a first line could take. */
  months: Array<{ month: string; total: number; lineOneCapable: number }>;
  /** Tickets per business area code; tickets without an area under "other". */
  byArea: Record<string, number>;
  /** Systems in the view with their number of administrators. */
  systems: Array<{ name: string; administrators: number }>;
  /** Closed tickets per resolution-time bucket; `upToHours` null = the open-ended last bucket. */
  resolution: Array<{ upToHours: number | null; count: number }>;
};

/** Resolution-time bucket upper bounds in hours: 1 h, 4 h, a working day, a day, 3 days, a week. */
export const RESOLUTION_EDGES = [1, 4, 8, 24, 72, 168] as const;

/** The bucket of a resolution time, as an index into RESOLUTION_EDGES (length = beyond a week). */
export const resolutionBucket = (hours: number): number => {
  const i = RESOLUTION_EDGES.findIndex((edge) => hours < edge);
  return i === -1 ? RESOLUTION_EDGES.length : i;
};
