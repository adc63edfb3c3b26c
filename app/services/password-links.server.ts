// Personal set-password links (docs/decisions/003-accounts-and-sessions.md). An administrator
// who gives someone access creates their account without a password; the page shows once a
// link `/password/<token>` on which the person chooses one and is signed in. The token is 256
// random bits; only its SHA-256 is stored; it works once and for PASSWORD_LINK_DAYS days.
// When SMTP is configured the admin may have the link e-mailed instead: the token is then kept
// sealed (app/services/mail/seal.server.ts) until the mail worker has sent it.
import type { Knex } from "knex";
import { z } from "zod";
import { db } from "~/db/client.server";
import { audit } from "~/db/audit.server";
import { enqueueMails } from "~/db/mail-outbox.server";
import { consumePasswordToken, findPasswordToken, insertPasswordToken } from "~/db/password-tokens.server";
import type { Locale } from "~/domain/ids";
import { sealToken } from "./mail/seal.server";
import { setPasswordHash } from "~/db/users.server";
import { looksLikeToken, randomToken, tokenHash } from "./tokens.server";
import { hashPassword } from "./password.server";
import { MIN_PASSWORD_LENGTH } from "./users.server";

export const PASSWORD_LINK_DAYS = 7;
const LINK_MS = PASSWORD_LINK_DAYS * 24 * 60 * 60_000;

const hashOf = (token: string) => tokenHash("password", token);

/** Whom to e-mail the link to, in which language (the municipality's default). */
export type LinkMail = { email: string; locale: Locale; municipalityId: number };

/**
 * A new link for the user (their earlier unused links stop working). Returns the token: it is
 * not stored, so this is the only time it can be shown. With `mail`, the link is also queued
 * in the mail outbox (in the same transaction), its token sealed until the mail has left.
 */
export async function createPasswordLink(
  { userId, municipalityId, createdBy, mail, now = new Date() }: { userId: number; municipalityId: number | null; createdBy: number | null; mail?: LinkMail; now?: Date },
  k: Knex = db(),
): Promise<string> {
  const token = randomToken(32);
  const id = await insertPasswordToken(
    { userId, municipalityId, createdBy, tokenHash: hashOf(token), tokenSealed: mail ? sealToken(token) : null, now, expiresAt: new Date(now.getTime() + LINK_MS) },
    k,
  );
  if (mail) {
    await enqueueMails([{ municipalityId: mail.municipalityId, passwordTokenId: id, recipient: mail.email, locale: mail.locale, kind: "password", dedupeKey: `password:${id}` }], now, k);
  }
  return token;
}

/** The address to give the person: the app's public address (APP_URL) or the one the admin used. */
export const passwordLinkUrl = (base: string, token: string) => `${base.replace(/\/$/, "")}/password/${token}`;

export type LinkState = { kind: "open"; email: string } | { kind: "used" } | { kind: "expired" } | { kind: "not_found" };

/** What a link is now: open (for whom), used, expired, or unknown. */
export async function passwordLinkState(token: string, now = new Date()): Promise<LinkState> {
  if (!looksLikeToken(token)) return { kind: "not_found" };
  const row = await findPasswordToken({ tokenHash: hashOf(token) });
  if (!row) return { kind: "not_found" };
  if (row.usedAt) return { kind: "used" };
  if (row.expiresAt <= now.toISOString()) return { kind: "expired" };
  return { kind: "open", email: row.email };
}

/** Message keys are in the settings namespace. */
export const newPasswordSchema = z
  .object({
    password: z.string({ error: "password.errors.tooShort" }).min(MIN_PASSWORD_LENGTH, { error: "password.errors.tooShort" }),
    confirm: z.string().optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.password.length >= MIN_PASSWORD_LENGTH && v.confirm !== v.password) ctx.addIssue({ code: "custom", path: ["confirm"], message: "password.errors.mismatch" });
  });

export type SetPasswordResult = { kind: "set"; userId: number; municipalitySlug: string | null } | { kind: "used" | "expired" | "not_found" };

/**
 * Sets the password of the link's account and uses up the link, in one transaction: of two
 * simultaneous posts only one sets it. Audited (never the password or the token).
 */
export async function setPasswordWithLink({ token, password, now = new Date() }: { token: string; password: string; now?: Date }): Promise<SetPasswordResult> {
  if (!looksLikeToken(token)) return { kind: "not_found" };
  const passwordHash = await hashPassword(password);
  return db().transaction(async (trx): Promise<SetPasswordResult> => {
    const row = await findPasswordToken({ tokenHash: hashOf(token) }, trx);
    if (!row) return { kind: "not_found" };
    if (row.usedAt) return { kind: "used" };
    if (!(await consumePasswordToken(trx, { id: row.id, now }))) return { kind: row.expiresAt <= now.toISOString() ? "expired" : "used" };
    await setPasswordHash({ userId: row.userId, passwordHash }, trx);
    await audit({ userId: row.userId, municipalityId: row.municipalityId, action: "user.password.set", target: row.email, detail: { link: row.id } }, trx);
    return { kind: "set", userId: row.userId, municipalitySlug: row.municipalitySlug };
  });
}
