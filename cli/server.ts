import path from "node:path";
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import express from "express";
import compression from "compression";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import type { Server } from "node:http";
import { getEnv } from "~/utils/env.server";
import { closeDatabase } from "~/db/client.server";
import { logger, requestLogging } from "~/services/logger.server";
import { failInterruptedReportJobs, pruneReportFiles } from "~/services/reports/jobs.server";
import { mailConfigured } from "~/services/mail/transport.server";
import { startMailWorker } from "~/services/mail/worker.server";
import { startRetentionSchedule } from "~/services/surveys/retention.server";
import { sameOriginPosts, securityHeaders } from "./security";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** Serves the built Remix app (build/ and public/build/ from `remix build`). */
export async function startServer(port: number) {
  // Configuration is checked before anything starts: a bad value stops here, saying which.
  const env = getEnv();
  let shuttingDown = false;
  const buildFile = path.join(root, "build", "index.js");
  if (!fs.existsSync(buildFile)) throw new Error("The app is not built: run `npm run build` first.");
  const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(requestLogging());
  app.use(securityHeaders);
  app.use(sameOriginPosts);
  app.use(compression());
  app.use("/build", express.static(path.join(root, "public", "build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));
  const getLoadContext = (req: express.Request, res: express.Response) => ({
    cspNonce: String(res.locals.cspNonce),
    clientIp: req.ip ?? "unknown",
    requestId: String(res.locals.requestId),
    shuttingDown: () => shuttingDown,
  });
  app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext }));
  const interrupted = await failInterruptedReportJobs();
  if (interrupted) logger().warn({ event: "report_jobs_interrupted", count: interrupted }, "report jobs cut off by the last stop marked failed");
  const server = app.listen(port);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const worker = env.MAIL_WORKER === "true" && mailConfigured() ? startMailWorker() : undefined;
  // Raw answers past their assessment's retention date are erased now and then daily.
  startRetentionSchedule((event, detail) => logger().info({ event, ...detail }, event));
  // Report files past their keeping time (VAGVAL_REPORT_KEEP_DAYS) go now and then daily.
  const prune = () =>
    pruneReportFiles()
      .then((r) => (r.expired || r.leftovers ? logger().info({ event: "report_files_pruned", ...r }, "old report files removed") : undefined))
      .catch((e: unknown) => logger().warn({ event: "report_prune_failed", message: e instanceof Error ? e.message : String(e) }, "report files not pruned"));
  void prune();
  setInterval(prune, 86_400_000).unref();
  logger().info({ event: "started", port, mailWorker: Boolean(worker) }, "listening");
  // Finish requests in flight and the mail in hand, then close, when asked to stop.
  const stop = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger().info({ event: "shutdown", signal }, "shutting down");
    const code = await closeGracefully(server, env.SHUTDOWN_TIMEOUT_MS, () => worker?.stop());
    await closeDatabase();
    process.exit(code);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
  return server;
}

/**
 * Stops taking new connections and waits for requests in flight (and `alsoStop`) to finish;
 * after `timeoutMs` the remaining connections are cut. Resolves 0 if all finished in time.
 */
export async function closeGracefully(server: Server, timeoutMs: number, alsoStop?: () => unknown): Promise<0 | 1> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Kept-alive connections between requests would hold close() open: drop them as they idle.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<1>((resolve) => {
    timer = setTimeout(() => {
      server.closeAllConnections();
      resolve(1);
    }, timeoutMs);
  });
  const finished = Promise.all([closed, Promise.resolve(alsoStop?.())]).then(() => 0 as const);
  const code = await Promise.race([finished, timedOut]);
  clearInterval(idle);
  clearTimeout(timer);
  if (code === 1) logger().warn({ event: "shutdown_timeout", timeoutMs }, "requests still running were cut");
  return code;
}
