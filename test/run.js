#!/usr/bin/env node
// The whole test suite: type check, unit, integration (on SQLite, or on PostgreSQL with
// --postgres), the app build, and the browser suite. Prints one closing line:
// "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const args = new Set(process.argv.slice(2));
const postgres = args.has("--postgres");
const only = [...args].find((a) => a.startsWith("--only="))?.slice("--only=".length);
fs.mkdirSync("test/.tmp", { recursive: true });

const env = { ...process.env };
if (postgres) env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";

let passed = 0;
let failed = 0;
let broken = false;

function run(label, cmd, cmdArgs) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(cmd, cmdArgs, { stdio: "inherit", env });
  if (result.status !== 0) broken = true;
  return result.status === 0;
}

function vitest(project) {
  const report = `test/.tmp/report-${project}${postgres ? "-pg" : ""}.json`;
  fs.rmSync(report, { force: true });
  run(`${project} tests${postgres ? " on PostgreSQL" : ""}`, "npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${report}`]);
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  } else {
    failed += 1;
  }
}

const wants = (step) => !only || only.split(",").includes(step);

if (wants("typecheck") && !postgres) run("type check", "npx", ["tsc", "--noEmit", "-p", "."]);
if (wants("unit") && !postgres) vitest("unit");
if (wants("integration")) vitest("integration");
if (wants("e2e") && !postgres) {
  if (run("build", "npx", ["remix", "build"])) vitest("e2e");
}

process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
process.exit(broken || failed > 0 ? 1 : 0);
