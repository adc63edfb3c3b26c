import type { Knex } from "knex";
import * as m001 from "./001_core";
import * as m002 from "./002_surveys";
import * as m003 from "./003_tickets";
import * as m004 from "./004_interviews";
import * as m005 from "./005_decision";
import * as m006 from "./006_reports";
import * as m007 from "./007_operations";
import * as m008 from "./008_dashboard_rollups";
import * as m009 from "./009_privacy";
import * as m010 from "./010_survey_counts_bulk";
import * as m011 from "./011_ticket_daily_covering";
import * as m012 from "./012_undo";
import * as m013 from "./013_filtered_dashboard";
import * as m014 from "./014_password_links";
import * as m015 from "./015_password_link_mail";
import * as m016 from "./016_filtered_dashboard_system_department";

// Migrations are listed here (not discovered from disk) so that the CLI, the tests and the
// web server load them the same way, without a TypeScript loader inside knex.
const migrations: Record<string, { up: (k: Knex) => Promise<void>; down: (k: Knex) => Promise<void> }> = {
  "001_core": m001,
  "002_surveys": m002,
  "003_tickets": m003,
  "004_interviews": m004,
  "005_decision": m005,
  "006_reports": m006,
  "007_operations": m007,
  "008_dashboard_rollups": m008,
  "009_privacy": m009,
  "010_survey_counts_bulk": m010,
  "011_ticket_daily_covering": m011,
  "012_undo": m012,
  "013_filtered_dashboard": m013,
  "014_password_links": m014,
  "015_password_link_mail": m015,
  "016_filtered_dashboard_system_department": m016,
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
