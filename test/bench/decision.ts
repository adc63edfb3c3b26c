// Benchmark: recommendFor on the demo municipality (surveys, tickets, interviews, systems),
// 10 000 draws — evidence gathering from the database plus the whole model. Target: p50 < 300 ms.
// Run: node --import tsx test/bench/decision.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { closeDatabase, useDatabase } from "~/db/client.server";
import { migrate } from "~/db/maintenance.server";
import { getMunicipality } from "~/db/municipalities.server";
import { seedDemo } from "~/services/demo.server";
import { recommendFor } from "~/services/decision/recommend.server";

const RUNS = 20;
const TARGET_MS = 300;

const file = path.join(os.tmpdir(), `vagval-bench-decision-${process.pid}.sqlite`);
await useDatabase(`file:${file}`);
try {
  await migrate();
  await seedDemo();
  const m = await getMunicipality({ slug: "sjobacka" });
  if (!m) throw new Error("demo municipality missing");
  await recommendFor({ municipalityId: m.id }); // warm-up: JIT and the database's caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = await recommendFor({ municipalityId: m.id, draws: 10_000, seed: i + 1 });
    times.push(performance.now() - start);
    if (r.simulation.draws !== 10_000) throw new Error("wrong number of draws");
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(RUNS / 2)]!;
  const p90 = times[Math.floor(RUNS * 0.9)]!;
  const verdict = p50 < TARGET_MS ? "ok" : "SLOW";
  process.stdout.write(`recommendFor (demo, 10 000 draws, ${RUNS} runs): p50 ${p50.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, target < ${TARGET_MS} ms: ${verdict}\n`);
  if (p50 >= TARGET_MS) process.exitCode = 1;
} finally {
  await closeDatabase();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}
