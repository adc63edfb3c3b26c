import type { Knex } from "knex";
import type { RollupDelta } from "~/domain/tickets/rollup";
import { db } from "./client.server";
import { runBulk } from "./tickets-bulk.server";

// The daily roll-up (`ticket_daily`, see migrations/003_tickets.ts): written from RollupDelta
// cells, read by the statistics. Always filtered by municipality.

const ROWS_PER_STATEMENT = 1000; // × 7 columns
const COLUMNS = ["municipality_id", "day", "dim", "key", "count", "minutes_count", "minutes_sum"] as const;

function upsertSql(rows: number): string {
  const one = `(${COLUMNS.map(() => "?").join(",")})`;
  return (
    `insert into ticket_daily (${COLUMNS.join(",")}) values ${Array(rows).fill(one).join(",")} ` +
    "on conflict (municipality_id, dim, key, day) do update set count = ticket_daily.count + excluded.count, " +
    "minutes_count = ticket_daily.minutes_count + excluded.minutes_count, minutes_sum = ticket_daily.minutes_sum + excluded.minutes_sum"
  );
}

/** Add a delta (which may take away) to the roll-up, then drop cells that fell to zero. */
export async function applyRollupDelta({ municipalityId, delta }: { municipalityId: number; delta: RollupDelta }, k: Knex = db()) {
  const rows = delta.rows(municipalityId);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await runBulk(k, upsertSql(chunk.length), chunk.flatMap((r) => COLUMNS.map((c) => r[c])));
  }
  if (rows.some((r) => r.count < 0)) await k("ticket_daily").where("municipality_id", municipalityId).andWhere("count", "<=", 0).delete();
}

/** Replace the municipality's whole roll-up (after re-classification). */
export async function replaceRollup({ municipalityId, delta }: { municipalityId: number; delta: RollupDelta }, k: Knex = db()) {
  await k("ticket_daily").where("municipality_id", municipalityId).delete();
  await applyRollupDelta({ municipalityId, delta }, k);
}

type Period = { municipalityId: number; from?: string; to?: string };

function inPeriod(q: Knex.QueryBuilder, { municipalityId, from, to }: Period) {
  q.where("municipality_id", municipalityId);
  if (from) q.andWhere("day", ">=", from);
  if (to) q.andWhere("day", "<=", to);
  return q;
}

export type RollupSum = { dim: string; key: string; count: number; minutesCount: number; minutesSum: number };

/** Sums per (dimension, key) over a period; `total` is left out (see rollupDays). `dims` reads only those. */
export async function rollupSums(period: Period & { dims?: readonly string[] }): Promise<RollupSum[]> {
  const q = inPeriod(db()("ticket_daily"), period);
  if (period.dims) q.whereIn("dim", period.dims.filter((d) => d !== "total"));
  else q.andWhere("dim", "<>", "total");
  const rows = await q
    .groupBy("dim", "key")
    .select("dim", "key")
    .sum({ count: "count", minutesCount: "minutes_count", minutesSum: "minutes_sum" });
  return (rows as Record<string, unknown>[]).map((r) => ({ dim: r.dim as string, key: r.key as string, count: Number(r.count), minutesCount: Number(r.minutesCount), minutesSum: Number(r.minutesSum) }));
}

/** Cells of one dimension per day (volume per week by channel, share per month, …). */
export async function rollupDays(period: Period & { dim: string }): Promise<{ day: string; key: string; count: number }[]> {
  const rows = await inPeriod(db()("ticket_daily"), period).andWhere("dim", period.dim).orderBy("day").select("day", "key", "count");
  return (rows as Record<string, unknown>[]).map((r) => ({ day: r.day as string, key: r.key as string, count: Number(r.count) }));
}

/** Cells of one dimension per month (`YYYY-MM`), summed in SQL: two dozen rows for two years. */
export async function rollupMonths(period: Period & { dim: string }): Promise<{ month: string; key: string; count: number }[]> {
  const rows = await inPeriod(db()("ticket_daily"), period)
    .andWhere("dim", period.dim)
    .groupByRaw('substr(day, 1, 7), "key"')
    .orderBy("month")
    .select(db().raw("substr(day, 1, 7) as month"), "key")
    .sum({ count: "count" });
  return (rows as Record<string, unknown>[]).map((r) => ({ month: r.month as string, key: r.key as string, count: Number(r.count) }));
}

/** First and last day with tickets. */
export async function rollupRange({ municipalityId }: { municipalityId: number }): Promise<{ from: string; to: string } | undefined> {
  const row = await db()("ticket_daily").where({ municipality_id: municipalityId, dim: "total" }).min({ from: "day" }).max({ to: "day" }).first();
  return row?.from ? { from: row.from as string, to: row.to as string } : undefined;
}
