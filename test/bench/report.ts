// Benchmark: a full PDF report for the demo municipality (sjobacka: 80 survey answers, 15 000
// tickets, coded interviews), gathered, built and drawn. p50 of 5 runs after one warm-up.
// Target: p50 < 3 s. Run: node --import tsx test/bench/report.ts
// BENCH_DB=/path/file.sqlite reuses a seeded demo database instead of seeding a new one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { closeDatabase, useDatabase } from "~/db/client.server";
import { isEmpty, migrate } from "~/db/maintenance.server";
import { getMunicipality } from "~/db/municipalities.server";
import { seedDemo } from "~/services/demo.server";
import { createReportPdf } from "~/services/reports/report.server";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 3000;
const keep = process.env.BENCH_DB;
const file = keep ?? path.join(os.tmpdir(), `vagval-bench-report-${process.pid}.sqlite`);
await useDatabase(`file:${file}`);
const log = (s: string) => process.stderr.write(`${s}\n`);
try {
  await migrate();
  if (await isEmpty()) {
    log("seeding the demo region …");
    await seedDemo();
  }
  const municipality = await getMunicipality({ slug: "sjobacka" });
  if (!municipality) throw new Error("no demo municipality sjobacka");
  await createReportPdf({ municipality, locale: "sv" }); // warm-up: fonts, Chart.js, i18next
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const { pdf } = await createReportPdf({ municipality, locale: i % 2 ? "nb" : "sv" });
    times.push(performance.now() - start);
    pages = (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor((times.length - 1) / 2)]!;
  const verdict = p50 < TARGET_MS ? "OK" : "SLOWER THAN TARGET";
  process.stdout.write(`report pdf (sjobacka, ${pages} pages): p50 ${Math.round(p50)} ms over ${RUNS} runs (min ${Math.round(times[0]!)}, max ${Math.round(times.at(-1)!)}); target < ${TARGET_MS} ms: ${verdict}\n`);
} finally {
  await closeDatabase();
  if (!keep) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}
