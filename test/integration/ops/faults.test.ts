// Faults: a process killed with SIGKILL in the middle of its work (no handler runs, nothing
// is flushed) must leave the database whole, show nothing half-done, and let the same work be
// run again. Ticket import (a large file, killed once it is writing inside its transaction),
// the PDF report on the CLI (killed as its file appears), the web report job (its server
// killed, then restarted), and a backup taken while respondents are submitting.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import knex from "knex";
import { db } from "~/db/client.server";
import { integrityCheck } from "~/db/maintenance.server";
import { getReportJob, startReportJob } from "~/services/reports/jobs.server";
import { importJobStatus } from "~/services/tickets/jobs.server";
import { saveSection, startResponse } from "~/services/surveys/respond.server";
import { knexConfig } from "../../../app/db/config";
import { writeBenchCsv } from "../../bench/tickets-data";
import { startApp } from "../../support/app-process";
import { sqlitePath, testTarget, TMP, uniqueName } from "../../support/databases";
import { makeMunicipality, makeUser } from "../../support/factories";
import { seedAll } from "../reports/data";
import { PAGES, publishedSurvey } from "../surveys/helpers";
import { ticketTableCounts, vagval } from "../tickets/helpers";

const databaseUrl = () => process.env.DATABASE_URL!;
const sqliteFile = () => databaseUrl().slice("file:".length);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, args, { env: { ...process.env, LANG: "en_GB.UTF-8", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += String(d)));
  child.stderr.on("data", (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => out };
}

/** Polls `ready` every 20 ms; fails, saying what the child wrote, if the child ends first. */
async function waitFor(ready: () => Promise<boolean> | boolean, child: ChildProcess, output: () => string, what: string) {
  const deadline = Date.now() + 60_000;
  while (!(await ready())) {
    if (child.exitCode !== null) throw new Error(`the process ended before ${what}:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${output()}`);
    await pause(20);
  }
}

async function killHard(child: ChildProcess, exited: Promise<number | null>) {
  child.kill("SIGKILL");
  await exited;
  expect(child.signalCode).toBe("SIGKILL");
}

/**
 * True while another connection holds an open write transaction that has written tickets:
 * on SQLite, the write lock cannot be taken; on PostgreSQL, another backend holds the row
 * lock that inserting into `tickets` takes until commit.
 */
async function ticketWriteInProgress(): Promise<boolean> {
  if (testTarget() === "sqlite") {
    const probe = new Database(sqliteFile(), { timeout: 0 });
    try {
      probe.exec("BEGIN IMMEDIATE");
      probe.exec("ROLLBACK");
      return false;
    } catch (error) {
      if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
      throw error;
    } finally {
      probe.close();
    }
  }
  const result = (await db().raw(
    `select count(*) as n from pg_locks l join pg_class c on c.oid = l.relation
      where c.relname = 'tickets' and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()
        and l.database = (select oid from pg_database where datname = current_database())`,
  )) as { rows: { n: string }[] };
  return Number(result.rows[0]!.n) > 0;
}

describe("a ticket import killed mid-file", () => {
  // Enough rows that the import writes for a few seconds: the kill lands mid-file (checked, not hoped).
  const ROWS = 50_000;
  let csv: string;
  beforeAll(async () => {
    fs.mkdirSync(TMP, { recursive: true });
    csv = path.join(TMP, `${uniqueName("faults-tickets")}.csv`);
    await writeBenchCsv(csv, ROWS);
  });
  afterAll(() => fs.rmSync(csv, { force: true }));

  test("leaves a whole database, no tickets of that file, no finished job; the re-run imports every row", { timeout: 240_000 }, async () => {
    const m = await makeMunicipality();
    const run = start(["cli/vagval.js", "tickets", "import", "--municipality", m.slug, "--file", csv, "--json"]);
    const job = () => db()("ticket_imports").where({ municipality_id: m.id }).first("id", "status");
    await waitFor(async () => Boolean(await job()), run.child, run.output, "the import job row");
    await waitFor(ticketWriteInProgress, run.child, run.output, "tickets being written");
    await killHard(run.child, run.exited);

    if (testTarget() === "sqlite") expect(await integrityCheck()).toBe("ok");
    expect(await ticketTableCounts(m.id)).toEqual({ tickets: 0, daily: 0 });
    const killed = (await job())!;
    expect(killed.status).not.toBe("done");
    // The tickets page shows the cut-off job as failed, not as still running.
    expect(await importJobStatus({ municipalityId: m.id, id: Number(killed.id) })).toMatchObject({ status: "failed", running: false, error: { code: "interrupted" } });

    const again = vagval(["tickets", "import", "--municipality", m.slug, "--file", csv, "--json"]);
    expect(again.code, again.stderr.slice(-2000)).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: ROWS, created: ROWS, status: "done" });
    expect((await ticketTableCounts(m.id)).tickets).toBe(ROWS);
    if (testTarget() === "sqlite") expect(await integrityCheck()).toBe("ok");
  });
});

describe("a PDF report killed while it is written", () => {
  test("leaves no half PDF under the report's name; the re-run writes a whole PDF", { timeout: 240_000 }, async () => {
    const m = await makeMunicipality({ name: "Sjöbacka kommun" });
    await seedAll(m.id);
    const dir = path.join(TMP, uniqueName("faults-report"));
    fs.mkdirSync(dir, { recursive: true });
    const out = path.join(dir, "rapport.pdf");
    const run = start(["cli/vagval.js", "report", "--municipality", m.slug, "--format", "pdf", "--out", out, "--json"]);
    // Kill at the first file that appears in the folder: the moment the PDF starts to be written.
    const first: string[] = [];
    const watcher = fs.watch(dir, (_event, name) => {
      if (first.length || !name) return;
      first.push(String(name));
      run.child.kill("SIGKILL");
    });
    try {
      await run.exited;
    } finally {
      watcher.close();
    }
    expect(run.child.signalCode, run.output()).toBe("SIGKILL");
    // The report is first written under another name (then renamed), so the kill found no
    // file under the report's own name, and none is left half-written.
    expect(first).toHaveLength(1);
    expect(first[0]).not.toBe("rapport.pdf");
    if (fs.existsSync(out)) expectWholePdf(fs.readFileSync(out));

    const again = vagval(["report", "--municipality", m.slug, "--format", "pdf", "--out", out, "--json"]);
    expect(again.code, again.stderr.slice(-2000)).toBe(0);
    expectWholePdf(fs.readFileSync(out));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

function expectWholePdf(pdf: Buffer) {
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.subarray(-1024).toString("latin1")).toMatch(/startxref\s+\d+\s+%%EOF\s*$/);
}

describe("a web report job whose server is killed", () => {
  test("is marked failed when the server starts again, and a new job finishes", { timeout: 240_000 }, async () => {
    const m = await makeMunicipality({ name: "Sjöbacka kommun" });
    await seedAll(m.id);
    const user = await makeUser({ role: "decision", municipalityId: m.id });
    const reportDir = path.join(TMP, uniqueName("faults-jobs"));
    const env = { VAGVAL_REPORT_DIR: reportDir };
    const server = start(["--import", "tsx", "test/integration/ops/support/report-job-child.ts", databaseUrl(), m.slug, String(user.id)], env);
    const row = () => db()("report_jobs").where({ municipality_id: m.id }).first("id", "status");
    await waitFor(async () => (await row())?.status === "running", server.child, server.output, "the job running");
    await killHard(server.child, server.exited);
    const left = (await row())!;
    expect(left.status, "the kill came after the PDF was done: nothing was cut off").toBe("running");

    const app = await startApp(databaseUrl(), env);
    try {
      expect(await getReportJob({ municipalityId: m.id, id: String(left.id) })).toMatchObject({ status: "failed" });
    } finally {
      await app.stop();
    }
    const { id, run } = await startReportJob({ municipality: { id: m.id, name: "Sjöbacka kommun", slug: m.slug }, userId: user.id, locale: "sv" });
    process.env.VAGVAL_REPORT_DIR = reportDir;
    try {
      await run;
    } finally {
      delete process.env.VAGVAL_REPORT_DIR;
    }
    expect(await getReportJob({ municipalityId: m.id, id })).toMatchObject({ status: "done", progress: 100 });
    fs.rmSync(reportDir, { recursive: true, force: true });
  });
});

describe.runIf(testTarget() === "sqlite")("a backup taken while respondents are submitting", () => {
  test("restores to a whole database in which every submitted response is complete", { timeout: 240_000 }, async () => {
    const { surveyId, tokens } = await publishedSurvey({ links: 400 });
    for (const token of tokens) await startResponse(token, "sv");
    const submitted = () => db()("survey_responses").where({ survey_id: surveyId, status: "submitted" }).count({ n: "*" }).first().then((r) => Number(r?.n));
    const submitOne = async (token: string) => {
      const sections = Object.keys(PAGES) as (keyof typeof PAGES)[];
      for (const [i, section] of sections.entries()) {
        const result = await saveSection({ token, section, raw: PAGES[section], intent: i === sections.length - 1 ? "finish" : "next", locale: "sv" });
        expect(result.kind).toBe(i === sections.length - 1 ? "submitted" : "saved");
      }
    };
    // A few respondents before the backup, then a stream of them for as long as it runs.
    for (const token of tokens.slice(0, 5)) await submitOne(token);
    const before = await submitted();
    const file = path.join(TMP, `${uniqueName("faults-backup")}.sqlite`);
    const backup = start(["cli/vagval.js", "db", "backup", "--out", file]);
    let next = 5;
    const respondent = async () => {
      while (backup.child.exitCode === null && next < tokens.length) await submitOne(tokens[next++]!);
    };
    await Promise.all([respondent(), respondent(), respondent()]);
    expect(await backup.exited, backup.output()).toBe(0);
    const after = await submitted();

    const target = sqlitePath(uniqueName("faults-restored"));
    // Restored into a fresh file, as onto a new machine (not over the test's live database).
    const restore = start(["cli/vagval.js", "db", "restore", "--from", file], { DATABASE_URL: `file:${target}` });
    expect(await restore.exited, restore.output()).toBe(0);
    const k = knex(knexConfig({ kind: "sqlite", filename: target }));
    try {
      expect((await k.raw("PRAGMA integrity_check")) as unknown).toEqual([{ integrity_check: "ok" }]);
      const responses = await k("survey_responses").where({ survey_id: surveyId }).select("id", "status");
      const done = responses.filter((r) => r.status === "submitted");
      expect(done.length).toBeGreaterThanOrEqual(before);
      expect(done.length).toBeLessThanOrEqual(after);
      const invitations = await k("survey_invitations").where({ survey_id: surveyId, status: "submitted" }).count({ n: "*" }).first();
      expect(Number(invitations?.n)).toBe(done.length);
      // Every submitted response carries all its answers, counted; none is half there.
      const codes = await k("survey_answers").whereIn("response_id", done.map((r) => r.id)).groupBy("response_id").select("response_id").countDistinct({ codes: "question_code" }).min({ counted: "submitted" });
      expect(codes).toHaveLength(done.length);
      for (const c of codes) expect([Number(c.codes), Number(c.counted)]).toEqual([Number(codes[0]!.codes), 1]);
    } finally {
      await k.destroy();
      for (const f of [file, target]) for (const s of ["", "-wal", "-shm"]) fs.rmSync(f + s, { force: true });
    }
  });
});
