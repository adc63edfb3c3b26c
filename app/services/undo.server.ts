// Undo right after a deletion (docs/decisions/050-undo.md). A page adopts it in three steps:
//
//   1. delete:  const undoId = await deleteWithUndo({ municipalityId, userId, kind, audit }, (trx) => takeMyRow(trx, …));
//               then redirect with `?undo=${undoId}` (or return it as action data);
//   2. loader:  const undo = await offeredUndo(request, { municipalityId, userId, kind });
//               and render <UndoNotice message=… undoId={undo.id} /> (app/components/undo-notice.tsx);
//   3. action:  on intent "undo": const { outcome } = await undoDeleted({ municipalityId, userId, kind, id: undoIdFrom(form), audit }, (trx, payload) => putMyRowBack(trx, payload));
//               then show the outcome with <UndoOutcome …/>.
//
// The deletion, its audit entry and the undo item are one transaction; so are taking the item,
// restoring and auditing the undo. A restore that finds its place taken changes nothing.
import type { Knex } from "knex";
import { audit } from "~/db/audit.server";
import { db } from "~/db/client.server";
import { peekUndo, purgeUndo, rememberDeleted, takeUndo, UNDO_WINDOW_MS, type UndoScope } from "~/db/undo.server";

export { UNDO_WINDOW_MS };

/** What an undo did: put it back, found nothing to undo (used, expired, not yours), or found its place taken. */
export type UndoOutcome = "restored" | "gone" | "conflict";

export const UNDO_OUTCOMES: readonly UndoOutcome[] = ["restored", "gone", "conflict"];

type AuditEntry = { action: string; target?: string; detail?: unknown };

/**
 * Runs `remove` (which deletes and returns what it deleted, or undefined when there was nothing),
 * audits and keeps the payload for undo, all in one transaction. Returns the undo id, or
 * undefined when nothing was deleted.
 */
export async function deleteWithUndo<P>(
  { municipalityId, userId, kind, audit: entry, now }: UndoScope & { audit: AuditEntry | ((payload: P) => AuditEntry); now?: Date },
  remove: (trx: Knex.Transaction) => Promise<P | undefined>,
): Promise<number | undefined> {
  return db().transaction(async (trx) => {
    const payload = await remove(trx);
    if (payload === undefined) return undefined;
    const e = typeof entry === "function" ? entry(payload) : entry;
    await audit({ userId, municipalityId, ...e }, trx);
    return rememberDeleted(trx, { municipalityId, userId, kind, payload, now });
  });
}

class Conflict<P> extends Error {
  constructor(readonly payload: P) {
    super("undo conflict");
  }
}

/** The outcome, and what was deleted when the item was found (to name it on the page). */
export type UndoResult<P> = { outcome: UndoOutcome; payload?: P };

/**
 * Takes the undo item (single use, same user and municipality, within the window) and hands its
 * payload to `restore`, which returns false when the place is taken; then nothing changes and
 * the item stays. The undo is audited like the deletion.
 */
export async function undoDeleted<P>(
  { municipalityId, userId, kind, id, audit: entry, now }: UndoScope & { id: number | undefined; audit: AuditEntry | ((payload: P) => AuditEntry); now?: Date },
  restore: (trx: Knex.Transaction, payload: P) => Promise<boolean>,
): Promise<UndoResult<P>> {
  if (id === undefined) return { outcome: "gone" };
  try {
    return await db().transaction(async (trx): Promise<UndoResult<P>> => {
      const payload = (await takeUndo(trx, { municipalityId, userId, kind, id, now })) as P | undefined;
      if (payload === undefined) return { outcome: "gone" };
      if (!(await restore(trx, payload))) throw new Conflict(payload);
      const e = typeof entry === "function" ? entry(payload) : entry;
      const detail = e.detail && typeof e.detail === "object" ? e.detail : e.detail === undefined ? {} : { detail: e.detail };
      await audit({ userId, municipalityId, ...e, detail: { undo: id, ...detail } }, trx);
      return { outcome: "restored", payload };
    });
  } catch (error) {
    if (error instanceof Conflict) return { outcome: "conflict", payload: error.payload as P };
    throw error;
  }
}

/** The undo id a form posted (field `undoId`), if it looks like one. */
export function undoIdFrom(form: FormData, name = "undoId"): number | undefined {
  const n = Number(form.get(name));
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * The undo a page offers after a redirect (`?undo=ID`): the id and the payload when the item is
 * still this user's to undo, so a stale address (reload after the undo, after the hour) offers nothing.
 */
export async function offeredUndo<P>(request: Request, scope: UndoScope & { param?: string; now?: Date }): Promise<{ id: number; payload: P } | undefined> {
  const id = Number(new URL(request.url).searchParams.get(scope.param ?? "undo"));
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const payload = (await peekUndo({ ...scope, id })) as P | undefined;
  return payload === undefined ? undefined : { id, payload };
}

/** An undo outcome from the address (`?undone=restored|gone|conflict`), for the page's message. */
export function undoOutcomeFrom(request: Request, param = "undone"): UndoOutcome | undefined {
  const v = new URL(request.url).searchParams.get(param);
  return UNDO_OUTCOMES.find((o) => o === v);
}

/** How often the server purges expired undo items: payloads outlive the window by at most this. */
export const UNDO_PURGE_EVERY_MS = 10 * 60_000;

/** Purges expired undo items now and every UNDO_PURGE_EVERY_MS; a failure is logged, never fatal. */
export function startUndoPurge(log: (event: string, detail: Record<string, unknown>) => void): () => void {
  const run = () =>
    purgeUndo()
      .then((n) => {
        if (n) log("undo_purged", { items: n });
      })
      .catch((e: unknown) => log("undo_purge_failed", { message: e instanceof Error ? e.message : String(e) }));
  void run();
  const timer = setInterval(run, UNDO_PURGE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
