import type { Knex } from "knex";
import { db } from "./client.server";

export async function audit(
  entry: { userId?: number | null; municipalityId?: number | null; action: string; target?: string; detail?: unknown },
  k: Knex = db(),
) {
  await k("audit_log").insert({
    user_id: entry.userId ?? null,
    municipality_id: entry.municipalityId ?? null,
    action: entry.action,
    target: entry.target ?? null,
    detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
  });
}

export async function listAudit({ municipalityId, limit = 200 }: { municipalityId?: number; limit?: number }) {
  const q = db()("audit_log as l").leftJoin("users as u", "u.id", "l.user_id").orderBy("l.id", "desc").limit(limit);
  if (municipalityId !== undefined) q.where("l.municipality_id", municipalityId);
  return q.select("l.id", "l.at", "l.action", "l.target", "l.detail", "u.email");
}
