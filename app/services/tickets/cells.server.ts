// The aggregates every ticket figure is computed from, for a period and an optional filter.
// Without a filter they come from the daily roll-up (fast at any size); a filter cuts across
// the roll-up's dimensions, so then the matching tickets are read page by page and rolled up
// in memory by the same RollupDelta — the figures are computed identically either way.
import { filteredTicketPage, timeValuesInRange, type TicketFilter, type TimeColumn } from "~/db/tickets-stats.server";
import { rollupDays, rollupRange, rollupSums } from "~/db/tickets-rollup.server";
import { percentile } from "~/domain/tickets/numbers";
import { RESPONSE_BUCKETS, RollupDelta, bucketBounds, type Cell } from "~/domain/tickets/rollup";

export type { TicketFilter };

export interface Cells {
  from: string | null;
  to: string | null;
  /** dim → key → summed cell over the period (dim `total` excluded). */
  sums: Map<string, Map<string, Cell>>;
  /** Per-day cells of one dimension, in day order. */
  daily(dim: string): Promise<{ day: string; key: string; count: number }[]>;
  /** Exact p-th percentile (linear interpolation, as domain `percentile`) of a time column. */
  percentile(column: TimeColumn, p: number): Promise<number | null>;
}

export interface CellsQuery {
  municipalityId: number;
  from?: string;
  to?: string;
  filter?: TicketFilter;
}

const DIM_OF: Record<TimeColumn, string> = { resolution_hours: "res", first_response_hours: "frt" };

function addTo(sums: Cells["sums"], dim: string, key: string, c: Cell) {
  let m = sums.get(dim);
  if (!m) sums.set(dim, (m = new Map()));
  const cur = m.get(key) ?? { count: 0, minutesCount: 0, minutesSum: 0 };
  m.set(key, { count: cur.count + c.count, minutesCount: cur.minutesCount + c.minutesCount, minutesSum: cur.minutesSum + c.minutesSum });
}

const hasFilter = (f: TicketFilter | undefined) => !!f && Object.values(f).some((v) => v !== undefined && v !== "");

export async function loadCells(q: CellsQuery): Promise<Cells> {
  return hasFilter(q.filter) ? filteredCells(q) : rollupCells(q);
}

async function rollupCells(q: CellsQuery): Promise<Cells> {
  const range = q.from && q.to ? { from: q.from, to: q.to } : await rollupRange({ municipalityId: q.municipalityId });
  const from = q.from ?? range?.from ?? null;
  const to = q.to ?? range?.to ?? null;
  const period = { municipalityId: q.municipalityId, from: from ?? undefined, to: to ?? undefined };
  const sums: Cells["sums"] = new Map();
  for (const s of await rollupSums(period)) addTo(sums, s.dim, s.key, s);

  // Percentile: find the bucket holding the rank from the roll-up's bucket counts, then
  // read just the values needed from that bucket's slice of the index (one range scan).
  const valuesAt = async (column: TimeColumn, counts: number[], position: number, limit: number): Promise<number[]> => {
    let before = 0;
    for (let b = 0; b < counts.length; b++) {
      const n = counts[b] ?? 0;
      if (position < before + n) {
        const [lo, hi] = bucketBounds(b);
        const offset = position - before;
        return timeValuesInRange({ ...period, column, lo, hi, offset, limit: Math.min(limit, n - offset) });
      }
      before += n;
    }
    return [];
  };
  const percentileOf = async (column: TimeColumn, p: number) => {
    const byBucket = sums.get(DIM_OF[column]);
    const counts = RESPONSE_BUCKETS.map((_, b) => byBucket?.get(String(b))?.count ?? 0);
    const n = counts.reduce((a, b) => a + b, 0);
    if (n === 0) return null;
    const rank = Math.min(1, Math.max(0, p)) * (n - 1);
    const lo = Math.floor(rank);
    const values = await valuesAt(column, counts, lo, rank > lo ? 2 : 1);
    // The next value may open the following bucket.
    if (rank > lo && values.length === 1) values.push(...(await valuesAt(column, counts, lo + 1, 1)));
    const a = values[0];
    return a === undefined ? null : percentile([a, values[1] ?? a], rank - lo);
  };
  return { from, to, sums, daily: (dim) => rollupDays({ ...period, dim }), percentile: percentileOf };
}

async function filteredCells(q: CellsQuery): Promise<Cells> {
  const delta = new RollupDelta();
  const times: Record<TimeColumn, number[]> = { resolution_hours: [], first_response_hours: [] };
  let first: string | null = null;
  let last: string | null = null;
  for (let afterId = 0; ; ) {
    const page = await filteredTicketPage({ municipalityId: q.municipalityId, from: q.from, to: q.to, filter: q.filter ?? {}, afterId, limit: 5000 });
    if (!page.length) break;
    for (const t of page) {
      delta.add(t);
      if (t.resolution_hours !== null) times.resolution_hours.push(t.resolution_hours);
      if (t.first_response_hours !== null) times.first_response_hours.push(t.first_response_hours);
      if (first === null || t.day < first) first = t.day;
      if (last === null || t.day > last) last = t.day;
    }
    afterId = page[page.length - 1]!.id;
  }
  const sums: Cells["sums"] = new Map();
  const days: { day: string; dim: string; key: string; count: number }[] = [];
  for (const row of delta.rows(q.municipalityId)) {
    if (row.dim !== "total") addTo(sums, row.dim, row.key, { count: row.count, minutesCount: row.minutes_count, minutesSum: row.minutes_sum });
    days.push(row);
  }
  days.sort((a, b) => a.day.localeCompare(b.day));
  return {
    from: q.from ?? first,
    to: q.to ?? last,
    sums,
    daily: async (dim) => days.filter((d) => d.dim === dim).map(({ day, key, count }) => ({ day, key, count })),
    percentile: async (column, p) => percentile(times[column], p),
  };
}
