// Set-password links: one row per link, holding only the SHA-256 of its token, when it
// expires and when it was used (docs/decisions/003-accounts-and-sessions.md). A link sent by
// e-mail also holds its token sealed (`token_sealed`) until the mail has left.
import type { Knex } from "knex";
import { db } from "./client.server";

export type PasswordTokenRow = {
  id: number;
  userId: number;
  email: string;
  municipalityId: number | null;
  municipalitySlug: string | null;
  expiresAt: string;
  usedAt: string | null;
};

/**
 * Stores a new link for the user. Their earlier links that were never used stop working, so
 * only the newest one given out opens the page.
 */
export async function insertPasswordToken(
  {
    userId,
    municipalityId,
    createdBy,
    tokenHash,
    tokenSealed = null,
    now,
    expiresAt,
  }: { userId: number; municipalityId: number | null; createdBy: number | null; tokenHash: string; tokenSealed?: string | null; now: Date; expiresAt: Date },
  k: Knex = db(),
): Promise<number> {
  await k("password_tokens").where({ user_id: userId }).whereNull("used_at").delete();
  const [row] = await k("password_tokens")
    .insert({
      user_id: userId,
      municipality_id: municipalityId,
      created_by: createdBy,
      token_hash: tokenHash,
      token_sealed: tokenSealed,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .returning("id");
  return Number((row as { id: number }).id);
}

/** The link with this hash, used or not, expired or not; undefined when there is none. */
export async function findPasswordToken({ tokenHash }: { tokenHash: string }, k: Knex = db()): Promise<PasswordTokenRow | undefined> {
  const r = await k("password_tokens as p")
    .join("users as u", "u.id", "p.user_id")
    .leftJoin("municipalities as m", "m.id", "p.municipality_id")
    .where("p.token_hash", tokenHash)
    .first("p.id", "p.user_id", "u.email", "m.id as municipality_id", "m.slug", "p.expires_at", "p.used_at");
  if (!r) return undefined;
  return {
    id: Number(r.id),
    userId: Number(r.user_id),
    email: String(r.email),
    municipalityId: r.municipality_id == null ? null : Number(r.municipality_id),
    municipalitySlug: (r.slug as string | null) ?? null,
    expiresAt: String(r.expires_at),
    usedAt: (r.used_at as string | null) ?? null,
  };
}

/**
 * Marks the link used, only if it is still unused and not expired: true for exactly one of two
 * simultaneous uses. Call it in the transaction that sets the password.
 */
export async function consumePasswordToken(k: Knex, { id, now }: { id: number; now: Date }): Promise<boolean> {
  const changed = await k("password_tokens").where({ id }).whereNull("used_at").where("expires_at", ">", now.toISOString()).update({ used_at: now.toISOString(), token_sealed: null });
  return Number(changed) === 1;
}

export type PasswordLinkMail = {
  email: string;
  municipality: string | null;
  /** The address of the admin who made the link, for questions; null when that account is gone. */
  contact: string | null;
  expiresAt: string;
  usedAt: string | null;
  tokenSealed: string | null;
};

/** What the mail with a link needs; undefined when the link is gone (replaced, or the account removed). */
export async function passwordLinkForMail({ id }: { id: number }, k: Knex = db()): Promise<PasswordLinkMail | undefined> {
  const r = await k("password_tokens as p")
    .join("users as u", "u.id", "p.user_id")
    .leftJoin("municipalities as m", "m.id", "p.municipality_id")
    .leftJoin("users as c", "c.id", "p.created_by")
    .where("p.id", id)
    .first("u.email", "m.name", "c.email as contact", "p.expires_at", "p.used_at", "p.token_sealed");
  if (!r) return undefined;
  return {
    email: String(r.email),
    municipality: (r.name as string | null) ?? null,
    contact: (r.contact as string | null) ?? null,
    expiresAt: String(r.expires_at),
    usedAt: (r.used_at as string | null) ?? null,
    tokenSealed: (r.token_sealed as string | null) ?? null,
  };
}

/** Forgets a link's sealed token: its mail has left, or will not. The link itself still works. */
export async function clearSealedPasswordToken({ id }: { id: number }, k: Knex = db()): Promise<void> {
  await k("password_tokens").where({ id }).update({ token_sealed: null });
}

/** Forgets the sealed tokens of links that have expired (their mails cannot help any more). */
export async function purgeExpiredSealedPasswordTokens({ now }: { now: Date }, k: Knex = db()): Promise<number> {
  return Number(await k("password_tokens").whereNotNull("token_sealed").where("expires_at", "<=", now.toISOString()).update({ token_sealed: null }));
}

