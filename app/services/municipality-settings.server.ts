// A municipality's settings page, for installation admins: its name, default language and
// region, and who has access (members with the role project or decision). Each change and its
// audit entry are one transaction; a removed membership can be undone right after
// (docs/decisions/050-undo.md). Error messages are keys in the settings namespace, by field.
import { z } from "zod";
import { db } from "~/db/client.server";
import { audit } from "~/db/audit.server";
import { getRegion, listRegions, updateMunicipality, type Municipality } from "~/db/municipalities.server";
import {
  findUserByEmail,
  getMember,
  getMembership,
  insertAccountWithoutPassword,
  listAdmins,
  listMembers,
  restoreMembership,
  setMembership,
  takeMembership,
  updateMembershipRole,
  type MembershipRole,
  type TakenMembership,
} from "~/db/users.server";
import { LOCALES, type Locale } from "~/domain/ids";
import { deleteWithUndo, undoDeleted } from "./undo.server";
import { createPasswordLink } from "./password-links.server";

export type Actor = { municipalityId: number; userId: number };
export type Errors = Record<string, string>;

export const MEMBER_ROLES = ["project", "decision"] as const satisfies readonly MembershipRole[];

export const settingsSchema = z.object({
  name: z.string({ error: "errors.name" }).trim().min(2, { error: "errors.name" }).max(120, { error: "errors.nameTooLong" }),
  defaultLocale: z.enum(LOCALES, { error: "errors.defaultLocale" }),
  region: z.string().trim().optional().default(""),
});

export type SettingsInput = z.output<typeof settingsSchema>;

export const memberSchema = z.object({
  email: z
    .string({ error: "errors.emailRequired" })
    .trim()
    .toLowerCase()
    .min(1, { error: "errors.emailRequired" })
    .max(320, { error: "errors.email" })
    .email({ error: "errors.email" }),
  role: z.enum(MEMBER_ROLES, { error: "errors.role" }),
});

export const roleSchema = z.object({ role: z.enum(MEMBER_ROLES, { error: "errors.role" }) });

/** Everything the page shows: the settings, the regions to choose from, members and admins. */
export async function settingsPage(municipality: Municipality) {
  const [regions, members, admins] = await Promise.all([listRegions(), listMembers({ municipalityId: municipality.id }), listAdmins()]);
  return { regions, members, admins };
}

export type SaveResult = { ok: true; changed: string[] } | { ok: false; errors: Errors };

/** Saves name, default language and region; audits what changed (nothing when nothing did). */
export async function saveSettings(actor: Actor, before: Municipality, input: SettingsInput): Promise<SaveResult> {
  return db().transaction(async (trx): Promise<SaveResult> => {
    const region = input.region ? await getRegion({ slug: input.region }, trx) : undefined;
    if (input.region && !region) return { ok: false, errors: { region: "errors.region" } };
    const after = { name: input.name, defaultLocale: input.defaultLocale, region: region?.slug ?? null };
    const was = { name: before.name, defaultLocale: before.defaultLocale, region: before.regionSlug };
    const changed = (Object.keys(after) as Array<keyof typeof after>).filter((k) => after[k] !== was[k]);
    if (changed.length === 0) return { ok: true, changed };
    await updateMunicipality({ id: before.id, name: input.name, defaultLocale: input.defaultLocale, regionId: region?.id ?? null }, trx);
    const detail = Object.fromEntries(changed.map((k) => [k, { from: was[k], to: after[k] }]));
    await audit({ ...actor, action: "municipality.update", target: before.slug, detail }, trx);
    return { ok: true, changed };
  });
}

export type AddResult =
  | { ok: true; email: string; role: MembershipRole; created: boolean; userId: number; token?: string; mailed: boolean }
  | { ok: false; errors: Errors };

/**
 * Gives someone access. An address without an account gets one without a password and, when
 * `withLink`, a set-password link: with `mailIn` (a language) it is queued to be e-mailed to
 * the person, else its token is returned (this once). An existing account just gets the
 * membership; an admin or a member already is refused with a field error.
 */
export async function addMember(
  actor: Actor,
  input: z.output<typeof memberSchema>,
  { withLink, mailIn }: { withLink: boolean; mailIn?: Locale },
): Promise<AddResult> {
  return db().transaction(async (trx): Promise<AddResult> => {
    const existing = await findUserByEmail({ email: input.email }, trx);
    if (existing?.isAdmin) return { ok: false, errors: { email: "errors.isAdmin" } };
    if (existing && (await getMembership({ userId: existing.id, municipalityId: actor.municipalityId }, trx))) return { ok: false, errors: { email: "errors.alreadyMember" } };
    const userId = existing?.id ?? (await insertAccountWithoutPassword({ email: input.email }, trx));
    // Someone else made the same account at this moment: ask to try again rather than guess.
    if (userId === undefined) return { ok: false, errors: { email: "errors.tryAgain" } };
    await setMembership({ userId, municipalityId: actor.municipalityId, role: input.role }, trx);
    const created = !existing;
    const mail = mailIn ? { email: input.email, locale: mailIn, municipalityId: actor.municipalityId } : undefined;
    const token = created && withLink ? await createPasswordLink({ userId, municipalityId: actor.municipalityId, createdBy: actor.userId, mail }, trx) : undefined;
    const mailed = Boolean(token && mail);
    await audit({ ...actor, action: "membership.add", target: input.email, detail: { role: input.role, accountCreated: created, passwordLink: Boolean(token), ...(mailed ? { byMail: true } : {}) } }, trx);
    return { ok: true, email: input.email, role: input.role, created, userId, token: mailed ? undefined : token, mailed };
  });
}

export type { FormOutcome as MemberOutcome } from "~/services/forms.server";
import type { FormOutcome as MemberOutcome } from "./forms.server";

/** Changes a member's role (audited with from and to). */
export async function changeMemberRole(actor: Actor, { userId, role }: { userId: number; role: MembershipRole }): Promise<MemberOutcome<{ email: string; changed: boolean }>> {
  return db().transaction(async (trx) => {
    const member = await getMember({ municipalityId: actor.municipalityId, userId }, trx);
    if (!member) return { ok: false as const, notFound: true as const };
    if (member.role === role) return { ok: true as const, email: member.email, changed: false };
    await updateMembershipRole({ municipalityId: actor.municipalityId, userId, role }, trx);
    await audit({ ...actor, action: "membership.role", target: member.email, detail: { from: member.role, to: role } }, trx);
    return { ok: true as const, email: member.email, changed: true };
  });
}

/**
 * A new set-password link for a member who has not chosen a password yet: its token to show,
 * or, with `mailIn`, queued to be e-mailed to them in that language (no token returned).
 */
export async function renewPasswordLink(actor: Actor, { userId, mailIn }: { userId: number; mailIn?: Locale }): Promise<MemberOutcome<{ email: string; token?: string; mailed: boolean }>> {
  return db().transaction(async (trx) => {
    const member = await getMember({ municipalityId: actor.municipalityId, userId }, trx);
    if (!member) return { ok: false as const, notFound: true as const };
    if (member.hasPassword) return { ok: false as const, errors: { member: "errors.hasPassword" } };
    const mail = mailIn ? { email: member.email, locale: mailIn, municipalityId: actor.municipalityId } : undefined;
    const token = await createPasswordLink({ userId, municipalityId: actor.municipalityId, createdBy: actor.userId, mail }, trx);
    await audit({ ...actor, action: "user.password.link", target: member.email, ...(mail ? { detail: { byMail: true } } : {}) }, trx);
    return { ok: true as const, email: member.email, token: mail ? undefined : token, mailed: Boolean(mail) };
  });
}

export const MEMBERSHIP_UNDO = "membership";

/** Removes a membership (the account stays), remembering it for undo by the same admin. */
export async function removeMember(actor: Actor, { userId }: { userId: number }): Promise<MemberOutcome<{ email: string; undoId: number }>> {
  let taken: TakenMembership | undefined;
  const undoId = await deleteWithUndo<TakenMembership>(
    { ...actor, kind: MEMBERSHIP_UNDO, audit: (p) => ({ action: "membership.remove", target: p.email, detail: { id: p.membership.id, role: p.membership.role } }) },
    async (trx) => (taken = await takeMembership(trx, { municipalityId: actor.municipalityId, userId })),
  );
  return undoId === undefined || !taken ? { ok: false, notFound: true } : { ok: true, email: taken.email, undoId };
}

/** Puts a removed membership back with its role and date; refused when the person has been given access again since. */
export function undoRemoveMember(actor: Actor, id: number | undefined) {
  return undoDeleted<TakenMembership>(
    { ...actor, kind: MEMBERSHIP_UNDO, id, audit: (p) => ({ action: "membership.undo", target: p.email, detail: { id: p.membership.id, role: p.membership.role } }) },
    (trx, p) => restoreMembership(trx, { municipalityId: actor.municipalityId, taken: p }),
  );
}
