// Moving from SQLite to PostgreSQL: the demo seeded on SQLite, copied with `vagval db copy`
// to a fresh PostgreSQL database, then back through `db export` / `db import` into a fresh
// SQLite file. Every table must arrive whole (row counts and checksums), sequences must go on
// past the copied ids, and the recommendation must be the same on both.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import knex from "knex";
import { connect, copyDatabase, importDatabase, tableChecksums, TransferError } from "~/services/db-transfer.server";
import { sqlitePath, TMP, uniqueName } from "../../support/databases";

const ADMIN = /^postgres/.test(process.env.TEST_DATABASE_URL ?? "") ? process.env.TEST_DATABASE_URL! : "postgres://postgres@127.0.0.1:5432/postgres";

function vagval(args: string[], databaseUrl: string) {
  const r = spawnSync(process.execPath, ["cli/vagval.js", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, LANG: "en_GB.UTF-8" }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function postgresReachable() {
  const k = knex({ client: "pg", connection: ADMIN, pool: { min: 0, max: 1 }, acquireConnectionTimeout: 3000 });
  try {
    await k.raw("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await k.destroy();
  }
}

const reachable = await postgresReachable();
const pgName = uniqueName("vagval_transfer");
const pgUrl = (() => {
  const u = new URL(ADMIN);
  u.pathname = `/${pgName}`;
  return u.toString();
})();
const sqliteA = sqlitePath(uniqueName("transfer_a"));
const sqliteB = sqlitePath(uniqueName("transfer_b"));
const exportFile = `${TMP}/${uniqueName("export")}.jsonl`;

async function checksums(url: string) {
  const k = connect(url);
  try {
    return await tableChecksums(k);
  } finally {
    await k.destroy();
  }
}

const admin = async (sql: string) => {
  const k = knex({ client: "pg", connection: ADMIN, pool: { min: 0, max: 1 } });
  try {
    await k.raw(sql);
  } finally {
    await k.destroy();
  }
};

describe.skipIf(!reachable)("SQLite → PostgreSQL", () => {
  beforeAll(async () => {
    await admin(`CREATE DATABASE "${pgName}"`);
    const seeded = vagval(["db", "seed", "--demo", "--json"], `file:${sqliteA}`);
    expect(seeded.code, seeded.stderr.slice(-500)).toBe(0);
    // A live session (a timestamp SQLite keeps as milliseconds) and an audit line, so that
    // every kind of value is moved.
    const k = connect(`file:${sqliteA}`);
    await k("sessions").insert({ id: "s1", user_id: 1, data: "{}", expires_at: new Date("2026-05-01T10:00:00.123Z") });
    await k("audit_log").insert({ action: "test.moved", detail: JSON.stringify({ ok: true }) });
    await k.destroy();
  }, 180_000);

  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${pgName}" WITH (FORCE)`);
    for (const f of [sqliteA, sqliteB]) for (const s of ["", "-wal", "-shm"]) fs.rmSync(f + s, { force: true });
    fs.rmSync(exportFile, { force: true });
  });

  test("db copy moves every table, row for row", { timeout: 120_000 }, async () => {
    const copied = vagval(["db", "copy", "--to", pgUrl, "--json"], `file:${sqliteA}`);
    expect(copied.code, copied.stderr.slice(-500)).toBe(0);
    const summary = JSON.parse(copied.stdout) as { tables: Array<{ name: string; rows: number }>; totalRows: number };
    const source = await checksums(`file:${sqliteA}`);
    const target = await checksums(pgUrl);
    expect(Object.keys(target).sort()).toEqual(Object.keys(source).sort());
    expect(target).toEqual(source);
    expect(summary.tables.map((t) => t.name).sort()).toEqual(Object.keys(source).sort());
    expect(source.municipalities!.rows).toBe(2);
    expect(summary.totalRows).toBeGreaterThan(100);
  });

  test("the survey count tables arrive equal: rebuilt by the target's triggers, not copied on top", async () => {
    const counts = async (url: string) => {
      const k = connect(url);
      try {
        // Sorted here: the two databases collate text differently.
        const rows = async (table: string, columns: string[]) =>
          ((await k(table).select(columns)) as Array<Record<string, unknown>>).map((r) => columns.map((c) => String(r[c])).join("|")).sort();
        return { answers: await rows("survey_answer_counts", ["survey_id", "question_code", "value", "n", "firsts"]), responses: await rows("survey_response_counts", ["survey_id", "submitted"]) };
      } finally {
        await k.destroy();
      }
    };
    const source = await counts(`file:${sqliteA}`);
    expect(source.answers.length).toBeGreaterThan(10);
    expect(await counts(pgUrl)).toEqual(source);
  });

  test("PostgreSQL sequences go on after the copied ids; a second copy is refused", async () => {
    const k = connect(pgUrl);
    const source = connect(`file:${sqliteA}`);
    try {
      const [row] = await k("municipalities").insert({ slug: "after-move", name: "After", country: "SE" }).returning("id");
      expect(Number((row as { id: number }).id)).toBe(3);
      await expect(copyDatabase({ source, targetUrl: pgUrl })).rejects.toMatchObject({ code: "target_not_empty" });
    } finally {
      await k.destroy();
      await source.destroy();
    }
  });

  // The recommend command belongs to another area; compared as soon as it exists.
  const hasRecommend = vagval(["recommend", "--help"], `file:${sqliteA}`).stdout.includes("--municipality");
  test.skipIf(!hasRecommend)("recommend --json gives the same output on both databases", { timeout: 120_000 }, () => {
    const args = ["recommend", "--municipality", "sjobacka", "--json", "--seed", "1"];
    const onSqlite = vagval(args, `file:${sqliteA}`);
    const onPostgres = vagval(args, pgUrl);
    expect(onSqlite.code, onSqlite.stderr.slice(-500)).toBe(0);
    expect(onPostgres.stdout).toBe(onSqlite.stdout);
  });

  test("db export from PostgreSQL and db import into a new SQLite file give the same tables", { timeout: 120_000 }, async () => {
    const exported = vagval(["db", "export", "--out", exportFile, "--json"], pgUrl);
    expect(exported.code, exported.stderr.slice(-500)).toBe(0);
    const imported = vagval(["db", "import", "--from", exportFile, "--json"], `file:${sqliteB}`);
    expect(imported.code, imported.stderr.slice(-500)).toBe(0);
    const onPostgres = await checksums(pgUrl);
    expect(await checksums(`file:${sqliteB}`)).toEqual(onPostgres);
    await expect(importDatabase({ file: sqliteA, targetUrl: `file:${sqlitePath(uniqueName("transfer_c"))}` })).rejects.toBeInstanceOf(TransferError);
  });
});
