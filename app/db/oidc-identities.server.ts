// Accounts signed in through the identity provider: matched by (issuer, subject), or by e-mail
// on the first sign-in, and given the roles the provider's groups map to.
import type { Knex } from "knex";
import { db } from "./client.server";
import type { MembershipRole } from "./users.server";

/** A role the group claim gives: "admin", or "project:<slug>" / "decision:<slug>". */
export type Grant = "admin" | `${MembershipRole}:${string}`;

const rank: Record<MembershipRole, number> = { decision: 1, project: 2 };

const parseGrants = (text: string): Grant[] => {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? (value.filter((g) => typeof g === "string") as Grant[]) : [];
  } catch {
    return [];
  }
};

const split = (g: Grant) => {
  const [role, slug] = g.split(":") as [MembershipRole, string];
  return { role, slug };
};

/** The highest role per municipality among the grants. */
function membershipGrants(grants: Grant[]): Map<string, MembershipRole> {
  const out = new Map<string, MembershipRole>();
  for (const g of grants) {
    if (g === "admin") continue;
    const { role, slug } = split(g);
    const had = out.get(slug);
    if (!had || rank[role] > rank[had]) out.set(slug, role);
  }
  return out;
}

async function findOrCreateUser(k: Knex, input: { issuer: string; subject: string; email: string; name: string | null }) {
  const identity = await k("oidc_identities").where({ issuer: input.issuer, subject: input.subject }).first("id", "user_id", "granted");
  if (identity) return { userId: Number(identity.user_id), identityId: Number(identity.id), previous: parseGrants(String(identity.granted)), created: false };
  const email = input.email.trim().toLowerCase();
  const existing = await k("users").where({ email }).first("id");
  let created = false;
  let userId: number;
  if (existing) userId = Number(existing.id);
  else {
    const [row] = await k("users").insert({ email, name: input.name, password_hash: null, is_admin: false }).returning("id");
    userId = Number((row as { id: number }).id);
    created = true;
  }
  const [row] = await k("oidc_identities")
    .insert({ user_id: userId, issuer: input.issuer, subject: input.subject, granted: "[]", last_sign_in_at: new Date().toISOString() })
    .returning("id");
  return { userId, identityId: Number((row as { id: number }).id), previous: [] as Grant[], created };
}

/**
 * Signs in a provider account: returns the user id. Roles granted earlier by the group claim
 * and missing now are taken away; roles given by hand (by an administrator) are left alone,
 * and a group never lowers a higher role given by hand.
 */
export async function upsertOidcUser(input: { issuer: string; subject: string; email: string; name: string | null; grants: Grant[] }) {
  return db().transaction(async (k) => {
    const { userId, identityId, previous, created } = await findOrCreateUser(k, input);
    const now = membershipGrants(input.grants);
    const before = membershipGrants(previous);
    const slugs = [...new Set([...now.keys(), ...before.keys()])];
    const ids = new Map<string, number>(
      slugs.length ? (await k("municipalities").whereIn("slug", slugs).select("id", "slug")).map((m: { id: number; slug: string }) => [m.slug, Number(m.id)]) : [],
    );
    const granted: Grant[] = [];
    for (const [slug, role] of now) {
      const municipalityId = ids.get(slug);
      if (municipalityId === undefined) continue; // a mapped municipality that does not exist here
      const current = await k("memberships").where({ user_id: userId, municipality_id: municipalityId }).first("role");
      if (!current) await k("memberships").insert({ user_id: userId, municipality_id: municipalityId, role, created_at: new Date().toISOString() });
      // Ours to change when the group claim gave it last time; otherwise only raise it.
      else if (before.get(slug) === current.role || rank[current.role as MembershipRole] < rank[role]) await k("memberships").where({ user_id: userId, municipality_id: municipalityId }).update({ role });
      granted.push(`${role}:${slug}`);
    }
    for (const [slug, role] of before) {
      const municipalityId = ids.get(slug);
      if (municipalityId === undefined || now.has(slug)) continue;
      await k("memberships").where({ user_id: userId, municipality_id: municipalityId, role }).delete();
    }
    if (input.grants.includes("admin")) {
      await k("users").where({ id: userId }).update({ is_admin: true });
      granted.push("admin");
    } else if (previous.includes("admin")) {
      await k("users").where({ id: userId }).update({ is_admin: false });
    }
    await k("oidc_identities").where({ id: identityId }).update({ granted: JSON.stringify(granted), last_sign_in_at: new Date().toISOString() });
    return { userId, created, granted };
  });
}
