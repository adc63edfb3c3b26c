import fs from "node:fs";
import path from "node:path";
import knex, { type Knex } from "knex";
import { knexConfig, parseDatabaseUrl, type DatabaseKind } from "./config";

// One database handle per process, made on first use.
let instance: Knex | undefined;
let kind: DatabaseKind = "sqlite";

export function openDatabase(url: string | undefined): Knex {
  const target = parseDatabaseUrl(url);
  if (target.kind === "sqlite" && target.filename !== ":memory:") {
    const folder = path.dirname(path.resolve(target.filename));
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch (error) {
      // Told like SQLite's own "cannot open" so that the CLI and the server explain it alike.
      const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
      throw Object.assign(new Error(`${folder}: ${reason}`), { code: "SQLITE_CANTOPEN" });
    }
  }
  kind = target.kind;
  return knex(knexConfig(target));
}

export function db(): Knex {
  instance ??= openDatabase(process.env.DATABASE_URL);
  return instance;
}

export function dialect(): DatabaseKind {
  db();
  return kind;
}

/** For tests and the CLI: point the process at another database. */
export async function useDatabase(url: string): Promise<Knex> {
  if (instance) await instance.destroy();
  process.env.DATABASE_URL = url;
  instance = openDatabase(url);
  return instance;
}

export async function closeDatabase(): Promise<void> {
  if (instance) await instance.destroy();
  instance = undefined;
}
