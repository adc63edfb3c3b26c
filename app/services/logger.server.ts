// Structured JSON logs (one object per line, for journald or any log shipper). What is logged is
// chosen field by field: never an e-mail address, a name, a survey token or an answer.
import crypto from "node:crypto";
import { pino, type Logger } from "pino";
import type { NextFunction, Request, Response } from "express";

let instance: Logger | undefined;

function level(): string {
  const configured = process.env.LOG_LEVEL;
  if (configured) return configured;
  return process.env.NODE_ENV === "test" ? "silent" : "info";
}

export function logger(): Logger {
  instance ??= pino({ level: level(), base: { app: "vagval" }, timestamp: pino.stdTimeFunctions.isoTime });
  return instance;
}

/**
 * The path as it may be logged: no query string (it can carry codes and states), and the
 * personal part of a respondent link or a set-password link replaced, since the token is the key.
 */
export function loggablePath(url: string): string {
  const path = url.split("?")[0]!.split("#")[0]!;
  return path.replace(/^\/s\/[^/]+/, "/s/:token").replace(/^\/password\/[^/]+/, "/password/:token");
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** A caller's X-Request-Id is kept when it looks like an id; otherwise one is made. */
export function requestIdFrom(header: string | undefined): string {
  return header && REQUEST_ID.test(header) ? header : crypto.randomUUID();
}

/** Express middleware: X-Request-Id in and out, and one log line per finished request. */
export function requestLogging(log: () => Logger = logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const id = requestIdFrom(req.get("x-request-id"));
    res.locals.requestId = id;
    res.setHeader("X-Request-Id", id);
    res.on("finish", () => {
      const status = res.statusCode;
      const target = log();
      // Nothing is put together for a line the level leaves out (LOG_LEVEL=warn under load).
      if (!target.isLevelEnabled(status >= 500 ? "error" : "info")) return;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const line = { requestId: id, method: req.method, path: loggablePath(req.originalUrl), status, durationMs: Math.round(durationMs * 10) / 10 };
      if (status >= 500) target.error(line, "request");
      else target.info(line, "request");
    });
    next();
  };
}
