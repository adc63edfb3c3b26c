// Single sign-on end to end against a real OpenID provider on loopback: the app's sign-in
// route sends the browser there, the provider's own pages sign in and consent, and the app's
// callback signs the user in with the role the group claim maps to.
import { db } from "~/db/client.server";
import { getUserId } from "~/services/auth.server";
import { resetEnvCache } from "~/utils/env.server";
import { loader as startLoader } from "~/routes/auth.oidc";
import { loader as callbackLoader } from "~/routes/auth.oidc_.callback";
import { action as loginAction, loader as loginLoader } from "~/routes/login";
import { loader as homeLoader } from "~/routes/_index";
import { makeMunicipality, makeUser, request } from "../../support/factories";
import { authorizeAtProvider, CLIENT, startProvider, type TestAccount } from "./support/oidc-provider";

const REDIRECT = "http://localhost/auth/oidc/callback";
const accounts = new Map<string, TestAccount>();
let provider: Awaited<ReturnType<typeof startProvider>>;
let sjo: Awaited<ReturnType<typeof makeMunicipality>>;
let other: Awaited<ReturnType<typeof makeMunicipality>>;
const saved = { ...process.env };

beforeAll(async () => {
  provider = await startProvider(accounts, REDIRECT);
  sjo = await makeMunicipality({ slug: `sjo-${Date.now().toString(36)}` });
  other = await makeMunicipality();
  Object.assign(process.env, {
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: CLIENT.id,
    OIDC_CLIENT_SECRET: CLIENT.secret,
    OIDC_REDIRECT_URL: REDIRECT,
    OIDC_SCOPES: "openid email profile groups",
    OIDC_ROLE_MAP: `vagval-admin=admin,vagval-project-sjo=project:${sjo.slug},vagval-read-sjo=decision:${sjo.slug},vagval-other=decision:${other.slug}`,
    OIDC_LABEL: "Testkommunens konto",
  });
  resetEnvCache();
});

afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await provider.stop();
});

/** The whole round trip; returns the app's final response. */
async function signInAs(login: string, redirectTo = "/") {
  const start = await startLoader({ request: request(`/auth/oidc?redirectTo=${encodeURIComponent(redirectTo)}`), params: {}, context: {} });
  expect(start.status).toBe(302);
  const location = start.headers.get("Location")!;
  expect(location.startsWith(`${provider.issuer}/`)).toBe(true);
  const authorize = new URL(location);
  expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorize.searchParams.get("state")).toBeTruthy();
  expect(authorize.searchParams.get("nonce")).toBeTruthy();
  const flowCookie = start.headers.get("Set-Cookie")!.split(";")[0]!;
  const back = await authorizeAtProvider(location, login, REDIRECT);
  const callback = new URL(back);
  return callbackLoader({ request: request(`${callback.pathname}${callback.search}`, { cookie: flowCookie }), params: {}, context: {} });
}

const sessionOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith("vagval_session="))!.split(";")[0]!;
const membership = async (userId: number, municipalityId: number) => (await db()("memberships").where({ user_id: userId, municipality_id: municipalityId }).first("role"))?.role as string | undefined;

describe("sign-in with OpenID Connect", () => {
  test("a new user is created from the e-mail claim and gets the role their group maps to", async () => {
    accounts.set("anna-sub", { email: "Anna.Berg@Sjobacka.se", name: "Anna Berg", groups: ["vagval-project-sjo", "unrelated"] });
    const response = await signInAs("anna-sub", `/m/${sjo.slug}`);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/m/${sjo.slug}`);
    const userId = await getUserId(request("/", { cookie: sessionOf(response) }));
    const user = await db()("users").where({ id: userId }).first();
    expect(user.email).toBe("anna.berg@sjobacka.se");
    expect(user.password_hash).toBeNull();
    expect(await membership(userId!, sjo.id)).toBe("project");
    expect(await membership(userId!, other.id)).toBeUndefined();
  });

  test("an existing account is matched by e-mail; an admin group makes an administrator", async () => {
    const existing = await makeUser({ role: "decision", municipalityId: other.id, email: "it-chef@sjobacka.se" });
    accounts.set("chef-sub", { email: "IT-Chef@sjobacka.se", groups: ["vagval-admin"] });
    const response = await signInAs("chef-sub");
    expect(await getUserId(request("/", { cookie: sessionOf(response) }))).toBe(existing.id);
    expect(Boolean((await db()("users").where({ id: existing.id }).first()).is_admin)).toBe(true);
    expect(await membership(existing.id, other.id)).toBe("decision"); // given by hand, kept
  });

  test("without a mapped group the user is signed in without access, and the start page says so", async () => {
    accounts.set("nils-sub", { email: "nils@sjobacka.se", groups: ["someone-elses-group"] });
    const response = await signInAs("nils-sub");
    const cookie = sessionOf(response);
    const userId = (await getUserId(request("/", { cookie })))!;
    expect(await db()("memberships").where({ user_id: userId })).toEqual([]);
    const home = await homeLoader({ request: request("/", { cookie }), params: {}, context: {} });
    expect(home.signedIn).toBe(true);
    expect(home.municipalities).toEqual([]);
  });

  test("roles follow the groups: a group taken away takes its role, a role given by hand stays", async () => {
    accounts.set("eva-sub", { email: "eva@sjobacka.se", groups: ["vagval-project-sjo", "vagval-admin"] });
    const first = await signInAs("eva-sub");
    const userId = (await getUserId(request("/", { cookie: sessionOf(first) })))!;
    await db()("memberships").insert({ user_id: userId, municipality_id: other.id, role: "project" }); // by an administrator
    accounts.set("eva-sub", { email: "eva@sjobacka.se", groups: ["vagval-read-sjo"] });
    await signInAs("eva-sub");
    expect(await membership(userId, sjo.id)).toBe("decision");
    expect(await membership(userId, other.id)).toBe("project");
    expect(Boolean((await db()("users").where({ id: userId }).first()).is_admin)).toBe(false);
    accounts.set("eva-sub", { email: "eva@sjobacka.se", groups: [] });
    await signInAs("eva-sub");
    expect(await membership(userId, sjo.id)).toBeUndefined();
    expect(await membership(userId, other.id)).toBe("project");
  });

  test("a callback without the flow cookie, or with a forged state, does not sign anyone in", async () => {
    accounts.set("mallory-sub", { email: "mallory@example.org", groups: ["vagval-admin"] });
    const start = await startLoader({ request: request("/auth/oidc?redirectTo=%2F"), params: {}, context: {} });
    const back = new URL(await authorizeAtProvider(start.headers.get("Location")!, "mallory-sub", REDIRECT));
    const noCookie = await callbackLoader({ request: request(`${back.pathname}${back.search}`), params: {}, context: {} });
    expect(noCookie.headers.get("Location")).toBe("/login?oidc=expired");
    back.searchParams.set("state", "forged");
    const forged = await callbackLoader({ request: request(`${back.pathname}${back.search}`, { cookie: start.headers.get("Set-Cookie")!.split(";")[0]! }), params: {}, context: {} });
    expect(forged.headers.get("Location")).toBe("/login?oidc=failed");
    expect(await db()("users").where({ email: "mallory@example.org" }).first()).toBeUndefined();
  });

  test("an unverified e-mail address is refused", async () => {
    accounts.set("unverified-sub", { email: "someone@sjobacka.se", groups: ["vagval-admin"], emailVerified: false });
    const response = await signInAs("unverified-sub");
    expect(response.headers.get("Location")).toBe("/login?oidc=email_unverified");
  });

  test("the sign-in page offers the provider, and PASSWORD_LOGIN=false removes the password form", async () => {
    const page = await loginLoader({ request: request("/login"), params: {}, context: {} });
    expect(page.oidcLabel).toBe("Testkommunens konto");
    expect(page.passwordLogin).toBe(true);
    process.env.PASSWORD_LOGIN = "false";
    resetEnvCache();
    try {
      expect((await loginLoader({ request: request("/login?oidc=failed"), params: {}, context: {} })).passwordLogin).toBe(false);
      const form = new URLSearchParams({ email: "it-chef@sjobacka.se", password: "correct-horse-battery" });
      await expect(loginAction({ request: request("/login", { method: "POST", body: form }), params: {}, context: {} })).rejects.toMatchObject({ status: 403 });
    } finally {
      delete process.env.PASSWORD_LOGIN;
      resetEnvCache();
    }
  });
});
