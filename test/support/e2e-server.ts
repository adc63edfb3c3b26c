// Starts the built app on a free port with a fresh demo database for the browser suite.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { sqlitePath, uniqueName } from "./databases";
import { CHROMIUM } from "./browser";
import { freePort } from "./app-process";

declare module "vitest" {
  export interface ProvidedContext {
    e2e: { baseUrl: string; skip: string | null };
  }
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited early:\n${log()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app did not become healthy:\n${log()}`);
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM)) {
    if (process.env.CI) throw new Error(`Chromium is required under CI but ${CHROMIUM} is missing (apt-get install chromium).`);
    project.provide("e2e", { baseUrl: "", skip: `no Chromium at ${CHROMIUM}: browser tests skipped (apt-get install chromium)` });
    return;
  }
  if (!fs.existsSync("build/index.js")) {
    const built = spawnSync("npx", ["remix", "build"], { stdio: "inherit" });
    if (built.status !== 0) throw new Error("remix build failed");
  }
  const file = sqlitePath(uniqueName("e2e"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${file}`, NODE_ENV: "production", SESSION_SECRET: "e2e-secret-e2e-secret-e2e", SECURE_COOKIES: "false" };
  const seeded = spawnSync(process.execPath, ["cli/vagval.js", "db", "seed", "--demo"], { env, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`Seeding the demo failed:\n${seeded.stderr}`);
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["cli/vagval.js", "serve", "--port", String(port)], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (d) => (output += String(d)));
  child.stderr?.on("data", (d) => (output += String(d)));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  project.provide("e2e", { baseUrl, skip: null });
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  };
}
