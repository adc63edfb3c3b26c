// Chart-ready series for the dashboard: plain labels and numbers, no Chart.js types, so the
// same data feeds a chart and the data table beside it.
import { listSystems } from "~/db/organisation.server";
import { currentClusterProposal } from "~/db/tickets-settings.server";
import { CHANNELS, SUPPORT_LINES, TICKET_TYPES, type Channel, type SupportLine, type TicketType } from "~/domain/ids";
import { clusterLoad, isLineOneCapable } from "~/domain/tickets/kpis";
import { RESPONSE_BUCKETS } from "~/domain/tickets/rollup";
import { loadCells, type CellsQuery } from "./cells.server";

export interface TicketSeries {
  /** ISO weeks (`2024-W09`) with tickets per channel, one number per week. */
  weeklyByChannel: { labels: string[]; series: Record<Channel, number[]> };
  shareByType: Record<TicketType, number>;
  shareByLine: Record<"1" | "2" | "3", number>;
  /** Months (`2024-03`) with the share (0..1) of line-one capable tickets. */
  lineOneCapableByMonth: { labels: string[]; values: number[] };
  loadByArea: { area: string; count: number }[];
  loadByCluster: { proposal: string; clusters: { name: string; load: number }[]; gini: number; maxOverMean: number } | null;
  /** Systems from fewest administrators up, with their tickets in the period. */
  systemsByBusFactor: { name: string; administrators: number; tickets: number }[];
  /** Resolution time buckets in hours: [from, to) with to null for the open last bucket. */
  resolutionHistogram: { from: number; to: number | null; count: number }[];
}

/** ISO 8601 week of a `YYYY-MM-DD` day: weeks start on Monday, week 1 holds the first Thursday. */
export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)); // the Thursday of this week decides the year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 10_000) / 10_000 : 0);

export async function ticketSeries(q: CellsQuery): Promise<TicketSeries> {
  const cells = await loadCells(q);
  const [channelDays, typeLineDays, systems, proposal] = await Promise.all([
    cells.daily("channel"), cells.daily("type_line"), listSystems({ municipalityId: q.municipalityId }), currentClusterProposal({ municipalityId: q.municipalityId }),
  ]);

  const weeks: string[] = [];
  const weekly = new Map<string, Record<string, number>>();
  for (const c of channelDays) {
    const w = isoWeek(c.day);
    let row = weekly.get(w);
    if (!row) {
      weekly.set(w, (row = {}));
      weeks.push(w);
    }
    row[c.key] = (row[c.key] ?? 0) + c.count;
  }
  const series = Object.fromEntries(CHANNELS.map((ch) => [ch, weeks.map((w) => weekly.get(w)?.[ch] ?? 0)])) as Record<Channel, number[]>;

  const months = new Map<string, { all: number; capable: number }>();
  for (const c of typeLineDays) {
    const [type, line] = c.key.split(":");
    const m = months.get(c.day.slice(0, 7)) ?? { all: 0, capable: 0 };
    m.all += c.count;
    if (isLineOneCapable(type as TicketType, Number(line) as SupportLine)) m.capable += c.count;
    months.set(c.day.slice(0, 7), m);
  }

  const byType = Object.fromEntries(TICKET_TYPES.map((t) => [t, 0])) as Record<TicketType, number>;
  const byLine = Object.fromEntries(SUPPORT_LINES.map((l) => [String(l), 0])) as Record<"1" | "2" | "3", number>;
  let total = 0;
  for (const [key, cell] of cells.sums.get("type_line") ?? []) {
    const [type, line] = key.split(":");
    if (type && type in byType) byType[type as TicketType] += cell.count;
    if (line && line in byLine) byLine[line as "1" | "2" | "3"] += cell.count;
    total += cell.count;
  }

  const areaLoad: Record<string, number> = {};
  for (const [key, cell] of cells.sums.get("area") ?? []) if (key) areaLoad[key] = cell.count;
  const cl = proposal ? clusterLoad(areaLoad, proposal.clusters) : null;
  const systemTickets = cells.sums.get("system");
  const res = cells.sums.get("res");

  return {
    weeklyByChannel: { labels: weeks, series },
    shareByType: Object.fromEntries(TICKET_TYPES.map((t) => [t, ratio(byType[t], total)])) as Record<TicketType, number>,
    shareByLine: Object.fromEntries(SUPPORT_LINES.map((l) => [String(l), ratio(byLine[String(l) as "1"], total)])) as Record<"1" | "2" | "3", number>,
    lineOneCapableByMonth: { labels: [...months.keys()].sort(), values: [...months.keys()].sort().map((m) => ratio(months.get(m)!.capable, months.get(m)!.all)) },
    loadByArea: Object.entries(areaLoad).sort((a, b) => b[1] - a[1]).map(([area, count]) => ({ area, count })),
    loadByCluster: cl && proposal ? { proposal: proposal.name, clusters: cl.clusters, gini: cl.gini, maxOverMean: cl.maxOverMean } : null,
    systemsByBusFactor: systems
      .map((s) => ({ name: s.name, administrators: s.administrators, tickets: systemTickets?.get(s.name)?.count ?? 0 }))
      .sort((a, b) => a.administrators - b.administrators || b.tickets - a.tickets),
    resolutionHistogram: RESPONSE_BUCKETS.map((lo, b) => ({ from: lo, to: RESPONSE_BUCKETS[b + 1] ?? null, count: res?.get(String(b))?.count ?? 0 })),
  };
}
