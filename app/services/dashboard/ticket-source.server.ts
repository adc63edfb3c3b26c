// The ticket part of the dashboard, from counts the database aggregates (the daily roll-up
// summed per month and per key; with a filter, GROUP BY over the matching tickets). Type × line
// is the sum of the monthly cells, so it and the line-one share per month always agree.
import { listSystems } from "~/db/organisation.server";
import { currentClusterProposal } from "~/db/tickets-settings.server";
import type { DashboardFilter } from "~/domain/charts/filters";
import { DEFAULT_CLUSTERS } from "~/domain/charts/clusters";
import { RESOLUTION_EDGES, type TicketSeriesInput } from "~/domain/charts/ticket-series";
import { CHANNELS, SUPPORT_LINES, TICKET_TYPES, type Channel, type SupportLine, type TicketType } from "~/domain/ids";
import { isLineOneCapable } from "~/domain/tickets/kpis";
import { bucketBounds } from "~/domain/tickets/rollup";
import { loadTicketCounts } from "~/services/tickets/dashboard-counts.server";
import { isoWeek } from "~/services/tickets/series.server";

export type TicketPart = { input: TicketSeriesInput; clusters: Readonly<Record<string, readonly string[]>>; customClusters: boolean };

const isChannel = (c: string): c is Channel => (CHANNELS as readonly string[]).includes(c);

export async function ticketPart({ municipalityId, filter }: { municipalityId: number; filter: DashboardFilter }): Promise<TicketPart | null> {
  const ticketFilter = { area: filter.area, system: filter.system, department: filter.department };
  const [counts, systems, proposal] = await Promise.all([
    loadTicketCounts({ municipalityId, from: filter.from, to: filter.to, filter: ticketFilter }),
    listSystems({ municipalityId }),
    currentClusterProposal({ municipalityId }),
  ]);
  if (counts.channelDays.length === 0 && counts.typeLineMonths.length === 0) return null;

  const weeks = new Map<string, Partial<Record<Channel, number>>>();
  for (const c of counts.channelDays) {
    const row = weeks.get(isoWeek(c.day)) ?? {};
    const channel = isChannel(c.key) ? c.key : "other";
    row[channel] = (row[channel] ?? 0) + c.count;
    weeks.set(isoWeek(c.day), row);
  }
  const months = new Map<string, { total: number; lineOneCapable: number }>();
  const typeLineSums = new Map<string, { type: TicketType; line: SupportLine; count: number }>();
  for (const c of counts.typeLineMonths) {
    const [type, line] = splitTypeLine(c.key);
    const m = months.get(c.month) ?? { total: 0, lineOneCapable: 0 };
    m.total += c.count;
    if (isLineOneCapable(type, line)) m.lineOneCapable += c.count;
    months.set(c.month, m);
    const cell = typeLineSums.get(c.key) ?? { type, line, count: 0 };
    cell.count += c.count;
    typeLineSums.set(c.key, cell);
  }
  const typeLine = [...typeLineSums.values()];
  const byArea: Record<string, number> = {};
  for (const c of counts.areas) byArea[c.key || "other"] = (byArea[c.key || "other"] ?? 0) + c.count;
  const resolution = counts.resolution.map((c) => ({ upToHours: upperEdge(c.bucket), count: c.count }));
  // Systems are the register's, narrowed by the same department / area / system filter.
  const inView = systems.filter((s) => (!filter.department || s.department === filter.department) && (!filter.area || s.area === filter.area) && (!filter.system || s.name === filter.system));
  const input: TicketSeriesInput = {
    total: typeLine.reduce((s, c) => s + c.count, 0),
    weeks: [...weeks].sort((a, b) => a[0].localeCompare(b[0])).map(([week, byChannel]) => ({ week, byChannel })),
    typeLine,
    months: [...months].sort((a, b) => a[0].localeCompare(b[0])).map(([month, m]) => ({ month, ...m })),
    byArea,
    systems: inView.map((s) => ({ name: s.name, administrators: s.administrators })),
    resolution,
  };
  return { input, clusters: proposal?.clusters ?? DEFAULT_CLUSTERS, customClusters: Boolean(proposal) };
}

function splitTypeLine(key: string): [TicketType, SupportLine] {
  const [t, l] = key.split(":");
  const type = (TICKET_TYPES as readonly string[]).includes(t ?? "") ? (t as TicketType) : "other";
  const line = (SUPPORT_LINES as readonly number[]).includes(Number(l)) ? (Number(l) as SupportLine) : 2;
  return [type, line];
}

/** The dashboard's coarse bucket (its upper edge) for one of the roll-up's fine buckets. */
function upperEdge(fine: number): number | null {
  const [lo] = bucketBounds(fine);
  return RESOLUTION_EDGES.find((edge) => lo < edge) ?? null;
}
