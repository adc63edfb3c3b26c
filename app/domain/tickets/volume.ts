// Ticket volume figures: tickets per day, the line-one capable share, handling hours.
import type { SupportLine, TicketType } from "~/domain/ids";
import { percentile } from "./numbers";

/** Every calendar day from `from` to `to` inclusive (`YYYY-MM-DD`). */
export function daysInPeriod(from: string, to: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/**
 * Tickets per day over ALL days of the period, days without tickets counted as zero
 * (weekends included: a desk open weekdays shows that in p50 vs mean, which is honest).
 */
export function perDayStats(dailyCounts: Readonly<Record<string, number>>, from: string, to: string) {
  const counts = daysInPeriod(from, to).map((d) => dailyCounts[d] ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    days: counts.length,
    mean: counts.length ? total / counts.length : 0,
    p50: percentile(counts, 0.5) ?? 0,
    p90: percentile(counts, 0.9) ?? 0,
  };
}

export const LINE_ONE_CAPABLE_TYPES: readonly TicketType[] = ["password", "permission", "how_to"];

export interface TypeLineCount {
  type: TicketType;
  line: SupportLine;
  count: number;
}

/** A ticket is line-one capable when its type is password, permission or how_to, OR its line is 1. */
export const isLineOneCapable = (type: TicketType, line: SupportLine): boolean =>
  LINE_ONE_CAPABLE_TYPES.includes(type) || line === 1;

/**
 * Share (0..1) of tickets a first line could take: the "partial" model's target volume.
 * Each ticket counts once even when both its type and its line qualify. 0 when no tickets.
 */
export function lineOneCapableShare(counts: readonly TypeLineCount[]): number {
  let all = 0;
  let capable = 0;
  for (const c of counts) {
    all += c.count;
    if (isLineOneCapable(c.type, c.line)) capable += c.count;
  }
  return all ? capable / all : 0;
}

/**
 * Assumed minutes per ticket when the export has none. Placeholders, not findings: the
 * pre-study measured no handling times. The project group should replace them with its own.
 */
export const DEFAULT_MINUTES: Readonly<Record<TicketType, number>> = {
  password: 10,
  permission: 20,
  how_to: 15,
  fault: 45,
  change: 60,
  vendor: 60,
  other: 30,
};

export interface TypeMinutes {
  /** All tickets of the type in the period. */
  count: number;
  /** Tickets whose export gave minutes, and the sum of those minutes. */
  withMinutes: number;
  minutesSum: number;
}

/**
 * Handling hours per year per type, scaled from a period of `days` days to 365.
 * Tickets without minutes are given the type's measured mean when some tickets of that type
 * have minutes, otherwise `defaults[type]`.
 */
export function hoursPerYearByType(
  byType: Partial<Record<TicketType, TypeMinutes>>,
  days: number,
  defaults: Readonly<Record<TicketType, number>> = DEFAULT_MINUTES,
): Partial<Record<TicketType, number>> {
  const out: Partial<Record<TicketType, number>> = {};
  if (days <= 0) return out;
  for (const [type, m] of Object.entries(byType) as [TicketType, TypeMinutes][]) {
    const perTicket = m.withMinutes > 0 ? m.minutesSum / m.withMinutes : defaults[type];
    const minutes = m.minutesSum + (m.count - m.withMinutes) * perTicket;
    out[type] = (minutes / 60) * (365 / days);
  }
  return out;
}
