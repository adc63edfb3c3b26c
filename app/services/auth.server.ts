import { redirect } from "@remix-run/node";
import { findUserByEmail, getMembership, getUser, type MembershipRole, type User } from "~/db/users.server";
import { getMunicipality, type Municipality } from "~/db/municipalities.server";
import { burnPasswordCheck, verifyPassword } from "./password.server";
import { getSession, sessionStorage } from "./session.server";

export async function getUserId(request: Request): Promise<number | undefined> {
  const session = await getSession(request);
  const id = session.get("userId");
  return typeof id === "number" ? id : undefined;
}

export async function getOptionalUser(request: Request): Promise<User | undefined> {
  const id = await getUserId(request);
  return id === undefined ? undefined : getUser({ id });
}

/** Signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<User> {
  const user = await getOptionalUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const redirectTo = `${url.pathname}${url.search}`;
  throw redirect(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
}

export type Access = { user: User; municipality: Municipality; role: MembershipRole | "admin" };

const rank: Record<Access["role"], number> = { decision: 1, project: 2, admin: 3 };

/**
 * The user's access to a municipality. Someone without a membership gets 404, so the
 * existence of another municipality's pages is not revealed; too low a role gets 403
 * (`minimum` "admin": only installation admins, e.g. the municipality's settings page).
 */
export async function requireMembership(request: Request, slug: string | undefined, minimum: Access["role"] = "decision"): Promise<Access> {
  const user = await requireUser(request);
  const municipality = slug ? await getMunicipality({ slug }) : undefined;
  if (!municipality) throw new Response("Not found", { status: 404 });
  const role = user.isAdmin ? "admin" : await getMembership({ userId: user.id, municipalityId: municipality.id });
  if (!role) throw new Response("Not found", { status: 404 });
  if (rank[role] < rank[minimum]) throw new Response("Forbidden", { status: 403 });
  return { user, municipality, role };
}

export const canEdit = (access: Access) => access.role === "admin" || access.role === "project";

export async function requireAdmin(request: Request): Promise<User> {
  const user = await requireUser(request);
  if (!user.isAdmin) throw new Response("Forbidden", { status: 403 });
  return user;
}

export async function authenticate(email: string, password: string): Promise<User | undefined> {
  const found = await findUserByEmail({ email });
  if (!found?.passwordHash) {
    await burnPasswordCheck(password);
    return undefined;
  }
  return (await verifyPassword(password, found.passwordHash)) ? found : undefined;
}

/** Starts a new session (a fresh id: the old one is destroyed) and redirects. */
export async function signIn(request: Request, userId: number, redirectTo: string) {
  const storage = sessionStorage();
  const old = await getSession(request);
  if (old.id) await storage.destroySession(old); // removes the old record; its cookie is replaced below
  const session = await storage.getSession();
  session.set("userId", userId);
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": await storage.commitSession(session) } });
}

export async function signOut(request: Request) {
  const session = await getSession(request);
  return redirect("/", { headers: { "Set-Cookie": await sessionStorage().destroySession(session) } });
}

/** Only same-site paths: never an open redirect. */
export function safeRedirect(to: string | null | undefined, fallback = "/"): string {
  if (!to || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
