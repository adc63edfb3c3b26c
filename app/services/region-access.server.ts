// Regional coordinators: a user who reads the regional comparison of every municipality in a
// region without being a member of each. Admins see every region. Anyone else gets 404, so a
// region's existence is not revealed. Queries on region_memberships live here, its only user.
import { db } from "~/db/client.server";
import { getRegion, type Municipality } from "~/db/municipalities.server";
import { findUserByEmail, type User } from "~/db/users.server";
import { requireUser } from "./auth.server";

export type Region = { id: number; slug: string; name: string };

export async function isCoordinator({ userId, regionId }: { userId: number; regionId: number }): Promise<boolean> {
  const row = await db()("region_memberships").where({ user_id: userId, region_id: regionId, role: "coordinator" }).first("id");
  return Boolean(row);
}

export async function requireRegion(request: Request, regionSlug: string | undefined): Promise<{ user: User; region: Region }> {
  const user = await requireUser(request);
  const region = regionSlug ? await getRegion({ slug: regionSlug }) : undefined;
  if (!region) throw new Response("Not found", { status: 404 });
  if (!user.isAdmin && !(await isCoordinator({ userId: user.id, regionId: region.id }))) throw new Response("Not found", { status: 404 });
  return { user, region };
}

export class GrantError extends Error {
  constructor(readonly code: "no_user" | "no_region") {
    super(code);
  }
}

/** Makes the user a coordinator of the region (idempotent). */
export async function grantRegion({ email, regionSlug }: { email: string; regionSlug: string }): Promise<{ userId: number; regionId: number }> {
  const [user, region] = await Promise.all([findUserByEmail({ email }), getRegion({ slug: regionSlug })]);
  if (!user) throw new GrantError("no_user");
  if (!region) throw new GrantError("no_region");
  await db()("region_memberships").insert({ user_id: user.id, region_id: region.id, role: "coordinator" }).onConflict(["user_id", "region_id"]).merge(["role"]);
  return { userId: user.id, regionId: region.id };
}

/** The regions a user may compare: every region for an admin, their own for a coordinator. */
export async function listUserRegions({ userId, isAdmin }: { userId: number; isAdmin: boolean }): Promise<Region[]> {
  const q = db()("regions as r").orderBy("r.name").select("r.id", "r.slug", "r.name");
  if (!isAdmin) q.whereIn("r.id", db()("region_memberships").select("region_id").where({ user_id: userId }));
  return q;
}

export async function regionMunicipalities({ regionId }: { regionId: number }): Promise<Array<Pick<Municipality, "slug" | "name"> & { id: number }>> {
  return db()("municipalities").where({ region_id: regionId }).orderBy("name").select("id", "slug", "name");
}
