// A fresh SQLite database of its own with one installation admin (made with the CLI, as on a
// new machine), and the built app serving it: for browser tests that start from nothing.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { startApp } from "./app-process";
import { sqlitePath, uniqueName } from "./databases";

export async function freshAppWithAdmin(
  prefix: string,
  admin: { email: string; password: string },
  appEnv: (baseUrl: string) => Record<string, string> = () => ({}),
): Promise<{ app: string; stop: () => Promise<void> }> {
  const file = sqlitePath(uniqueName(prefix));
  const env = { ...process.env, DATABASE_URL: `file:${file}`, LOG_LEVEL: "warn" };
  const cli = (args: string[], input?: string) => {
    const run = spawnSync(process.execPath, ["cli/vagval.js", ...args], { env, encoding: "utf8", input });
    if (run.status !== 0) throw new Error(`vagval ${args[0]} ${args[1]} failed: ${run.stderr}`);
  };
  cli(["db", "migrate"]);
  cli(["user", "add", "--email", admin.email, "--role", "admin"], `${admin.password}\n`);
  const server = await startApp(`file:${file}`, (baseUrl) => ({ LOG_LEVEL: "warn", ...appEnv(baseUrl) }));
  return {
    app: server.baseUrl,
    stop: async () => {
      await server.stop();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}
