import type { Knex } from "knex";
import type { Role } from "~/domain/ids";
import { db } from "./client.server";

export type User = { id: number; email: string; name: string | null; isAdmin: boolean };
export type MembershipRole = Exclude<Role, "admin">;
export type Membership = { municipalityId: number; slug: string; role: MembershipRole };

const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail({ email }: { email: string }) {
  const row = await db()("users").where({ email: normaliseEmail(email) }).first("id", "email", "name", "is_admin", "password_hash");
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
  await k("memberships").insert({ user_id: userId, municipality_id: municipalityId, role }).onConflict(["user_id", "municipality_id"]).merge(["role"]);
}

export async function getMembership({ userId, municipalityId }: { userId: number; municipalityId: number }) {
  const row = await db()("memberships").where({ user_id: userId, municipality_id: municipalityId }).first("role");
  return row ? (row.role as MembershipRole) : undefined;
}
