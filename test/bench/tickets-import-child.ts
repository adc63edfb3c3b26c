// Child process of the ticket benchmark: imports the CSV with the real service into a fresh
// SQLite file and times `ticketStats`, reporting its own peak memory (max RSS) as JSON.
import { rmSync } from "node:fs";
import { closeDatabase, useDatabase } from "~/db/client.server";
import { migrate } from "~/db/maintenance.server";
import { addMunicipality } from "~/db/municipalities.server";
import { importTickets } from "~/services/tickets/import.server";
import { ticketStats } from "~/services/tickets/stats.server";

const [dbFile, csv] = process.argv.slice(2) as [string, string];
for (const s of ["", "-wal", "-shm"]) rmSync(dbFile + s, { force: true });
await useDatabase(`file:${dbFile}`);
await migrate();
const municipalityId = await addMunicipality({ slug: "bench", name: "Bench", country: "SE" });

let sampled = 0;
const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 50);
const t0 = performance.now();
const result = await importTickets({ municipalityId, path: csv, mode: "all_or_nothing", fileName: "bench.csv" });
const importMs = performance.now() - t0;
clearInterval(sampler);
const importMaxRss = process.resourceUsage().maxRSS * 1024;

const times: number[] = [];
let stats = await ticketStats({ municipalityId }); // warm-up
for (let i = 0; i < 20; i++) {
  const s = performance.now();
  stats = await ticketStats({ municipalityId });
  times.push(performance.now() - s);
}
const period: number[] = [];
for (let i = 0; i < 20; i++) {
  const s = performance.now();
  await ticketStats({ municipalityId, from: "2024-01-01", to: "2024-12-31" });
  period.push(performance.now() - s);
}
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
process.stdout.write(
  `${JSON.stringify({ status: result.status, imported: result.imported, importMs, importMaxRss, sampledRss: sampled, statsP50: p50(times), statsPeriodP50: p50(period), total: stats.total })}\n`,
);
await closeDatabase();
