import type { Knex } from "knex";

// Bulk statements for the ticket import. On SQLite, knex re-parses a statement's thousands of
// bindings and re-prepares it on every call, which cost more than the inserts themselves;
// here the statement is prepared once per connection and run on the better-sqlite3 handle
// the knex transaction already holds. PostgreSQL goes through knex as usual.

type Statement = { run: (params: unknown[]) => unknown };
type SqliteHandle = { prepare: (sql: string) => Statement };

const prepared = new WeakMap<object, Map<string, Statement>>();

const isSqlite = (k: Knex) => k.client.config.client === "better-sqlite3";

/** Run `sql` with positional `bindings` (`?`), on a transaction or the shared handle. */
export async function runBulk(k: Knex, sql: string, bindings: unknown[]) {
  if (!isSqlite(k)) {
    await k.raw(sql, bindings as Knex.RawBinding[]);
    return;
  }
  const conn = (await k.client.acquireConnection()) as SqliteHandle;
  try {
    let cache = prepared.get(conn);
    if (!cache) prepared.set(conn, (cache = new Map()));
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = conn.prepare(sql)));
    stmt.run(bindings);
  } finally {
    // A transaction's client hands out its own connection and ignores the release.
    await k.client.releaseConnection(conn);
  }
}
