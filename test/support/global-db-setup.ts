import fs from "node:fs";
import knex from "knex";
import type { TestProject } from "vitest/node";
import { knexConfig } from "../../app/db/config";
import { migrateLatest } from "../../migrations/index";
import { sqlitePath, testTarget, uniqueName, urlForDatabase, withAdmin } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    baseDatabase: { kind: "sqlite" | "postgres"; name: string; file?: string };
  }
}

export default async function setup(project: TestProject) {
  const name = uniqueName("vagval_base");
  if (testTarget() === "postgres") {
    await withAdmin((k) => k.raw(`CREATE DATABASE "${name}"`));
    const k = knex(knexConfig({ kind: "postgres", url: urlForDatabase(name) }));
    await migrateLatest(k);
    await k.destroy();
    project.provide("baseDatabase", { kind: "postgres", name });
    return async () => {
      await withAdmin(async (admin) => {
        const rows = await admin.raw(`SELECT datname FROM pg_database WHERE datname LIKE ?`, [`${name}%`]);
        for (const r of rows.rows as { datname: string }[]) await admin.raw(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
      });
    };
  }
  const file = sqlitePath(name);
  const k = knex(knexConfig({ kind: "sqlite", filename: file }));
  await migrateLatest(k);
  await k.raw("PRAGMA wal_checkpoint(TRUNCATE)");
  await k.destroy();
  project.provide("baseDatabase", { kind: "sqlite", name, file });
  return () => {
    for (const f of fs.readdirSync("test/.tmp")) if (f.startsWith(name)) fs.rmSync(`test/.tmp/${f}`, { force: true });
  };
}
