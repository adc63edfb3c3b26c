// The ticket part of the dashboard, from the ticket service's aggregated cells (the daily
// roll-up in SQL; with a filter, the service's own filtered path). One load gives every count
// the charts need, so type × line and the monthly totals behind the line-one share are exact.
import { listSystems } from "~/db/organisation.server";
import { currentClusterProposal } from "~/db/tickets-settings.server";
import type { DashboardFilter } from "~/domain/charts/filters";
import { DEFAULT_CLUSTERS } from "~/domain/charts/clusters";
import { RESOLUTION_EDGES, type TicketSeriesInput } from "~/domain/charts/ticket-series";
import { CHANNELS, SUPPORT_LINES, TICKET_TYPES, type Channel, type SupportLine, type TicketType } from "~/domain/ids";
import { isLineOneCapable } from "~/domain/tickets/kpis";
import { bucketBounds } from "~/domain/tickets/rollup";
import { loadCells } from "~/services/tickets/cells.server";
import { isoWeek } from "~/services/tickets/series.server";

export type TicketPart = { input: TicketSeriesInput; clusters: Readonly<Record<string, readonly string[]>>; customClusters: boolean };

const isChannel = (c: string): c is Channel => (CHANNELS as readonly string[]).includes(c);

export async function ticketPart({ municipalityId, filter }: { municipalityId: number; filter: DashboardFilter }): Promise<TicketPart | null> {
  const ticketFilter = { area: filter.area, system: filter.system, department: filter.department };
  const [cells, systems, proposal] = await Promise.all([
    loadCells({ municipalityId, from: filter.from, to: filter.to, filter: ticketFilter }),
    listSystems({ municipalityId }),
    currentClusterProposal({ municipalityId }),
  ]);
  const [channelDays, typeLineDays] = await Promise.all([cells.daily("channel"), cells.daily("type_line")]);
  if (channelDays.length === 0 && !cells.sums.size) return null;

  const weeks = new Map<string, Partial<Record<Channel, number>>>();
  for (const c of channelDays) {
    const row = weeks.get(isoWeek(c.day)) ?? {};
    const channel = isChannel(c.key) ? c.key : "other";
    row[channel] = (row[channel] ?? 0) + c.count;
    weeks.set(isoWeek(c.day), row);
  }
  const months = new Map<string, { total: number; lineOneCapable: number }>();
  for (const c of typeLineDays) {
    const [type, line] = splitTypeLine(c.key);
    const m = months.get(c.day.slice(0, 7)) ?? { total: 0, lineOneCapable: 0 };
    m.total += c.count;
    if (isLineOneCapable(type, line)) m.lineOneCapable += c.count;
    months.set(c.day.slice(0, 7), m);
  }
  const typeLine = [...(cells.sums.get("type_line") ?? [])].map(([key, cell]) => {
    const [type, line] = splitTypeLine(key);
    return { type, line, count: cell.count };
  });
  const byArea: Record<string, number> = {};
  for (const [key, cell] of cells.sums.get("area") ?? []) byArea[key || "other"] = (byArea[key || "other"] ?? 0) + cell.count;
  const resolution = [...(cells.sums.get("res") ?? [])].map(([bucket, cell]) => ({ upToHours: upperEdge(Number(bucket)), count: cell.count }));
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
