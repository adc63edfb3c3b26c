// Load benchmark (issue "Hardening"): 300 respondents at a time, each on a personal link,
// submit the survey to `vagval serve` on loopback for 60 s — on SQLite, and on PostgreSQL when
// one answers at postgres://postgres@127.0.0.1:5432/postgres. Prints requests/s, p50 and p99
// latency and the ratio to the target (p99 < 250 ms), and checks that every accepted
// submission is stored exactly once. Timings are printed, never asserted.
//
// Two runs per database. "Respondents": each of the 300 posts a page every 3 s on average
// (people take half a minute or more per page, so this is ten times faster than a real
// survey's busiest hour) — the run the target is about. "Flat out": every connection posts its
// next page as soon as the last one is answered; latency then only measures the queue
// (connections ÷ throughput), so it is printed as the server's ceiling in requests/s.
//   node --import tsx test/bench/load.ts [seconds] [connections] [page every N seconds]
import fs from "node:fs";
import path from "node:path";
import knex from "knex";
import { closeDatabase, useDatabase } from "~/db/client.server";
import { migrate } from "~/db/maintenance.server";
import { startApp } from "../support/app-process";
import { checkStored, ms, prepareRespondents, submitUnderLoad } from "../support/load";

const SECONDS = Number(process.argv[2] ?? 60);
const CONNECTIONS = Number(process.argv[3] ?? 300);
const PAGE_EVERY_SECONDS = Number(process.argv[4] ?? 3);
const FLAT_OUT_SECONDS = Math.min(SECONDS, 20);
const TARGET_P99 = 250;
const PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres";

async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = knex({ client: "pg", connection: PG_ADMIN, pool: { min: 0, max: 1 }, acquireConnectionTimeout: 3000 });
  const name = `vagval_load_${Date.now().toString(36)}`;
  try {
    await admin.raw(`CREATE DATABASE "${name}"`);
  } catch {
    await admin.destroy();
    return null;
  }
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

async function measure(label: string, url: string) {
  await useDatabase(url);
  await migrate();
  // Enough links that no connection runs out before the time is up.
  const survey = await prepareRespondents(Math.max(5000, CONNECTIONS * SECONDS * 2));
  let tokens = survey.tokens;
  for (const paced of [true, false]) {
    const seconds = paced ? SECONDS : FLAT_OUT_SECONDS;
    console.log(`\n--- ${label}: ${paced ? `respondents (a page every ${PAGE_EVERY_SECONDS} s each)` : "flat out"} ---`);
    const app = await startApp(url, { LOG_LEVEL: "warn", SHUTDOWN_TIMEOUT_MS: "60000" });
    try {
      const cpuBefore = app.cpuMs();
      const run = await submitUnderLoad({ baseUrl: app.baseUrl, tokens, connections: CONNECTIONS, seconds, pageEverySeconds: paced ? PAGE_EVERY_SECONDS : undefined });
      const cpu = app.cpuMs() - cpuBefore;
      tokens = tokens.slice(tokens.length - run.tokensLeft); // the next run starts on unused links
      // A graceful stop lets requests still in flight finish, so the counts below are final.
      await app.stop();
      const stored = await checkStored(survey, run.accepted);
      const ok = stored.lost === 0 && stored.duplicateResponses === 0 && stored.incomplete === 0 && stored.submittedResponses === stored.submittedInvitations;
      console.log(`connections                ${CONNECTIONS}, ${seconds} s`);
      console.log(`requests                   ${run.requests} (${run.requestsPerSecond.toFixed(0)} requests/s)`);
      console.log(`submissions accepted       ${run.accepted.length} (${(run.accepted.length / seconds).toFixed(1)}/s; 5 requests each)`);
      console.log(`server CPU                 ${(cpu / 1000).toFixed(1)} s, ${(cpu / Math.max(1, run.requests)).toFixed(2)} ms a request`);
      console.log(`latency p50 / p99          ${ms(run.p50)} / ${ms(run.p99)}`);
      if (paced) console.log(`p99 / target               ${(run.p99 / TARGET_P99).toFixed(2)}  (target p99 < ${TARGET_P99} ms)`);
      console.log(`status codes               ${JSON.stringify(run.statusCounts)}; errors ${run.errors}, timeouts ${run.timeouts}`);
      console.log(`stored                     ${ok ? "every accepted submission once, whole" : "WRONG"} ${JSON.stringify(stored)}`);
      if (run.tokensLeft === 0) console.log("(the run ran out of links and ended early)");
      if (!ok || run.serverErrors > 0) process.exitCode = 1;
    } finally {
      await app.stop();
    }
  }
  await closeDatabase();
}

const dir = path.join(process.cwd(), "test/.tmp/bench");
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, "load.sqlite");
for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
await measure("SQLite", `file:${file}`);
const pg = await postgresDatabase();
if (pg) {
  try {
    await measure("PostgreSQL", pg.url);
  } finally {
    await pg.drop();
  }
} else console.log(`\n(PostgreSQL not reachable at ${PG_ADMIN}: skipped)`);
