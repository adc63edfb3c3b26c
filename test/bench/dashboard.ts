// Benchmark: the dashboard's data (loadDashboard: survey, tickets, interviews, filter options)
// over 1 000 000 tickets and 100 000 survey responses, unfiltered, with one survey answer, with
// two answers combined, with a business area (which narrows tickets and survey alike), and
// with a system or a department (tickets only; the largest of each).
// Targets: p50 < 150 ms unfiltered, < 300 ms filtered; the run exits non-zero when a p50 misses
// its target. Run: node --import tsx test/bench/dashboard.ts [tickets] [responses]
// BENCH_DB=/path/file.sqlite keeps the database (and reuses it when it is already filled);
// BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL (an empty database, or one this bench filled).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { closeDatabase, db, useDatabase } from "~/db/client.server";
import { migrate } from "~/db/maintenance.server";
import { addMunicipality, getMunicipality } from "~/db/municipalities.server";
import { createAssessment } from "~/db/assessments.server";
import { upsertTickets, type TicketRow } from "~/db/tickets.server";
import { applyRollupDelta } from "~/db/tickets-rollup.server";
import { createImport } from "~/db/tickets-imports.server";
import { RollupDelta, type RollupTicket } from "~/domain/tickets/rollup";
import { parseFilter } from "~/domain/charts/filters";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { storeSubmittedResponses } from "~/services/surveys/store.server";
import { toRow } from "~/services/tickets/import.server";
import { dashboardPage, loadDashboard } from "~/services/dashboard/dashboard.server";
import { DEMO_AREAS, DEMO_SYSTEMS, generateDemoTickets } from "../../seeds/demo/tickets";
import { demoPrestudyResponses } from "../../seeds/demo/survey-responses";
import { DEPARTMENTS } from "./tickets-data";

const TICKETS = Number(process.argv[2] ?? 1_000_000);
const RESPONSES = Number(process.argv[3] ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TARGET_MS = { unfiltered: 150, filtered: 300 };

const pg = process.env.BENCH_DATABASE_URL;
const keep = pg ?? process.env.BENCH_DB;
const file = keep ?? path.join(os.tmpdir(), `vagval-bench-dashboard-${process.pid}.sqlite`);
await useDatabase(pg ?? `file:${file}`);
const log = (s: string) => process.stderr.write(`${s}\n`);
try {
  await migrate();
  const municipalityId = (await getMunicipality({ slug: "bench" }))?.id ?? (await seed());

  const t = (key: string) => key;
  const cases = [
    ["unfiltered", ""],
    ["survey filter area=school", "answer=area:school"],
    ["survey filters area=school + permission_required=yes", "answer=area:school&answer=permission_required:yes"],
    ["business area filter area=school (tickets and survey)", "area=school"],
    ["system filter system=Elevakten (tickets)", "system=Elevakten"],
    [`department filter department=${DEPARTMENTS.school} (tickets)`, `department=${encodeURIComponent(DEPARTMENTS.school)}`],
  ] as const;
  for (const [name, query] of cases) {
    const filter = parseFilter(new URLSearchParams(query));
    await loadDashboard({ municipalityId, locale: "sv", t, filter }); // warm-up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const d = await loadDashboard({ municipalityId, locale: "sv", t, filter });
      times.push(performance.now() - start);
      if (!d.tickets || !d.survey) throw new Error("dashboard without data");
    }
    times.sort((a, b) => a - b);
    // What the page's loader sends to the browser for this view (the free texts weigh most).
    const json = Buffer.byteLength(JSON.stringify(dashboardPage(await loadDashboard({ municipalityId, locale: "sv", t, filter }))));
    const p50 = times[Math.floor(RUNS / 2)]!;
    const target = query ? TARGET_MS.filtered : TARGET_MS.unfiltered;
    const verdict = p50 < target ? "ok" : "SLOW";
    process.stdout.write(`loadDashboard ${name} (${TICKETS} tickets, ${RESPONSES} responses, ${RUNS} runs): p50 ${p50.toFixed(1)} ms, p90 ${times[Math.floor(RUNS * 0.9)]!.toFixed(1)} ms, target < ${target} ms: ${verdict}; loader JSON ${(json / 1e6).toFixed(2)} MB\n`);
    if (p50 >= target) process.exitCode = 1;
  }
} finally {
  await closeDatabase();
  if (!keep) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

async function seed(): Promise<number> {
  const municipalityId = await addMunicipality({ slug: "bench", name: "Bench", country: "SE" });
  await createAssessment({ municipalityId, name: "Bench" });
  let t0 = performance.now();
  await seedTickets(municipalityId);
  log(`${TICKETS} tickets in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  await seedResponses(municipalityId);
  log(`${RESPONSES} responses in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // What autovacuum does after a bulk load, done now so the bench measures the steady state:
  // without statistics PostgreSQL plans for one row, and the count tables kept by statement
  // triggers carry one dead row version a seeded batch (some servers run with autovacuum off).
  if (pg) await db().raw("vacuum analyze");
  return municipalityId;
}

/** The demo generator scaled up: two years of weekday volume that adds up to about TICKETS. */
async function seedTickets(municipalityId: number) {
  const importId = await createImport({ municipalityId, fileName: "bench.csv", mode: "all_or_nothing" });
  const delta = new RollupDelta();
  let batch: TicketRow[] = [];
  let n = 0;
  const flush = async () => {
    await db().transaction((trx) => upsertTickets({ rows: batch }, trx));
    batch = [];
  };
  const tickets = generateDemoTickets({ seed: 11, from: "2024-01-01", days: 730, areas: DEMO_AREAS, systems: DEMO_SYSTEMS, dailyMean: TICKETS / 560 });
  for (const t of tickets) {
    if (n >= TICKETS) break;
    // The demo tickets have no department: each gets its area's administration.
    const department = t.area ? DEPARTMENTS[t.area as keyof typeof DEPARTMENTS] : undefined;
    const row = toRow(municipalityId, importId, { ...t, department, externalId: `B${n}`, lineNumber: 0 }, []);
    delta.add(row as unknown as RollupTicket);
    batch.push(row);
    if (++n % 5000 === 0) await flush();
  }
  if (batch.length) await flush();
  await applyRollupDelta({ municipalityId, delta });
}

async function seedResponses(municipalityId: number) {
  const surveyId = await createSurvey({ municipalityId, templateKey: "prestudy-2019", locale: "sv" });
  await publishSurvey({ municipalityId, surveyId });
  const base = demoPrestudyResponses();
  const rows = Array.from({ length: RESPONSES }, (_, i) => ({ externalId: null, answers: base[i % base.length]! }));
  for (let i = 0; i < rows.length; i += 10_000) await storeSubmittedResponses({ municipalityId, surveyId, locale: "sv", rows: rows.slice(i, i + 10_000) });
}
