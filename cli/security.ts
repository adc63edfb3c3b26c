import crypto from "node:crypto";
import type { NextFunction, Request, Response } from "express";

// The policy but for the nonce, put together once: this runs on every request.
const [CSP_BEFORE, CSP_AFTER] = [
  "default-src 'self'",
  "script-src 'self' 'nonce-NONCE'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]
  .join("; ")
  .split("NONCE") as [string, string];

// Security headers for every response, and a per-request nonce for Remix's inline scripts.
export function securityHeaders(req: Request, res: Response, next: NextFunction) {
  const nonce = crypto.randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.setHeader("Content-Security-Policy", CSP_BEFORE + nonce + CSP_AFTER);
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  next();
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** Refuses state-changing requests sent from another site (a second line behind SameSite cookies). */
export function sameOriginPosts(req: Request, res: Response, next: NextFunction) {
  if (SAFE.has(req.method)) return next();
  const origin = req.get("origin");
  const host = req.get("x-forwarded-host") ?? req.get("host");
  if (origin && origin !== "null") {
    try {
      if (new URL(origin).host !== host) return res.status(403).type("text/plain").send("Cross-origin request refused");
    } catch {
      return res.status(403).type("text/plain").send("Cross-origin request refused");
    }
  } else if (req.get("sec-fetch-site") === "cross-site") {
    return res.status(403).type("text/plain").send("Cross-origin request refused");
  }
  next();
}
