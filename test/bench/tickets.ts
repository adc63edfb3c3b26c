// Ticket import benchmark (issue 5): a 1,000,000-row export measured against two floors in
// the same run — (a) papaparse alone on the file, (b) raw prepared-statement inserts of the
// same rows into the same schema with better-sqlite3 in one transaction — and (c) the real
// import service into a fresh SQLite file, in a child process so its peak memory is its own.
// Then `ticketStats` over the million rows (p50 of 20 runs). Prints figures; asserts nothing.
//   node --import tsx test/bench/tickets.ts [rows]
import { spawnSync } from "node:child_process";
import { createReadStream, mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import knex from "knex";
import Papa from "papaparse";
import { migrationSource } from "../../migrations/index";
import { TICKET_COLUMNS } from "~/db/tickets.server";
import { benchRows, writeBenchCsv } from "./tickets-data";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const dir = join(process.cwd(), "test/.tmp/bench");
mkdirSync(dir, { recursive: true });
const csv = join(dir, `tickets-${ROWS}.csv`);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

console.log(`Generating ${fmt(ROWS)} rows …`);
await writeBenchCsv(csv, ROWS);
console.log(`  ${csv} (${mb(statSync(csv).size)})`);

// (a) papaparse alone: the file streamed through Papa.parse, rows counted.
async function papaAlone(): Promise<number> {
  const t0 = performance.now();
  let n = 0;
  await new Promise<void>((resolve, reject) => {
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: ";", newline: "\n" });
    parser.on("data", () => n++);
    parser.on("end", () => resolve());
    parser.on("error", reject);
    createReadStream(csv, { encoding: "utf8", highWaterMark: 64 * 1024 }).pipe(parser);
  });
  if (n !== ROWS + 1) throw new Error(`papaparse read ${n} records`);
  return performance.now() - t0;
}

async function freshSchema(file: string) {
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  const k = knex({ client: "better-sqlite3", connection: { filename: file }, useNullAsDefault: true });
  await k.migrate.latest({ migrationSource });
  await k("municipalities").insert({ slug: "bench", name: "Bench", country: "SE" });
  await k.destroy();
}

// (b) raw inserts: one prepared single-row INSERT into the migrated tickets table (same
// indexes), one transaction; the row values are made outside the timed part.
async function rawInserts(): Promise<number> {
  const file = join(dir, "raw.sqlite");
  await freshSchema(file);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const insert = db.prepare(`insert into tickets (${TICKET_COLUMNS.join(",")}) values (${TICKET_COLUMNS.map(() => "?").join(",")})`);
  let timed = 0;
  db.exec("begin");
  let batch: unknown[][] = [];
  const flush = () => {
    const t0 = performance.now();
    for (const v of batch) insert.run(v);
    timed += performance.now() - t0;
    batch = [];
  };
  for (const r of benchRows(ROWS)) {
    const hours = (Date.parse(r.closedIso) - Date.parse(r.openedIso)) / 3_600_000;
    batch.push([1, null, r.id, r.openedIso, r.closedIso, null, r.day, "phone", r.category, null, r.system, r.area, r.department, null, null, null, "fault", 2, "fault", "fault", r.minutes, hours, null, r.reassignments, null, r.text]);
    if (batch.length === 10_000) flush();
  }
  flush();
  const t0 = performance.now();
  db.exec("commit");
  timed += performance.now() - t0;
  db.close();
  return timed;
}

console.log("(a) papaparse alone …");
const aMs = await papaAlone();
console.log("(b) raw prepared inserts …");
const bMs = await rawInserts();
console.log("(c) import service (child process) …");
const child = spawnSync(process.execPath, ["--import", "tsx", "test/bench/tickets-import-child.ts", join(dir, "import.sqlite"), csv], { encoding: "utf8", maxBuffer: 1 << 24 });
if (child.status !== 0) throw new Error(child.stderr);
const c = JSON.parse(child.stdout.trim().split("\n").pop()!) as { status: string; imported: number; importMs: number; importMaxRss: number; sampledRss: number; statsP50: number; statsPeriodP50: number; total: number };
if (c.status !== "done" || c.imported !== ROWS || c.total !== ROWS) throw new Error(`import ended ${c.status} with ${c.imported} rows`);

const rate = (ms: number) => ROWS / (ms / 1000);
const floorMs = Math.max(aMs, bMs);
console.log("");
console.log(`rows                       ${fmt(ROWS)}`);
console.log(`(a) papaparse alone        ${fmt(rate(aMs))} rows/s  (${(aMs / 1000).toFixed(1)} s)`);
console.log(`(b) raw prepared inserts   ${fmt(rate(bMs))} rows/s  (${(bMs / 1000).toFixed(1)} s)`);
console.log(`(c) import service         ${fmt(rate(c.importMs))} rows/s  (${(c.importMs / 1000).toFixed(1)} s)`);
console.log(`ratio import / papaparse   ${(rate(c.importMs) / rate(aMs)).toFixed(2)}`);
console.log(`ratio import / raw inserts ${(rate(c.importMs) / rate(bMs)).toFixed(2)}`);
console.log(`ratio import / floor       ${(aMs + 0 > 0 ? floorMs / c.importMs : 0).toFixed(2)}  (floor = the slower of a and b; target ≥ 0.40)`);
console.log(`peak RSS of the import     ${mb(c.importMaxRss)} (sampled ${mb(c.sampledRss)}; target < 300 MB)`);
console.log(`ticketStats p50 (20 runs)  ${c.statsP50.toFixed(1)} ms over ${fmt(c.total)} tickets (target < 150 ms)`);
console.log(`  with a one-year period   ${c.statsPeriodP50.toFixed(1)} ms`);
