// The ticket counts behind the dashboard's charts, aggregated by the database either way:
// without a filter from the daily roll-up (a few thousand rows at most, summed per month and
// per key in SQL); with a filter, which cuts across the roll-up's dimensions, by GROUP BY over
// the matching tickets. Both give the same keys: channel, "type:line", area ("" unknown) and
// the roll-up's fine resolution bucket.
import { filteredCounts, type TicketFilter } from "~/db/tickets-stats.server";
import { rollupDays, rollupMonths, rollupSums } from "~/db/tickets-rollup.server";

export type TicketCounts = {
  channelDays: { day: string; key: string; count: number }[];
  /** key = "type:line" */
  typeLineMonths: { month: string; key: string; count: number }[];
  areas: { key: string; count: number }[];
  /** bucket = index into RESPONSE_BUCKETS */
  resolution: { bucket: number; count: number }[];
};

const hasFilter = (f: TicketFilter) => Object.values(f).some((v) => v !== undefined && v !== "");

export async function loadTicketCounts({ municipalityId, from, to, filter }: { municipalityId: number; from?: string; to?: string; filter: TicketFilter }): Promise<TicketCounts> {
  const period = { municipalityId, from, to };
  if (hasFilter(filter)) {
    const c = await filteredCounts({ ...period, filter });
    return { ...c, typeLineMonths: c.typeLineMonths.map((m) => ({ month: m.month, key: `${m.type}:${m.line}`, count: m.count })) };
  }
  const [channelDays, typeLineMonths, sums] = await Promise.all([
    rollupDays({ ...period, dim: "channel" }),
    rollupMonths({ ...period, dim: "type_line" }),
    rollupSums({ ...period, dims: ["area", "res"] }),
  ]);
  return {
    channelDays,
    typeLineMonths,
    areas: sums.filter((s) => s.dim === "area").map((s) => ({ key: s.key, count: s.count })),
    resolution: sums.filter((s) => s.dim === "res").map((s) => ({ bucket: Number(s.key), count: s.count })),
  };
}
