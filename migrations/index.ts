import type { Knex } from "knex";
import * as m001 from "./001_core";

// Migrations are listed here (not discovered from disk) so that the CLI, the tests and the
// web server load them the same way, without a TypeScript loader inside knex.
const migrations: Record<string, { up: (k: Knex) => Promise<void>; down: (k: Knex) => Promise<void> }> = {
  "001_core": m001,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const m = migrations[name];
    if (!m) throw new Error(`Unknown migration ${name}`);
    return m;
  },
};

export async function migrateLatest(knex: Knex): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest({ migrationSource })) as [number, string[]];
  return applied;
}

export async function pendingMigrations(knex: Knex): Promise<string[]> {
  const [, pending] = (await knex.migrate.list({ migrationSource })) as [unknown[], Array<{ file: string } | string>];
  return pending.map((p) => (typeof p === "string" ? p : p.file));
}
