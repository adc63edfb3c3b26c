import path from "node:path";
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import express from "express";
import compression from "compression";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { sameOriginPosts, securityHeaders } from "./security";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** Serves the built Remix app (build/ and public/build/ from `remix build`). */
export async function startServer(port: number) {
  const buildFile = path.join(root, "build", "index.js");
  if (!fs.existsSync(buildFile)) throw new Error("The app is not built: run `npm run build` first.");
  const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(securityHeaders);
  app.use(sameOriginPosts);
  app.use(compression());
  app.use("/build", express.static(path.join(root, "public", "build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));
  app.all(
    "*",
    createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext: (req, res) => ({ cspNonce: String(res.locals.cspNonce), clientIp: req.ip ?? "unknown" }) }),
  );
  const server = app.listen(port);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  // Finish requests in flight, then close, when asked to stop.
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  return server;
}
