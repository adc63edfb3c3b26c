// The mail worker: queues due reminders, then sends due mails one at a time.
//
// Delivery is AT MOST ONCE per dedupe key. Each mail is claimed atomically (queued → sending),
// sent, then marked sent. If the process dies between the SMTP server's "250 OK" and the mark,
// the row stays "sending"; after STALE_MINUTES it becomes "unknown" and is reported, never
// resent by itself. The Message-ID is derived from the dedupe key, so an operator can grep the
// mail server's log and requeue (`vagval mail retry --id N`) only what did not leave.
// A failure the SMTP server reports (connection refused, 4xx/5xx) is retried with
// exponential backoff; after MAX_ATTEMPTS the row is "failed".
// A set-password link (kind `password`) is sent only while the link still works; its sealed
// token is forgotten once the mail is sent or cancelled, and for every expired link.
import type { Transporter } from "nodemailer";
import { getEnv } from "~/utils/env.server";
import { getSurveyById } from "~/db/surveys.server";
import { claimMail, dueMailIds, markCancelled, markFailedAttempt, markSent, markStaleUnknown, type OutboxRow } from "~/db/mail-outbox.server";
import { purgeClosedRecipients, recipientOf } from "~/db/mail-recipients.server";
import { clearSealedPasswordToken, passwordLinkForMail, purgeExpiredSealedPasswordTokens } from "~/db/password-tokens.server";
import { invitationState } from "~/db/surveys-mail.server";
import { logger } from "~/services/logger.server";
import { queueDueReminders } from "./reminders.server";
import { openToken } from "./seal.server";
import { personalLink, renderMail, renderPasswordMail } from "./templates.server";
import { PASSWORD_LINK_DAYS, passwordLinkUrl } from "~/services/password-links.server";
import { mailTransport } from "./transport.server";

export const MAX_ATTEMPTS = 6;
export const STALE_MINUTES = 15;

/** 1, 2, 4, 8, 16 minutes … capped at an hour. */
export const backoffMs = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

/** `purged`: closed surveys' addresses; `purgedLinks`: sealed tokens of expired set-password links. */
export type RunSummary = { reminders: number; sent: number; retried: number; failed: number; cancelled: number; unknown: number; purged: number; purgedLinks: number };

type Options = { now?: () => Date; transport?: Transporter; shouldStop?: () => boolean; batch?: number };

/** What the mail should say, or why it is no longer wanted. */
async function prepare(row: OutboxRow, now: Date): Promise<{ to: string; subject: string; text: string } | { cancel: string }> {
  if (row.kind === "password") return preparePasswordLink(row, now);
  if (row.invitationId === null) return { cancel: "invitation removed" };
  const state = await invitationState({ invitationId: row.invitationId });
  if (!state || state.surveyStatus !== "published") return { cancel: "survey not open" };
  if (row.kind === "reminder" && state.status === "submitted") return { cancel: "already submitted" };
  const recipient = await recipientOf({ invitationId: row.invitationId });
  if (!recipient) return { cancel: "address removed" };
  const token = openToken(recipient.tokenSealed);
  if (!token) return { cancel: "link cannot be opened (SESSION_SECRET changed)" };
  const survey = await getSurveyById({ id: state.surveyId });
  const link = personalLink(getEnv().APP_URL ?? "", token, row.locale);
  const content = await renderMail({ kind: row.kind, locale: row.locale, link, municipality: recipient.municipality, survey: survey?.definition.title[row.locale] ?? "" });
  return { to: row.recipient, ...content };
}

/** A set-password link: only while it still works and its token is kept. */
async function preparePasswordLink(row: OutboxRow, now: Date): Promise<{ to: string; subject: string; text: string } | { cancel: string }> {
  const link = row.passwordTokenId === null ? undefined : await passwordLinkForMail({ id: row.passwordTokenId });
  if (!link) return { cancel: "link replaced by a newer one" };
  if (link.usedAt) return { cancel: "link already used" };
  if (link.expiresAt <= now.toISOString()) return { cancel: "link expired" };
  if (!link.tokenSealed) return { cancel: "link no longer kept; make a new one on the settings page" };
  const token = openToken(link.tokenSealed);
  if (!token) return { cancel: "link cannot be opened (SESSION_SECRET changed)" };
  const url = `${passwordLinkUrl(getEnv().APP_URL ?? "", token)}?lng=${row.locale}`;
  const content = await renderPasswordMail({ locale: row.locale, link: url, municipality: link.municipality ?? "", days: PASSWORD_LINK_DAYS, contact: link.contact });
  return { to: row.recipient, ...content };
}

/** A sent or cancelled set-password mail no longer needs its link's token. */
async function forgetToken(row: OutboxRow) {
  if (row.kind === "password" && row.passwordTokenId !== null) await clearSealedPasswordToken({ id: row.passwordTokenId });
}

const messageIdFor = (row: OutboxRow) => {
  const host = new URL(getEnv().APP_URL ?? "http://vagval.invalid").hostname;
  return `<${row.dedupeKey.replace(/:/g, ".")}@${host}>`;
};

async function sendOne(row: OutboxRow, transport: Transporter, now: Date, summary: RunSummary) {
  const prepared = await prepare(row, now);
  if ("cancel" in prepared) {
    await markCancelled({ id: row.id, reason: prepared.cancel });
    await forgetToken(row);
    summary.cancelled += 1;
    return;
  }
  const messageId = messageIdFor(row);
  try {
    await transport.sendMail({ from: getEnv().MAIL_FROM, to: prepared.to, subject: prepared.subject, text: prepared.text, messageId, headers: { "Auto-Submitted": "auto-generated" } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const giveUp = row.attempts >= MAX_ATTEMPTS;
    await markFailedAttempt({ id: row.id, error: message, retryAt: giveUp ? null : new Date(now.getTime() + backoffMs(row.attempts)) });
    logger().warn({ event: "mail_failed", mailId: row.id, kind: row.kind, attempts: row.attempts, gaveUp: giveUp }, "mail not sent");
    if (giveUp) summary.failed += 1;
    else summary.retried += 1;
    return;
  }
  await markSent({ id: row.id, now: new Date(), messageId });
  await forgetToken(row);
  logger().info({ event: "mail_sent", mailId: row.id, kind: row.kind }, "mail sent");
  summary.sent += 1;
}

/** One pass: purge closed surveys' addresses and expired links' tokens, queue reminders, send what is due. */
export async function runMailOnce(options: Options = {}): Promise<RunSummary> {
  const now = options.now ?? (() => new Date());
  const summary: RunSummary = { reminders: 0, sent: 0, retried: 0, failed: 0, cancelled: 0, unknown: 0, purged: 0, purgedLinks: 0 };
  summary.purged = await purgeClosedRecipients();
  summary.purgedLinks = await purgeExpiredSealedPasswordTokens({ now: now() });
  summary.unknown = await markStaleUnknown({ olderThan: new Date(now().getTime() - STALE_MINUTES * 60_000) });
  summary.reminders = await queueDueReminders(now());
  const transport = options.transport ?? mailTransport();
  for (;;) {
    const ids = await dueMailIds({ now: now(), limit: options.batch ?? 20 });
    if (ids.length === 0) break;
    let claimedAny = false;
    for (const id of ids) {
      if (options.shouldStop?.()) return summary;
      const row = await claimMail({ id, now: now() });
      if (!row) continue; // another worker has it
      claimedAny = true;
      await sendOne(row, transport, now(), summary);
    }
    if (!claimedAny) break;
  }
  return summary;
}

export type MailWorker = { stop: () => Promise<void> };

/** Runs `runMailOnce` every `intervalMs` until stopped; stop() waits for the mail in hand. */
export function startMailWorker({ intervalMs = 30_000, ...options }: Options & { intervalMs?: number } = {}): MailWorker {
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runMailOnce({ ...options, shouldStop: () => stopping })
      .catch((error: unknown) => logger().error({ event: "mail_worker_error", reason: error instanceof Error ? error.message : String(error) }, "mail worker pass failed"))
      .finally(() => {
        if (!stopping) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
