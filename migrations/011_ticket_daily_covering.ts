import type { Knex } from "knex";

// PostgreSQL only: the dashboard reads `ticket_daily` one dimension at a time, by day (channel
// per day; type × line grouped by month). The primary key (municipality, dim, key, day) finds
// the rows but PostgreSQL then fetches each from the heap and sorts them by day. This index
// holds the rows in (municipality, dim, day) order with the counts included, so the reads are
// index-only scans without a sort: at 1 M tickets (53 k roll-up rows) 35–90 ms became 2–20 ms
// (EXPLAIN ANALYZE). SQLite's ticket_daily is a WITHOUT ROWID table clustered on its key and
// already reads it in one pass. Never edit once landed.
export async function up(knex: Knex): Promise<void> {
  if (knex.client.config.client === "better-sqlite3") return;
  await knex.raw("create index ticket_daily_by_day on ticket_daily (municipality_id, dim, day, key) include (count, minutes_count, minutes_sum)");
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client === "better-sqlite3") return;
  await knex.raw("drop index if exists ticket_daily_by_day");
}
