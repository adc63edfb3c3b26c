import type { Knex } from "knex";
import type { Role } from "~/domain/ids";
import { db } from "./client.server";

export type User = { id: number; email: string; name: string | null; isAdmin: boolean };
export type MembershipRole = Exclude<Role, "admin">;
export type Membership = { municipalityId: number; slug: string; role: MembershipRole };

const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail({ email }: { email: string }, k: Knex = db()) {
  const row = await k("users").where({ email: normaliseEmail(email) }).first("id", "email", "name", "is_admin", "password_hash");
  if (!row) return undefined;
  return { ...toUser(row), passwordHash: row.password_hash as string | null };
}

export async function getUser({ id }: { id: number }): Promise<User | undefined> {
  const row = await db()("users").where({ id }).first("id", "email", "name", "is_admin");
  return row ? toUser(row) : undefined;
}

function toUser(row: Record<string, unknown>): User {
  return { id: Number(row.id), email: String(row.email), name: (row.name as string | null) ?? null, isAdmin: Boolean(row.is_admin) };
}

export async function createUser(
  input: { email: string; name?: string; passwordHash: string | null; isAdmin: boolean },
  k: Knex = db(),
): Promise<number> {
  const [row] = await k("users")
    .insert({ email: normaliseEmail(input.email), name: input.name ?? null, password_hash: input.passwordHash, is_admin: input.isAdmin })
    .onConflict("email")
    .merge(["password_hash", "is_admin", ...(input.name ? ["name"] : [])])
    .returning("id");
  return (row as { id: number }).id;
}

export async function setMembership(
  { userId, municipalityId, role }: { userId: number; municipalityId: number; role: MembershipRole },
  k: Knex = db(),
) {
  await k("memberships").insert({ user_id: userId, municipality_id: municipalityId, role, created_at: new Date().toISOString() }).onConflict(["user_id", "municipality_id"]).merge(["role"]);
}

export async function getMembership({ userId, municipalityId }: { userId: number; municipalityId: number }, k: Knex = db()) {
  const row = await k("memberships").where({ user_id: userId, municipality_id: municipalityId }).first("role");
  return row ? (row.role as MembershipRole) : undefined;
}

// Access to one municipality, as its settings page manages it.

/** A person with a membership of the municipality; `hasPassword` false until they have chosen one. */
export type Member = { userId: number; email: string; name: string | null; role: MembershipRole; since: string | null; hasPassword: boolean };

/** The municipality's members (installation admins are not members), by email. */
export async function listMembers({ municipalityId }: { municipalityId: number }, k: Knex = db()): Promise<Member[]> {
  const rows = await k("memberships as ms")
    .join("users as u", "u.id", "ms.user_id")
    .where({ "ms.municipality_id": municipalityId, "u.is_admin": false })
    .orderBy("u.email")
    .select("u.id", "u.email", "u.name", "ms.role", "ms.created_at", "u.password_hash");
  return rows.map(toMember);
}

export async function getMember({ municipalityId, userId }: { municipalityId: number; userId: number }, k: Knex = db()): Promise<Member | undefined> {
  const row = await k("memberships as ms")
    .join("users as u", "u.id", "ms.user_id")
    .where({ "ms.municipality_id": municipalityId, "ms.user_id": userId, "u.is_admin": false })
    .first("u.id", "u.email", "u.name", "ms.role", "ms.created_at", "u.password_hash");
  return row ? toMember(row) : undefined;
}

function toMember(r: Record<string, unknown>): Member {
  return {
    userId: Number(r.id),
    email: String(r.email),
    name: (r.name as string | null) ?? null,
    role: r.role as MembershipRole,
    since: (r.created_at as string | null) ?? null,
    hasPassword: r.password_hash !== null && r.password_hash !== undefined,
  };
}

/** Installation admins: they reach every municipality without a membership. */
export async function listAdmins(k: Knex = db()): Promise<Array<{ userId: number; email: string }>> {
  const rows = await k("users").where({ is_admin: true }).orderBy("email").select("id", "email");
  return rows.map((r: { id: number; email: string }) => ({ userId: Number(r.id), email: String(r.email) }));
}

/**
 * An account without a password (not an admin), for someone who chooses one on a personal
 * link. Never changes an existing account: when the address is taken it returns undefined.
 */
export async function insertAccountWithoutPassword({ email }: { email: string }, k: Knex = db()): Promise<number | undefined> {
  const rows = await k("users").insert({ email: normaliseEmail(email), name: null, password_hash: null, is_admin: false }).onConflict("email").ignore().returning("id");
  const row = rows[0] as { id: number } | undefined;
  return row ? Number(row.id) : undefined;
}

export async function setPasswordHash({ userId, passwordHash }: { userId: number; passwordHash: string }, k: Knex = db()): Promise<void> {
  await k("users").where({ id: userId }).update({ password_hash: passwordHash });
}

/** Changes a member's role; false when they are not a member (any more). */
export async function updateMembershipRole({ municipalityId, userId, role }: { municipalityId: number; userId: number; role: MembershipRole }, k: Knex = db()): Promise<boolean> {
  return Number(await k("memberships").where({ municipality_id: municipalityId, user_id: userId }).update({ role })) === 1;
}

/** A removed membership, every column as stored, so that undo puts it back exactly. */
export type TakenMembership = { membership: { id: number; userId: number; municipalityId: number; role: MembershipRole; createdAt: string | null }; email: string };

/** Deletes a member's membership and returns it (for undo), or undefined when there is none. */
export async function takeMembership(k: Knex, { municipalityId, userId }: { municipalityId: number; userId: number }): Promise<TakenMembership | undefined> {
  const row = await k("memberships as ms")
    .join("users as u", "u.id", "ms.user_id")
    .where({ "ms.municipality_id": municipalityId, "ms.user_id": userId, "u.is_admin": false })
    .first("ms.id", "ms.role", "ms.created_at", "u.email");
  if (!row) return undefined;
  if (Number(await k("memberships").where({ id: row.id }).delete()) !== 1) return undefined;
  return {
    membership: { id: Number(row.id), userId, municipalityId, role: row.role as MembershipRole, createdAt: (row.created_at as string | null) ?? null },
    email: String(row.email),
  };
}

/**
 * Puts a removed membership back with its id, role and date. False when its place is taken:
 * the person has been given access again since, or their account is gone.
 */
export async function restoreMembership(k: Knex, { municipalityId, taken }: { municipalityId: number; taken: TakenMembership }): Promise<boolean> {
  const m = taken.membership;
  if (m.municipalityId !== municipalityId) return false;
  if (!(await k("users").where({ id: m.userId }).first("id"))) return false;
  if (await k("memberships").where({ user_id: m.userId, municipality_id: municipalityId }).first("id")) return false;
  if (await k("memberships").where({ id: m.id }).first("id")) return false;
  await k("memberships").insert({ id: m.id, user_id: m.userId, municipality_id: municipalityId, role: m.role, created_at: m.createdAt });
  return true;
}
