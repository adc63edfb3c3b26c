import type { Knex } from "knex";
import type { SupportLine, TicketType } from "~/domain/ids";
import { RESPONSE_BUCKETS, ROLLUP_COLUMNS, type RollupTicket } from "~/domain/tickets/rollup";
import { db } from "./client.server";
import { numeric } from "./tickets.server";

// Reads behind the ticket statistics that the roll-up cannot answer: exact time values for
// percentiles, and ticket rows when a filter cuts across the roll-up's dimensions.

export type TimeColumn = "resolution_hours" | "first_response_hours";

export interface TicketFilter {
  channel?: string;
  area?: string;
  system?: string;
  department?: string;
  type?: TicketType;
  line?: SupportLine;
}

type Scope = { municipalityId: number; from?: string; to?: string };

function scoped(q: Knex.QueryBuilder, { municipalityId, from, to }: Scope) {
  q.where("municipality_id", municipalityId);
  if (from) q.andWhere("day", ">=", from);
  if (to) q.andWhere("day", "<=", to);
  return q;
}

/**
 * Values of a time column in [lo, hi) (hi null = open), ascending, from `offset`: a range scan
 * of the partial index on (municipality, column, day), so only one bucket's rows are read.
 */
export async function timeValuesInRange(input: Scope & { column: TimeColumn; lo: number; hi: number | null; offset: number; limit: number }) {
  const q = scoped(db()("tickets"), input).andWhere(input.column, ">=", input.lo);
  if (input.hi !== null) q.andWhere(input.column, "<", input.hi);
  const rows = await q.orderBy(input.column).offset(input.offset).limit(input.limit).select({ v: input.column });
  return (rows as { v: number | string }[]).map((r) => Number(r.v));
}

function filtered(q: Knex.QueryBuilder, scope: Scope, filter: TicketFilter) {
  scoped(q, scope);
  for (const key of ["channel", "area", "system", "department"] as const) {
    const v = filter[key];
    if (v !== undefined) q.andWhere(key, v);
  }
  if (filter.type) q.andWhere("classified_type", filter.type);
  if (filter.line) q.andWhere("classified_line", filter.line);
  return q;
}

/** A page (keyset by id) of filtered tickets with the roll-up columns. */
export async function filteredTicketPage(input: Scope & { filter: TicketFilter; afterId: number; limit: number }) {
  const rows = await filtered(db()("tickets"), input, input.filter)
    .andWhere("id", ">", input.afterId)
    .orderBy("id")
    .limit(input.limit)
    .select("id", ...ROLLUP_COLUMNS);
  return (rows as (RollupTicket & { id: number })[]).map((r) => numeric({ ...r, id: Number(r.id) }));
}

/** SQL for a time column's RESPONSE_BUCKETS index, the same comparisons as the domain's bucketOf. */
const bucketSql = (column: TimeColumn) =>
  `case ${RESPONSE_BUCKETS.map((lo, b) => ({ lo, b }))
    .slice(1)
    .reverse()
    .map(({ lo, b }) => `when ${column} >= ${lo} then ${b}`)
    .join(" ")} else 0 end`;

export type FilteredCounts = {
  channelDays: { day: string; key: string; count: number }[];
  typeLineMonths: { month: string; type: string; line: number; count: number }[];
  areas: { key: string; count: number }[];
  resolution: { bucket: number; count: number }[];
};

/**
 * The dashboard's ticket counts over the tickets a filter keeps, grouped by the database (no
 * ticket row reaches JavaScript): channel per day, and type × line × area × resolution-time
 * bucket per month, from which the area and resolution sums are added up. Two passes over the
 * matching tickets instead of one per figure. Keys as in the roll-up ("" for an unknown area).
 * A filter with a business area, a system or a department goes to indexedCounts instead.
 */
export async function filteredCounts(input: Scope & { filter: TicketFilter }): Promise<FilteredCounts> {
  if (INDEXED.some((c) => input.filter[c])) return indexedCounts(input);
  const base = () => filtered(db()("tickets"), input, input.filter);
  const bucket = `case when resolution_hours is null then -1 else ${bucketSql("resolution_hours")} end`;
  const [channelDays, cells] = await Promise.all([
    base().groupBy("day", "channel").orderBy("day").select("day", "channel as key").count({ count: "*" }),
    base()
      .groupByRaw(`substr(day, 1, 7), classified_type, classified_line, area, ${bucket}`)
      .select(db().raw("substr(day, 1, 7) as month"), "classified_type as type", "classified_line as line", "area", db().raw(`${bucket} as bucket`))
      .count({ count: "*" }),
  ]);
  const resolution = new Map<number, number>();
  const folded = foldCells(rows(cells), (r, count) => {
    const b = Number(r.bucket);
    if (b >= 0) resolution.set(b, (resolution.get(b) ?? 0) + count);
  });
  return { channelDays: channelDayRows(channelDays), ...folded, resolution: [...resolution].map(([bucket, count]) => ({ bucket, count })) };
}

type Row = Record<string, unknown>;
const rows = (x: unknown) => x as Row[];
const channelDayRows = (x: unknown) => rows(x).map((r) => ({ day: r.day as string, key: r.key as string, count: Number(r.count) }));

/** Grouped month × type × line (× area) rows summed into the month cells and the area totals. */
function foldCells(cells: Row[], each?: (r: Row, count: number) => void) {
  const typeLineMonths = new Map<string, { month: string; type: string; line: number; count: number }>();
  const areas = new Map<string, number>();
  for (const r of cells) {
    const count = Number(r.count);
    const cell = { month: r.month as string, type: r.type as string, line: Number(r.line) };
    const key = `${cell.month} ${cell.type} ${cell.line}`;
    typeLineMonths.set(key, { ...cell, count: (typeLineMonths.get(key)?.count ?? 0) + count });
    const area = (r.area as string | null) ?? "";
    areas.set(area, (areas.get(area) ?? 0) + count);
    each?.(r, count);
  }
  return {
    typeLineMonths: [...typeLineMonths.values()].sort((x, y) => x.month.localeCompare(y.month)),
    areas: [...areas].map(([key, count]) => ({ key, count })),
  };
}

/** Filters whose column leads two ticket indexes (migrations 013 and 016). */
const INDEXED = ["area", "system", "department"] as const;
/**
 * The same counts when the filter names a business area, a system or a department (alone or
 * with others), read from that column's two indexes (migrations 013 and 016) without touching
 * the table or sorting its rows: channel per day grouped in index order; type × line × area
 * per day grouped in index order (by channel too, which the index puts before them; in the
 * area's index the area is the filter's) and only those few thousand groups summed per month
 * and per area; each
 * resolution bucket counted as one range of the resolution index, the same comparisons as
 * bucketSql. The general path read every ticket of the municipality from the table for the
 * filter's third of them: 0.3–0.6 s at 1 M tickets.
 */
async function indexedCounts(input: Scope & { filter: TicketFilter }): Promise<FilteredCounts> {
  const base = () => filtered(db()("tickets"), input, input.filter);
  const perDay = base()
    .groupBy("day", "channel", "classified_type", "classified_line", "area")
    .select("day", "classified_type", "classified_line", "area")
    .count({ n: "*" })
    .as("d");
  const buckets = RESPONSE_BUCKETS.map((lo, b) => {
    const q = base().select(db().raw(`${b} as bucket`)).count({ count: "*" });
    if (b > 0) q.andWhere("resolution_hours", ">=", lo);
    const hi = RESPONSE_BUCKETS[b + 1];
    return hi === undefined ? q : q.andWhere("resolution_hours", "<", hi);
  });
  const [channelDays, cells, resolution] = await Promise.all([
    base().groupBy("day", "channel").orderBy("day").select("day", "channel as key").count({ count: "*" }),
    db()
      .from(perDay)
      .groupByRaw("substr(day, 1, 7), classified_type, classified_line, area")
      .select(db().raw("substr(day, 1, 7) as month"), "classified_type as type", "classified_line as line", "area")
      .sum({ count: "n" }),
    buckets[0]!.unionAll(buckets.slice(1)),
  ]);
  return {
    channelDays: channelDayRows(channelDays),
    ...foldCells(rows(cells)),
    resolution: rows(resolution)
      .map((r) => ({ bucket: Number(r.bucket), count: Number(r.count) }))
      .filter((r) => r.count > 0),
  };
}
