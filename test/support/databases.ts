// Test databases: one migrated base per run, copied for each test file (SQLite) or cloned
// from a template database (PostgreSQL, when TEST_DATABASE_URL=postgres://… is set).
import fs from "node:fs";
import path from "node:path";
import knex from "knex";

export const TMP = path.resolve("test/.tmp");

export const testTarget = (): "postgres" | "sqlite" =>
  /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "") ? "postgres" : "sqlite";

export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL!;
}

export function urlForDatabase(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(fn: (k: knex.Knex) => Promise<T>): Promise<T> {
  const k = knex({ client: "pg", connection: adminUrl(), pool: { min: 0, max: 1 } });
  try {
    return await fn(k);
  } finally {
    await k.destroy();
  }
}

export function uniqueName(prefix: string) {
  return `${prefix}_${Date.now().toString(36)}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
}

export function sqlitePath(name: string) {
  fs.mkdirSync(TMP, { recursive: true });
  return path.join(TMP, `${name}.sqlite`);
}
