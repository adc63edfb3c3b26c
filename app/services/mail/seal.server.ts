// Personal survey tokens are kept for the reminders, sealed with AES-256-GCM under a key
// derived from SESSION_SECRET. With several secrets (rotation) the first seals, all open.
import crypto from "node:crypto";
import { getEnv } from "~/utils/env.server";

const keyFrom = (secret: string) => crypto.createHash("sha256").update(`vagval:mail-token:${secret}`).digest();

const secrets = () =>
  getEnv()
    .SESSION_SECRET.split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export function sealToken(token: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFrom(secrets()[0]!), iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The token, or undefined when no configured secret opens it (the secret was replaced). */
export function openToken(sealed: string): string | undefined {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !body || !tag) return undefined;
  for (const secret of secrets()) {
    try {
      const decipher = crypto.createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      // try the next secret
    }
  }
  return undefined;
}
