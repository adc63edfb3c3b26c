// The personal set-password link (/password/<token>) that an admin's "give access" makes for a
// new account: the person chooses a password of at least the CLI's length and lands signed in on
// the municipality. The link works once and for seven days; an unknown one is 404 and counts
// against the client's address like survey links.
import { randomBytes } from "node:crypto";
import { action as settingsAction } from "~/routes/m.$municipality.settings";
import { action, loader } from "~/routes/password.$token";
import { loader as layoutLoader } from "~/routes/m.$municipality";
import { db } from "~/db/client.server";
import { listAudit } from "~/db/audit.server";
import { findUserByEmail } from "~/db/users.server";
import { authenticate } from "~/services/auth.server";
import { createPasswordLink } from "~/services/password-links.server";
import { MIN_PASSWORD_LENGTH } from "~/services/users.server";
import type { SettingsResult } from "~/components/municipality-members";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";
import { callAction } from "../../support/routes";

type Answer = { status: number; data?: unknown; headers: Headers };

/** A loader's or action's answer, returned or thrown (a Response or data() with its status). */
async function answer(p: Promise<unknown>): Promise<Answer> {
  let value: unknown;
  try {
    value = await p;
  } catch (thrown) {
    value = thrown;
  }
  if (value instanceof Response) return { status: value.status, headers: value.headers };
  if (value && typeof value === "object" && (value as { type?: string }).type === "DataWithResponseInit") {
    const d = value as { data: unknown; init: ResponseInit | null };
    return { status: d.init?.status ?? 200, data: d.data, headers: new Headers(d.init?.headers) };
  }
  return { status: 200, data: value, headers: new Headers() };
}

const address = () => `203.0.113.${randomBytes(2).readUInt16BE(0)}`;
const open = (token: string, clientIp = address(), lng = "sv") => answer(loader({ request: request(`/password/${token}?lng=${lng}`), params: { token }, context: { clientIp } }));
const choose = (token: string, fields: Record<string, string>, clientIp = address()) =>
  answer(action({ request: request(`/password/${token}?lng=sv`, { method: "POST", body: new URLSearchParams(fields) }), params: { token }, context: { clientIp } }));

let municipality: Awaited<ReturnType<typeof makeMunicipality>>;
let adminCookie: string;
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

beforeAll(async () => {
  municipality = await makeMunicipality();
  const admin = await makeUser({ role: "admin" });
  adminCookie = await sessionCookie(admin.id);
});

/** Gives a new address access on the settings page and returns it with the link's token. */
async function invite(role = "project") {
  const email = `lank-${unique()}@kommun.se`;
  const res = await callAction(settingsAction, `/m/${municipality.slug}/settings`, { municipality: municipality.slug }, { intent: "member.add", email, role }, adminCookie);
  const token = (res.data as SettingsResult).link!.url.split("/password/")[1]!;
  return { email, token };
}

test("the person chooses a password on the link and lands signed in on the municipality; the link works once", async () => {
  const { email, token } = await invite();
  const page = await open(token);
  expect(page.status).toBe(200);
  expect(page.data).toMatchObject({ email, min: MIN_PASSWORD_LENGTH, title: "Välj ditt lösenord" });

  const password = "ett-långt-lösenord";
  const done = await choose(token, { password, confirm: password });
  expect(done.status).toBe(302);
  expect(done.headers.get("Location")).toBe(`/m/${municipality.slug}`);
  const cookie = (done.headers.get("Set-Cookie") ?? "").split(";")[0]!;
  expect(cookie).toMatch(/^vagval_session=/);
  const home = await answer(layoutLoader({ request: request(`/m/${municipality.slug}`, { cookie }), params: { municipality: municipality.slug }, context: {} }));
  expect(home.data).toMatchObject({ role: "project", municipality: { slug: municipality.slug } });

  const user = await findUserByEmail({ email });
  expect((await authenticate(email, password))?.id).toBe(user!.id);
  const [entry] = await listAudit({ municipalityId: municipality.id });
  expect(entry).toMatchObject({ action: "user.password.set", target: email, email });
  expect(JSON.stringify(entry)).not.toContain(password);

  // Used: the page says so (410, translated) and a second post changes nothing.
  const used = await open(token, address(), "en");
  expect(used.status).toBe(410);
  expect(used.data).toMatchObject({ title: "This link no longer works" });
  expect(String((used.data as { text: string }).text)).toContain("already been used");
  expect((await choose(token, { password: "ett-annat-lösenord", confirm: "ett-annat-lösenord" })).status).toBe(410);
  expect(await authenticate(email, "ett-annat-lösenord")).toBeUndefined();
  expect((await authenticate(email, password))?.id).toBe(user!.id);
});

test("a password shorter than the CLI's minimum or not repeated alike is refused and the link still works", async () => {
  const { email, token } = await invite("decision");
  const short = await choose(token, { password: "x".repeat(MIN_PASSWORD_LENGTH - 1), confirm: "x".repeat(MIN_PASSWORD_LENGTH - 1) });
  expect(short.status).toBe(400);
  expect(short.data).toEqual({ errors: { password: "password.errors.tooShort" } });
  const mismatch = await choose(token, { password: "x".repeat(MIN_PASSWORD_LENGTH), confirm: "y".repeat(MIN_PASSWORD_LENGTH) });
  expect(mismatch.data).toEqual({ errors: { confirm: "password.errors.mismatch" } });
  expect((await findUserByEmail({ email }))?.passwordHash).toBeNull();
  expect((await open(token)).status).toBe(200);
  expect((await choose(token, { password: "x".repeat(MIN_PASSWORD_LENGTH), confirm: "x".repeat(MIN_PASSWORD_LENGTH) })).status).toBe(302);
});

test("a link older than seven days has expired: 410, and no password can be set with it", async () => {
  const user = await makeUser({ role: "project", municipalityId: municipality.id });
  await db()("users").where({ id: user.id }).update({ password_hash: null });
  const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
  const old = await createPasswordLink({ userId: user.id, municipalityId: municipality.id, createdBy: null, now: eightDaysAgo });
  const page = await open(old, address(), "nn");
  expect(page.status).toBe(410);
  expect(String((page.data as { text: string }).text)).toContain("7 dagar");
  expect((await choose(old, { password: "eit-langt-passord", confirm: "eit-langt-passord" })).status).toBe(410);
  expect((await findUserByEmail({ email: user.email }))?.passwordHash).toBeNull();
  // Six days old still works.
  const recent = await createPasswordLink({ userId: user.id, municipalityId: municipality.id, createdBy: null, now: new Date(Date.now() - 6 * 86_400_000) });
  expect((await open(recent)).status).toBe(200);
});

test("a wrong or malformed token is 404 for the page and the form, and sets nothing", async () => {
  const { token } = await invite();
  const wrong = randomBytes(32).toString("base64url");
  expect((await open(wrong)).status).toBe(404);
  expect((await choose(wrong, { password: "ett-långt-lösenord", confirm: "ett-långt-lösenord" })).status).toBe(404);
  expect((await choose(wrong, { password: "kort", confirm: "" })).status).toBe(404);
  expect((await open("not a token!")).status).toBe(404);
  // A survey invitation's token is no password link, and the real one still works.
  expect((await open(token.slice(0, 24))).status).toBe(404);
  expect((await open(token)).status).toBe(200);
});

describe("unknown links are slowed down per client address", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  test("after 20 unknown links an address gets 429 with Retry-After, even for a real link; other addresses do not", async () => {
    const { token } = await invite();
    const ip = address();
    for (let i = 0; i < 21; i++) expect((await open(randomBytes(32).toString("base64url"), ip)).status).toBe(404);
    const blocked = await open(token, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(blocked.data).toMatchObject({ title: "För många försök" });
    expect((await choose(token, { password: "ett-långt-lösenord", confirm: "ett-långt-lösenord" }, ip)).status).toBe(429);
    expect((await open(token, address())).status).toBe(200);
  });
});
