// Test data builders over the same db and service modules the app uses.
import { addMunicipality, upsertRegion } from "~/db/municipalities.server";
import { createAssessment } from "~/db/assessments.server";
import { createUser, setMembership, type MembershipRole } from "~/db/users.server";
import { hashPassword } from "~/services/password.server";
import { signIn } from "~/services/auth.server";

let counter = 0;
const next = () => `${Date.now().toString(36)}${++counter}`;

export async function makeMunicipality(overrides: { slug?: string; name?: string; country?: "SE" | "NO"; regionSlug?: string } = {}) {
  const slug = overrides.slug ?? `kommun-${next()}`;
  if (overrides.regionSlug) await upsertRegion({ slug: overrides.regionSlug, name: overrides.regionSlug });
  const id = await addMunicipality({ slug, name: overrides.name ?? `Testkommun ${slug}`, country: overrides.country ?? "SE", regionSlug: overrides.regionSlug });
  const assessmentId = await createAssessment({ municipalityId: id, name: "Förstudie" });
  return { id, slug, assessmentId };
}

// A cheap hash for tests: bcrypt cost is paid once per file.
let testHash: Promise<string> | undefined;
export const TEST_PASSWORD = "correct-horse-battery";

export async function makeUser(opts: { role: MembershipRole | "admin"; municipalityId?: number; email?: string }) {
  testHash ??= hashPassword(TEST_PASSWORD);
  const email = opts.email ?? `user-${next()}@test.vagval.se`;
  const id = await createUser({ email, passwordHash: await testHash, isAdmin: opts.role === "admin" });
  if (opts.role !== "admin" && opts.municipalityId !== undefined) await setMembership({ userId: id, municipalityId: opts.municipalityId, role: opts.role });
  return { id, email };
}

/** A Cookie header for a signed-in user, made by the real sign-in code. */
export async function sessionCookie(userId: number): Promise<string> {
  const response = await signIn(new Request("http://localhost/login"), userId, "/");
  const setCookie = response.headers.get("Set-Cookie") ?? "";
  return setCookie.split(";")[0]!;
}

export function request(path: string, init: RequestInit & { cookie?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("Cookie", init.cookie);
  return new Request(`http://localhost${path}`, { ...init, headers });
}

/** What the promise threw (a loader's Response, an error); fails when it did not throw. */
export async function thrown(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}
