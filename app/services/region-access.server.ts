// Regional coordinators: a user who reads the regional comparison of every municipality in a
// region without being a member of each. Admins see every region. Anyone else gets 404, so a
// region's existence is not revealed. The queries are in app/db/region-memberships.server.ts.
import { getRegion } from "~/db/municipalities.server";
import { addCoordinator, isCoordinator, type Region } from "~/db/region-memberships.server";
import { findUserByEmail, type User } from "~/db/users.server";
import { requireUser } from "./auth.server";

export { listUserRegions, regionMunicipalities, type Region } from "~/db/region-memberships.server";

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
  await addCoordinator({ userId: user.id, regionId: region.id });
  return { userId: user.id, regionId: region.id };
}

