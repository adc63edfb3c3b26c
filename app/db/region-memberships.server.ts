// Regional coordinators (region_memberships) and what a region holds: the queries behind the
// regional comparison's access (app/services/region-access.server.ts).
import { db } from "./client.server";
import type { Municipality } from "./municipalities.server";

export type Region = { id: number; slug: string; name: string };

export async function isCoordinator({ userId, regionId }: { userId: number; regionId: number }): Promise<boolean> {
  const row = await db()("region_memberships").where({ user_id: userId, region_id: regionId, role: "coordinator" }).first("id");
  return Boolean(row);
}

/** Makes the user a coordinator of the region (idempotent). */
export async function addCoordinator({ userId, regionId }: { userId: number; regionId: number }): Promise<void> {
  await db()("region_memberships").insert({ user_id: userId, region_id: regionId, role: "coordinator" }).onConflict(["user_id", "region_id"]).merge(["role"]);
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
