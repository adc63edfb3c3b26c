#!/usr/bin/env node
// `npm run bench`: runs each benchmark (or those named: npm run bench -- tickets decision)
// and prints its figures. Targets are printed beside the figures; nothing here asserts time.
import { spawnSync } from "node:child_process";

const ALL = ["decision", "surveys", "tickets", "dashboard", "report", "load"];
const chosen = process.argv.slice(2).filter((a) => ALL.includes(a));
let failed = 0;
for (const name of chosen.length ? chosen : ALL) {
  process.stdout.write(`\n=== bench: ${name} ===\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", `test/bench/${name}.ts`], { stdio: "inherit" });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
