// Running it: request logs with an id and nothing personal, graceful shutdown, configuration
// errors that say what to fix, and /readyz.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import { pino } from "pino";
import { getEnv } from "~/utils/env.server";
import { loggablePath, requestLogging } from "~/services/logger.server";
import { loader as readyz } from "~/routes/readyz";
import { closeGracefully } from "../../../cli/server";
import { request } from "../../support/factories";

function listen(app: express.Express) {
  const server = app.listen(0, "127.0.0.1");
  return new Promise<{ server: http.Server; url: string }>((resolve) => server.once("listening", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe("request logs", () => {
  test("one JSON line per request: id, method, path without query or token, status, duration", async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const log = pino({ level: "info" }, sink);
    const app = express();
    app.use(requestLogging(() => log));
    app.all("*", (req, res) => res.status(req.path.startsWith("/s/") ? 200 : 404).send("ok"));
    const { server, url } = await listen(app);
    try {
      const first = await fetch(`${url}/s/Abc123_secretTOKENvalue?lng=nb&email=anna@k.se`, { method: "POST", body: "answer=very personal" });
      const given = await fetch(`${url}/login?redirectTo=%2Fm%2Fx`, { headers: { "X-Request-Id": "lb-1234.abc" } });
      const refused = await fetch(`${url}/x`, { headers: { "X-Request-Id": "bad id with spaces" } });
      expect(given.headers.get("X-Request-Id")).toBe("lb-1234.abc");
      expect(first.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
      expect(refused.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
      await new Promise((r) => setTimeout(r, 50));
      expect(lines.map((l) => [l.method, l.path, l.status])).toEqual([
        ["POST", "/s/:token", 200],
        ["GET", "/login", 404],
        ["GET", "/x", 404],
      ]);
      expect(lines[1]!.requestId).toBe("lb-1234.abc");
      expect(typeof lines[0]!.durationMs).toBe("number");
      const text = JSON.stringify(lines);
      for (const secret of ["secretTOKEN", "anna@k.se", "personal", "redirectTo", "lng="]) expect(text).not.toContain(secret);
    } finally {
      server.close();
    }
  });

  test("paths are logged without query strings and respondent tokens", () => {
    expect(loggablePath("/s/tok-en_123/?lng=sv")).toBe("/s/:token/");
    expect(loggablePath("/password/tok-en_123?_data=routes%2Fpassword.%24token")).toBe("/password/:token");
    expect(loggablePath("/auth/oidc/callback?code=abc&state=def")).toBe("/auth/oidc/callback");
    expect(loggablePath("/m/sjobacka/surveys#x")).toBe("/m/sjobacka/surveys");
  });
});

describe("graceful shutdown", () => {
  test("a request in flight finishes; new connections are refused", async () => {
    const app = express();
    let arrived: () => void = () => {};
    const slowArrived = new Promise<void>((resolve) => (arrived = resolve));
    app.get("/slow", (_req, res) => {
      arrived();
      setTimeout(() => res.send("finished"), 400);
    });
    app.get("/fast", (_req, res) => res.send("fast"));
    const { server, url } = await listen(app);
    await fetch(`${url}/fast`); // leaves an idle kept-alive connection behind
    const slow = fetch(`${url}/slow`).then((r) => r.text());
    await slowArrived; // the request is in flight
    let workerStopped = false;
    const closing = closeGracefully(server, 5000, async () => {
      await new Promise((r) => setTimeout(r, 50));
      workerStopped = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${url}/fast`)).rejects.toThrow();
    expect(await slow).toBe("finished");
    expect(await closing).toBe(0);
    expect(workerStopped).toBe(true);
  });

  test("after the timeout, requests still running are cut and the exit code says so", async () => {
    const app = express();
    let arrived: () => void = () => {};
    const hangArrived = new Promise<void>((resolve) => (arrived = resolve));
    app.get("/hang", () => arrived());
    const { server, url } = await listen(app);
    const hanging = fetch(`${url}/hang`).catch(() => "cut");
    await hangArrived;
    expect(await closeGracefully(server, 200)).toBe(1);
    expect(await hanging).toBe("cut");
  });
});

describe("configuration is checked at start", () => {
  const base = { NODE_ENV: "production", SESSION_SECRET: "a-long-enough-secret-value" } as NodeJS.ProcessEnv;
  const problem = (env: Record<string, string>) => {
    try {
      getEnv({ ...base, ...env });
      return "";
    } catch (error) {
      return (error as Error).message;
    }
  };

  test("good settings pass, and empty lines mean unset", () => {
    expect(problem({ OIDC_ISSUER: "https://login.microsoftonline.com/x/v2.0", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s", APP_URL: "https://vagval.kommun.se", OIDC_ROLE_MAP: "g1=admin, g2=project:sjobacka" })).toBe("");
    expect(problem({ OIDC_ISSUER: "", SMTP_URL: "" })).toBe("");
  });

  test("each mistake is named with what to do", () => {
    expect(problem({ OIDC_ISSUER: "https://idp.kommun.se" })).toContain("OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: required when OIDC_ISSUER is set");
    expect(problem({ PASSWORD_LOGIN: "false" })).toContain("set OIDC_ISSUER too");
    expect(problem({ PASSWORD_LOGIN: "no" })).toContain("PASSWORD_LOGIN must be true or false");
    expect(problem({ SMTP_URL: "mail.kommun.se:25" })).toContain("SMTP_URL must look like smtp://");
    expect(problem({ SMTP_URL: "smtp://mail.kommun.se:25" })).toContain("MAIL_FROM: required when SMTP_URL is set");
    expect(problem({ OIDC_ROLE_MAP: "g1=superuser" })).toContain("OIDC_ROLE_MAP: write \"group=admin\"");
    expect(problem({ APP_URL: "vagval.kommun.se" })).toContain("APP_URL must be an address starting with http:// or https://");
    expect(problem({ SESSION_SECRET: "" })).toContain("SESSION_SECRET: required in production");
  });
});

describe("/readyz", () => {
  test("ready when migrated, not ready while shutting down", async () => {
    const ok = await readyz({ request: request("/readyz"), params: {}, context: { shuttingDown: () => false } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ready: true, pendingMigrations: 0 });
    const draining = await readyz({ request: request("/readyz"), params: {}, context: { shuttingDown: () => true } });
    expect(draining.status).toBe(503);
    expect(await draining.json()).toMatchObject({ ready: false, shuttingDown: true });
  });
});
