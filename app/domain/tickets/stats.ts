// The `tickets stats` JSON (DESIGN.md), assembled from aggregates. The CLI prints it, the
// web page charts it, the report quotes it: one shape, computed here only.
import type { Channel, TicketType } from "~/domain/ids";
import { CHANNELS, SUPPORT_LINES, TICKET_TYPES } from "~/domain/ids";
import { lineOneCapableShare, perDayStats, type TypeLineCount } from "./volume";
import { percentile } from "./numbers";

export interface StatsInput {
  /** Period, `YYYY-MM-DD`, both days included. */
  from: string;
  to: string;
  /** Tickets opened per day (`YYYY-MM-DD` → n); missing days are zero. */
  dailyCounts: Readonly<Record<string, number>>;
  byChannel: Readonly<Partial<Record<Channel, number>>>;
  /** Tickets per classified type × line; total, byType and byLine derive from it. */
  typeLine: readonly TypeLineCount[];
  /** Opened → closed in hours, one value per closed ticket. */
  resolutionHours: readonly number[];
  byArea: Readonly<Record<string, number>>;
}

export interface TicketStats {
  total: number;
  from: string;
  to: string;
  byChannel: Record<Channel, number>;
  byLine: Record<"1" | "2" | "3", number>;
  byType: Record<TicketType, number>;
  lineOneCapableShare: number;
  perDay: { mean: number; p50: number; p90: number };
  resolutionHours: { p50: number | null; p90: number | null };
  byArea: Record<string, number>;
}

// Two decimals are plenty for a person and keep JSON free of 0.30000000000000004.
const r2 = (n: number) => Math.round(n * 100) / 100;
const r2n = (n: number | null) => (n === null ? null : r2(n));

export function statsShape(input: StatsInput): TicketStats {
  const byType = Object.fromEntries(TICKET_TYPES.map((t) => [t, 0])) as Record<TicketType, number>;
  const byLine = Object.fromEntries(SUPPORT_LINES.map((l) => [String(l), 0])) as TicketStats["byLine"];
  let total = 0;
  for (const c of input.typeLine) {
    total += c.count;
    byType[c.type] += c.count;
    byLine[String(c.line) as "1" | "2" | "3"] += c.count;
  }
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, input.byChannel[c] ?? 0])) as Record<Channel, number>;
  const perDay = perDayStats(input.dailyCounts, input.from, input.to);
  return {
    total,
    from: input.from,
    to: input.to,
    byChannel,
    byLine,
    byType,
    lineOneCapableShare: Math.round(lineOneCapableShare(input.typeLine) * 10_000) / 10_000,
    perDay: { mean: r2(perDay.mean), p50: r2(perDay.p50), p90: r2(perDay.p90) },
    resolutionHours: { p50: r2n(percentile(input.resolutionHours, 0.5)), p90: r2n(percentile(input.resolutionHours, 0.9)) },
    byArea: { ...input.byArea },
  };
}
