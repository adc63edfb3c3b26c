import type { Knex } from "knex";
import { db } from "./client.server";

// What a user just deleted, kept so that they (and only they) can put it back once, within
// UNDO_WINDOW_MS. The payload is JSON written by the module that deleted; this module never
// reads inside it. docs/decisions/050-undo.md.

/** How long after a deletion it can be undone. After it the item is refused and purged. */
export const UNDO_WINDOW_MS = 60 * 60_000;

export type UndoScope = { municipalityId: number; userId: number; kind: string };

const cutoff = (now: Date) => new Date(now.getTime() - UNDO_WINDOW_MS).toISOString();

/**
 * Keeps what was deleted; call it with the transaction that deleted, so that the deletion
 * and its undo item exist together or not at all. Returns the undo id for the page.
 */
export async function rememberDeleted(k: Knex, { municipalityId, userId, kind, payload, now = new Date() }: UndoScope & { payload: unknown; now?: Date }): Promise<number> {
  const [row] = await k("undo_items")
    .insert({ municipality_id: municipalityId, user_id: userId, kind, payload: JSON.stringify(payload), created_at: now.toISOString() })
    .returning("id");
  return Number((row as { id: number }).id);
}

/**
 * The payload of an undo item, deleting the item (single use); undefined when there is none for
 * this user, municipality and kind, or it is older than the window. Call it in the transaction
 * that restores, so that a failed restore leaves the item in place.
 */
export async function takeUndo(k: Knex, { municipalityId, userId, kind, id, now = new Date() }: UndoScope & { id: number; now?: Date }): Promise<unknown> {
  const payload = await peekUndo({ municipalityId, userId, kind, id, now }, k);
  if (payload === undefined) return undefined;
  // Two undos of the same item at once: only the one whose delete removed the row restores.
  if ((await k("undo_items").where({ id, municipality_id: municipalityId, user_id: userId, kind }).delete()) !== 1) return undefined;
  return payload;
}

/** Like takeUndo without taking: whether the page should still offer the undo, and for what. */
export async function peekUndo({ municipalityId, userId, kind, id, now = new Date() }: UndoScope & { id: number; now?: Date }, k: Knex = db()): Promise<unknown> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const row = await k("undo_items").where({ id, municipality_id: municipalityId, user_id: userId, kind }).where("created_at", ">=", cutoff(now)).first("payload");
  return row ? (JSON.parse(String(row.payload)) as unknown) : undefined;
}

/** Deletes every item older than the window (payloads may hold quote text); returns how many. */
export async function purgeUndo({ now = new Date() }: { now?: Date } = {}, k: Knex = db()): Promise<number> {
  return k("undo_items").where("created_at", "<", cutoff(now)).delete();
}
