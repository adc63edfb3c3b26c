// Long writes (imports, re-classification) run in one transaction. SQLite's app pool has a
// single connection, so holding it for a large file would stall every page of the app; the
// write gets a connection of its own instead (WAL lets the app keep reading meanwhile).
// PostgreSQL has a pool already, so there the shared handle is used.
import type { Knex } from "knex";
import { db, dialect, openDatabase } from "~/db/client.server";

export async function withWriteConnection<T>(fn: (k: Knex) => Promise<T>): Promise<T> {
  if (dialect() !== "sqlite") return fn(db());
  const own = openDatabase(process.env.DATABASE_URL);
  try {
    // A 16 MB page cache (the default is 2 MB) and in-memory temp tables for the bulk write.
    await own.raw("PRAGMA cache_size = -16384");
    await own.raw("PRAGMA temp_store = MEMORY");
    return await fn(own);
  } finally {
    await own.destroy();
  }
}
