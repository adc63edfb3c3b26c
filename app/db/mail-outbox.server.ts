// The outgoing mail queue. A row moves queued → sending → sent; the move to "sending" is an
// atomic claim, so two workers never send the same row, and the unique dedupe key means the
// same mail (an invitation, the n-th reminder, a set-password link) is never queued twice.
import type { Knex } from "knex";
import type { Locale } from "~/domain/ids";
import { db } from "./client.server";

/** `password`: a set-password link for a new member (docs/decisions/003-accounts-and-sessions.md). */
export type MailKind = "invitation" | "reminder" | "password";
export const MAIL_KINDS: MailKind[] = ["invitation", "reminder", "password"];
export type MailStatus = "queued" | "sending" | "sent" | "failed" | "cancelled" | "unknown";
export const MAIL_STATUSES: MailStatus[] = ["queued", "sending", "sent", "failed", "cancelled", "unknown"];

export type OutboxRow = {
  id: number;
  municipalityId: number;
  surveyId: number | null;
  invitationId: number | null;
  passwordTokenId: number | null;
  recipient: string;
  locale: Locale;
  kind: MailKind;
  dedupeKey: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
};

export type NewMail = {
  municipalityId: number;
  surveyId?: number | null;
  invitationId?: number | null;
  passwordTokenId?: number | null;
  recipient: string;
  locale: Locale;
  kind: MailKind;
  dedupeKey: string;
};

const iso = (d: Date) => d.toISOString();

/** Queues mails; a dedupe key already present is skipped. Returns how many were new. */
export async function enqueueMails(mails: NewMail[], now: Date, k: Knex = db()): Promise<number> {
  let added = 0;
  for (const m of mails) {
    const rows = await k("mail_outbox")
      .insert({
        municipality_id: m.municipalityId,
        survey_id: m.surveyId ?? null,
        invitation_id: m.invitationId ?? null,
        password_token_id: m.passwordTokenId ?? null,
        recipient: m.recipient,
        locale: m.locale,
        kind: m.kind,
        dedupe_key: m.dedupeKey,
        status: "queued",
        attempts: 0,
        next_attempt_at: iso(now),
        created_at: iso(now),
      })
      .onConflict("dedupe_key")
      .ignore()
      .returning("id");
    added += rows.length;
  }
  return added;
}

export async function dueMailIds({ now, limit }: { now: Date; limit: number }): Promise<number[]> {
  const rows = await db()("mail_outbox").where({ status: "queued" }).andWhere("next_attempt_at", "<=", iso(now)).orderBy("id").limit(limit).select("id");
  return rows.map((r: { id: number }) => Number(r.id));
}

/** The atomic claim: true only for the one worker whose UPDATE changed the row. */
export async function claimMail({ id, now }: { id: number; now: Date }): Promise<OutboxRow | undefined> {
  const changed = await db()("mail_outbox")
    .where({ id, status: "queued" })
    .update({ status: "sending", claimed_at: iso(now), attempts: db().raw("attempts + 1") });
  if (Number(changed) !== 1) return undefined;
  const r = await db()("mail_outbox").where({ id }).first();
  return r ? toRow(r) : undefined;
}

function toRow(r: Record<string, unknown>): OutboxRow {
  return {
    id: Number(r.id),
    municipalityId: Number(r.municipality_id),
    surveyId: r.survey_id === null ? null : Number(r.survey_id),
    invitationId: r.invitation_id === null ? null : Number(r.invitation_id),
    passwordTokenId: r.password_token_id == null ? null : Number(r.password_token_id),
    recipient: String(r.recipient),
    locale: r.locale as Locale,
    kind: r.kind as MailKind,
    dedupeKey: String(r.dedupe_key),
    status: r.status as MailStatus,
    attempts: Number(r.attempts),
    lastError: (r.last_error as string | null) ?? null,
  };
}

export async function markSent({ id, now, messageId }: { id: number; now: Date; messageId: string }) {
  await db()("mail_outbox").where({ id, status: "sending" }).update({ status: "sent", sent_at: iso(now), message_id: messageId, last_error: null });
}

/** After a failed attempt: try again at `retryAt`, or give up (retryAt null). */
export async function markFailedAttempt({ id, error, retryAt }: { id: number; error: string; retryAt: Date | null }) {
  const update = retryAt ? { status: "queued", next_attempt_at: iso(retryAt) } : { status: "failed" };
  await db()("mail_outbox").where({ id, status: "sending" }).update({ ...update, last_error: error.slice(0, 1000) });
}

export async function markCancelled({ id, reason }: { id: number; reason: string }) {
  await db()("mail_outbox").where({ id }).whereIn("status", ["sending", "queued"]).update({ status: "cancelled", last_error: reason });
}

/**
 * Rows left in "sending" by a worker that stopped (a crash, a kill) become "unknown": the mail
 * may or may not have left. They are not resent by themselves (at most once); an operator
 * checks the mail server's log for the Message-ID and requeues with `vagval mail retry`.
 */
export async function markStaleUnknown({ olderThan }: { olderThan: Date }): Promise<number> {
  return db()("mail_outbox")
    .where({ status: "sending" })
    .andWhere("claimed_at", "<", iso(olderThan))
    .update({ status: "unknown", last_error: "worker stopped while sending; check the mail server log for the Message-ID" });
}

/** Puts a failed or unknown mail back in the queue (the operator's decision). */
export async function requeueMail({ id, municipalityId, now }: { id: number; municipalityId?: number; now: Date }): Promise<boolean> {
  const q = db()("mail_outbox").where({ id }).whereIn("status", ["failed", "unknown"]);
  if (municipalityId !== undefined) q.andWhere({ municipality_id: municipalityId });
  return Number(await q.update({ status: "queued", next_attempt_at: iso(now), attempts: 0 })) === 1;
}

export type QueueCounts = Record<MailKind, Record<MailStatus, number>>;

export async function outboxCounts({ municipalityId, surveyId }: { municipalityId?: number; surveyId?: number } = {}): Promise<QueueCounts> {
  const q = db()("mail_outbox").groupBy("kind", "status").select("kind", "status").count({ n: "*" });
  if (municipalityId !== undefined) q.where({ municipality_id: municipalityId });
  if (surveyId !== undefined) q.where({ survey_id: surveyId });
  const empty = () => Object.fromEntries(MAIL_STATUSES.map((s) => [s, 0])) as Record<MailStatus, number>;
  const out = Object.fromEntries(MAIL_KINDS.map((kind) => [kind, empty()])) as QueueCounts;
  for (const r of (await q) as Array<{ kind: MailKind; status: MailStatus; n: number | string }>) {
    if (out[r.kind]) out[r.kind][r.status] = Number(r.n);
  }
  return out;
}

/** Mails that need a person to look at them: given up on, or of unknown fate. */
export async function problemMails({ municipalityId, surveyId }: { municipalityId?: number; surveyId?: number } = {}): Promise<OutboxRow[]> {
  const q = db()("mail_outbox").whereIn("status", ["failed", "unknown"]).orderBy("id").limit(500);
  if (municipalityId !== undefined) q.where({ municipality_id: municipalityId });
  if (surveyId !== undefined) q.where({ survey_id: surveyId });
  return (await q).map(toRow);
}
