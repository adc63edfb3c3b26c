import { db } from "./client.server";

// Server-side session records; the cookie only carries the random id.

export async function insertSession({ id, userId, data, expiresAt }: { id: string; userId: number | null; data: string; expiresAt: Date | null }) {
  await db()("sessions").insert({ id, user_id: userId, data, expires_at: expiresAt });
}

export async function readSession({ id }: { id: string }): Promise<string | undefined> {
  const row = await db()("sessions").where({ id }).first("data", "expires_at");
  if (!row) return undefined;
  if (row.expires_at && new Date(row.expires_at).getTime() < Date.now()) {
    await deleteSession({ id });
    return undefined;
  }
  return row.data as string;
}

export async function updateSession({ id, userId, data, expiresAt }: { id: string; userId: number | null; data: string; expiresAt: Date | null }) {
  await db()("sessions").where({ id }).update({ data, user_id: userId, expires_at: expiresAt });
}

export async function deleteSession({ id }: { id: string }) {
  await db()("sessions").where({ id }).delete();
}
