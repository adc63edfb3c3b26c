// Benchmark: 300 respondents submitting at once, and aggregating 100,000 responses.
// Run: node --import tsx test/bench/surveys.ts   (prints figures; asserts nothing)
// Uses a temporary SQLite file unless BENCH_DATABASE_URL=postgres://… is given.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { closeDatabase, useDatabase } from "~/db/client.server";
import { migrate } from "~/db/maintenance.server";
import { addMunicipality } from "~/db/municipalities.server";
import { createAssessment } from "~/db/assessments.server";
import { createInvitations } from "~/services/surveys/invitations.server";
import { saveSection, startResponse, type SaveIntent } from "~/services/surveys/respond.server";
import { surveyResults } from "~/services/surveys/results.server";
import { storeSubmittedResponses } from "~/services/surveys/store.server";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { demoPrestudyResponses } from "../../seeds/demo/survey-responses";

const file = path.join(os.tmpdir(), `vagval-bench-surveys-${process.pid}.sqlite`);
await useDatabase(process.env.BENCH_DATABASE_URL ?? `file:${file}`);
await migrate();

const municipalityId = await addMunicipality({ slug: `bench-${process.pid}-${Date.now().toString(36)}`, name: "Bench", country: "SE" });
await createAssessment({ municipalityId, name: "Bench" });

async function published(): Promise<number> {
  const surveyId = await createSurvey({ municipalityId, templateKey: "prestudy-2019", locale: "sv" });
  await publishSurvey({ municipalityId, surveyId });
  return surveyId;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

// 1. 300 respondents, all at once, each through the four pages the respondent action saves.
const PAGES: Array<[string, Record<string, string | string[]>, SaveIntent]> = [
  ["systems", { area: ["school", "hr"], channels: ["phone", "email"], tickets_per_day: "12" }, "next"],
  ["permissions", { permission_required: "yes", permission_kind: "Rollbaserad" }, "next"],
  ["shared_support", { sees_advantages: "both", "advantages.0": "Högre effektivitet", "disadvantages.0": "Längre svarstider" }, "next"],
  ["service_level", { service_level_kept: "no" }, "finish"],
];
const concurrentSurvey = await published();
const links = await createInvitations({ municipalityId, surveyId: concurrentSurvey, count: 300 });
const durations: number[] = [];
const calls: number[] = [];
let submitted = 0;
const started = performance.now();
await Promise.all(
  links.map(async (link) => {
    const token = link.slice("/s/".length);
    const t0 = performance.now();
    await startResponse(token, "sv");
    for (const [section, raw, intent] of PAGES) {
      const c0 = performance.now();
      const r = await saveSection({ token, section, raw, intent, locale: "sv" });
      calls.push(performance.now() - c0);
      if (r.kind === "submitted") submitted++;
    }
    durations.push(performance.now() - t0);
  }),
);
const wall = (performance.now() - started) / 1000;
durations.sort((a, b) => a - b);
calls.sort((a, b) => a - b);
console.log(`300 concurrent respondents (start + 4 pages each): ${submitted} submitted in ${wall.toFixed(2)} s`);
console.log(`  throughput ${(submitted / wall).toFixed(1)} responses/s, ${((submitted * 5) / wall).toFixed(1)} requests/s`);
console.log(`  per saveSection call (queued behind the others) p50 ${ms(percentile(calls, 0.5))}, p99 ${ms(percentile(calls, 0.99))}`);
console.log(`  per respondent, all five steps, p50 ${ms(percentile(durations, 0.5))}, p99 ${ms(percentile(durations, 0.99))}`);

// 2. 100,000 responses inserted in one transaction, then aggregated.
const bigSurvey = await published();
const demo = demoPrestudyResponses();
const rows = Array.from({ length: 100_000 }, (_, i) => ({ externalId: null, answers: demo[i % demo.length]! }));
const insertStart = performance.now();
await storeSubmittedResponses({ municipalityId, surveyId: bigSurvey, locale: "sv", rows });
console.log(`inserted 100,000 responses in ${((performance.now() - insertStart) / 1000).toFixed(1)} s`);
for (const run of [1, 2]) {
  const t0 = performance.now();
  const r = await surveyResults({ municipalityId, surveyId: bigSurvey, locale: "sv" });
  console.log(`surveyResults over ${r?.responses} responses (run ${run}): ${ms(performance.now() - t0)}`);
}

await closeDatabase();
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
