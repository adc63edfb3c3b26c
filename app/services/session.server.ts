import crypto from "node:crypto";
import { createCookie, createSessionStorage } from "@remix-run/node";
import { getEnv } from "~/utils/env.server";
import { deleteSession, insertSession, readSession, updateSession } from "~/db/sessions.server";

const SESSION_DAYS = 14;

function secureCookies() {
  const env = getEnv();
  return env.SECURE_COOKIES ? env.SECURE_COOKIES === "true" : env.NODE_ENV === "production";
}

const cookie = () =>
  createCookie("vagval_session", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    // Several secrets (comma-separated) allow rotation: the first signs, all verify.
    secrets: getEnv().SESSION_SECRET.split(",").map((s) => s.trim()),
    maxAge: SESSION_DAYS * 24 * 3600,
  });

type SessionData = { userId?: number };

const userIdOf = (data: Partial<SessionData>) => (typeof data.userId === "number" ? data.userId : null);

let storage: ReturnType<typeof createSessionStorage<SessionData>> | undefined;

export function sessionStorage() {
  storage ??= createSessionStorage<SessionData>({
    cookie: cookie(),
    async createData(data, expires) {
      const id = crypto.randomBytes(32).toString("base64url");
      await insertSession({ id, userId: userIdOf(data), data: JSON.stringify(data), expiresAt: expires ?? null });
      return id;
    },
    async readData(id) {
      const raw = await readSession({ id });
      return raw ? (JSON.parse(raw) as SessionData) : null;
    },
    async updateData(id, data, expires) {
      await updateSession({ id, userId: userIdOf(data), data: JSON.stringify(data), expiresAt: expires ?? null });
    },
    async deleteData(id) {
      await deleteSession({ id });
    },
  });
  return storage;
}

export const getSession = (request: Request) => sessionStorage().getSession(request.headers.get("Cookie"));
