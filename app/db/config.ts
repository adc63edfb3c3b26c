import type { Knex } from "knex";

export type DatabaseKind = "sqlite" | "postgres";

export type DatabaseTarget = { kind: "sqlite"; filename: string } | { kind: "postgres"; url: string };

/** DATABASE_URL: `file:PATH` (default `file:./data/vagval.sqlite`) or `postgres://…`. */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = url?.trim() || "file:./data/vagval.sqlite";
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: "postgres", url: value };
  if (value.startsWith("file:")) return { kind: "sqlite", filename: value.slice("file:".length) };
  throw new Error(`DATABASE_URL must start with file: or postgres:// (got "${value.slice(0, 20)}…")`);
}

type SqliteConnection = { pragma: (sql: string) => unknown; prepare: (sql: string) => unknown };

// knex prepares every statement anew on SQLite; the app runs the same few hundred SQL texts
// again and again, so prepared statements are kept per connection (better-sqlite3 statements
// are reusable, and re-prepare themselves after a schema change). Past the bound, e.g. after
// many distinct IN lists, the cache starts over.
const STATEMENTS_MAX = 500;

function cacheStatements(conn: SqliteConnection) {
  const prepare = conn.prepare.bind(conn);
  const statements = new Map<string, unknown>();
  conn.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      if (statements.size >= STATEMENTS_MAX) statements.clear();
      statement = prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}

export function knexConfig(target: DatabaseTarget): Knex.Config {
  if (target.kind === "postgres") {
    return { client: "pg", connection: target.url, pool: { min: 0, max: 10 } };
  }
  return {
    client: "better-sqlite3",
    connection: { filename: target.filename },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) {
        // WAL lets readers run while one writer writes; busy_timeout waits instead of failing.
        conn.pragma("journal_mode = WAL");
        conn.pragma("foreign_keys = ON");
        conn.pragma("busy_timeout = 5000");
        // Safe with WAL: a power cut may lose the last commits, never corrupt the database.
        conn.pragma("synchronous = NORMAL");
        cacheStatements(conn);
        done(null, conn);
      },
    },
  };
}
