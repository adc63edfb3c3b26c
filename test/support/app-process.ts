// The built app as its own process (`vagval serve`), on a free loopback port, for the fault
// and load tests that must kill, restart or load a real server.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Builds the app if there is no build yet, under the lock the browser suite uses for build/. */
export function ensureBuilt() {
  if (fs.existsSync("build/index.js")) return;
  const built = spawnSync("flock", ["/tmp/vagval-e2e.lock", "sh", "-c", "test -f build/index.js || npx remix build"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("remix build failed");
}

export interface AppProcess {
  baseUrl: string;
  child: ChildProcess;
  /** The last 64 kB the server wrote (logs), for failure messages. */
  output: () => string;
  /** CPU time (user + system, ms) the server process has used so far (Linux /proc; NaN elsewhere). */
  cpuMs: () => number;
  stop: () => Promise<void>;
}

/** `env` may depend on the address the app will have (APP_URL, say). */
export async function startApp(databaseUrl: string, env: Record<string, string> | ((baseUrl: string) => Record<string, string>) = {}): Promise<AppProcess> {
  ensureBuilt();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const extra = typeof env === "function" ? env(baseUrl) : env;
  let output = "";
  const keep = (d: Buffer) => (output = (output + String(d)).slice(-65_536));
  // VAGVAL_CPU_PROF=dir writes a V8 CPU profile of the server there when it stops (for profiling the load bench).
  const profile = process.env.VAGVAL_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.VAGVAL_CPU_PROF] : [];
  const child = spawn(process.execPath, [...profile, "cli/vagval.js", "serve", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", SESSION_SECRET: "fault-and-load-secret-value", SECURE_COOKIES: "false", LANG: "en_GB.UTF-8", ...extra },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The app did not become healthy:\n${output}`);
    // `serve` says where it listens once start-up (migrations, recovery) is done. /healthz is
    // not the gate: a shared build/ older than the migrations in the tree reports 503 there.
    if (output.includes(`localhost:${port}`)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  };
  const cpuMs = () => processCpuMs(child.pid);
  return { baseUrl, child, output: () => output, cpuMs, stop };
}

/** utime + stime of a process from /proc/PID/stat, in ms (clock ticks are 100 per second on Linux). */
function processCpuMs(pid: number | undefined): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}
