// A municipality's settings page (/m/:municipality/settings), through the real route and
// database: an admin changes the name, default language and region (a wrong form keeps what was
// typed and names what to fix, in every language); gives people access, by a new account with a
// set-password link or an existing account; changes a role; removes a membership and undoes it.
// Everyone else is refused: members 403, other municipalities' users 404.
import { action, loader } from "~/routes/m.$municipality.settings";
import { loader as layoutLoader } from "~/routes/m.$municipality";
import { db } from "~/db/client.server";
import { listAudit } from "~/db/audit.server";
import { findUserByEmail, getMembership } from "~/db/users.server";
import { getMunicipality, upsertRegion } from "~/db/municipalities.server";
import { tokenHash } from "~/services/tokens.server";
import { municipalitySections } from "~/components/municipality-sections";
import { resources } from "~/i18n/resources";
import { LOCALES } from "~/domain/ids";
import type { SettingsResult } from "~/components/municipality-members";
import { makeUser, request, sessionCookie, TEST_PASSWORD } from "../../support/factories";
import { callAction, callLoader, setup } from "../../support/routes";
import { authenticate } from "~/services/auth.server";

type Page = Awaited<ReturnType<typeof loader>>;

let ctx: Awaited<ReturnType<typeof setup>>;
let admin: { id: number; email: string; cookie: string };
let otherAdmin: { id: number; cookie: string };
let path: string;
let params: Record<string, string>;
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

beforeAll(async () => {
  ctx = await setup();
  const a = await makeUser({ role: "admin" });
  admin = { ...a, cookie: await sessionCookie(a.id) };
  const b = await makeUser({ role: "admin" });
  otherAdmin = { id: b.id, cookie: await sessionCookie(b.id) };
  path = `/m/${ctx.own.slug}/settings`;
  params = { municipality: ctx.own.slug };
  await upsertRegion({ slug: "settings-region", name: "Inställningsregionen" });
});

const post = async (fields: Record<string, string>, cookie = admin.cookie) => {
  const res = await callAction(action, path, params, fields, cookie);
  return { status: res.status, data: res.data as SettingsResult };
};
const page = async () => (await callLoader(loader, path, params, admin.cookie)).data as Page;
const memberOf = async (email: string) => (await page()).members.find((m) => m.email === email);

describe("who may use the settings page", () => {
  test("members get 403, another municipality's user 404, anonymous visitors are sent to sign in", async () => {
    for (const who of [ctx.project, ctx.decision]) {
      expect((await callLoader(loader, path, params, who.cookie)).status).toBe(403);
      expect((await callAction(action, path, params, { intent: "member.add", email: `x-${unique()}@test.se`, role: "project" }, who.cookie)).status).toBe(403);
    }
    expect((await callLoader(loader, path, params, ctx.stranger.cookie)).status).toBe(404);
    expect((await callAction(action, path, params, { intent: "settings.save", name: "Kapad", defaultLocale: "sv" }, ctx.stranger.cookie)).status).toBe(404);
    const anonymous = await callLoader(loader, path, params, "");
    expect(anonymous).toMatchObject({ status: 302, location: `/login?redirectTo=${encodeURIComponent(path)}` });
    expect((await getMunicipality({ slug: ctx.own.slug }))?.name).not.toBe("Kapad");
  });

  test("only admins have Settings in the municipality's menu", async () => {
    const layout = async (cookie: string) => (await layoutLoader({ request: request(`/m/${ctx.own.slug}`, { cookie }), params, context: {} })).role;
    expect(municipalitySections(await layout(admin.cookie)).map((s) => s.to)).toContain("/settings");
    for (const who of [ctx.project, ctx.decision]) expect(municipalitySections(await layout(who.cookie)).map((s) => s.to)).not.toContain("/settings");
    for (const lng of LOCALES) expect(resources[lng].settings.nav).toBeTruthy();
  });
});

describe("the municipality's settings", () => {
  test("an admin changes name, default language and region; the web address stays; the change is audited", async () => {
    const res = await post({ intent: "settings.save", name: "Nya namnet kommun", defaultLocale: "nb", region: "settings-region" });
    expect(res.status).toBe(200);
    expect(res.data.done?.key).toBe("municipality.saved");
    const m = await getMunicipality({ slug: ctx.own.slug });
    expect(m).toMatchObject({ slug: ctx.own.slug, name: "Nya namnet kommun", defaultLocale: "nb", regionSlug: "settings-region" });
    expect((await page()).municipality).toMatchObject({ name: "Nya namnet kommun", defaultLocale: "nb", region: "settings-region" });
    const [entry] = await listAudit({ municipalityId: ctx.own.id });
    expect(entry).toMatchObject({ action: "municipality.update", target: ctx.own.slug, email: admin.email });
    expect(JSON.parse(String(entry!.detail))).toMatchObject({ name: { to: "Nya namnet kommun" }, defaultLocale: { to: "nb" }, region: { from: null, to: "settings-region" } });

    // Saving the same again changes nothing and logs nothing; no region takes it out again.
    expect((await post({ intent: "settings.save", name: "Nya namnet kommun", defaultLocale: "nb", region: "settings-region" })).data.done?.key).toBe("municipality.unchanged");
    expect((await listAudit({ municipalityId: ctx.own.id }))[0]!.id).toBe(entry!.id);
    await post({ intent: "settings.save", name: "Nya namnet kommun", defaultLocale: "sv", region: "" });
    expect(await getMunicipality({ slug: ctx.own.slug })).toMatchObject({ defaultLocale: "sv", regionSlug: null });
  });

  test("a wrong form keeps what was typed, names every field to fix in every language, and changes nothing", async () => {
    const before = await getMunicipality({ slug: ctx.own.slug });
    const res = await post({ intent: "settings.save", name: "A", defaultLocale: "de", region: "" });
    expect(res.status).toBe(400);
    expect(res.data.values).toMatchObject({ name: "A", defaultLocale: "de" });
    expect(res.data.errors).toEqual({ name: "errors.name", defaultLocale: "errors.defaultLocale" });
    const unknownRegion = await post({ intent: "settings.save", name: "Fint namn", defaultLocale: "sv", region: "no-such-region" });
    expect(unknownRegion.status).toBe(400);
    expect(unknownRegion.data.errors).toEqual({ region: "errors.region" });
    expect(unknownRegion.data.values?.name).toBe("Fint namn");
    const tooLong = await post({ intent: "settings.save", name: "x".repeat(121), defaultLocale: "sv" });
    expect(tooLong.data.errors).toEqual({ name: "errors.nameTooLong" });
    expect(await getMunicipality({ slug: ctx.own.slug })).toEqual(before);
    for (const lng of LOCALES) {
      const errors = resources[lng].settings.errors as Record<string, string>;
      for (const key of ["name", "nameTooLong", "defaultLocale", "region"]) expect(errors[key], `${lng} ${key}`).toMatch(/\S{3,}/);
    }
  });
});

describe("members", () => {
  test("the table lists members with role and since, and admins as 'all municipalities' without a membership", async () => {
    const p = await page();
    expect(p.members.map((m) => `${m.email} ${m.role}`).sort()).toEqual([`${ctx.project.email} project`, `${ctx.decision.email} decision`].sort());
    expect(p.members.every((m) => m.hasPassword && m.sinceText)).toBe(true);
    expect(p.admins.map((a) => a.email)).toEqual(expect.arrayContaining([admin.email]));
    expect(p.members.some((m) => m.email === ctx.stranger.email)).toBe(false);
  });

  test("a new address gets an account without a password and a personal link shown once; only the token's hash is stored", async () => {
    const email = `ny-${unique()}@kommun.se`;
    const res = await post({ intent: "member.add", email: `  ${email.toUpperCase()} `, role: "project" });
    expect(res.status).toBe(200);
    expect(res.data.done).toEqual({ key: "members.done.addedNew", params: { email, role: "project" } });
    const url = res.data.link?.url ?? "";
    expect(res.data.link?.email).toBe(email);
    const token = url.match(/^http:\/\/localhost\/password\/([A-Za-z0-9_-]{43})$/)?.[1];
    expect(token, url).toBeTruthy();

    const user = await findUserByEmail({ email });
    expect(user).toMatchObject({ email, isAdmin: false, passwordHash: null });
    expect(await getMembership({ userId: user!.id, municipalityId: ctx.own.id })).toBe("project");
    const rows = await db()("password_tokens").where({ user_id: user!.id }).select();
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(tokenHash("password", token!));
    expect(JSON.stringify(rows)).not.toContain(token);
    const days = (Date.parse(rows[0].expires_at) - Date.parse(rows[0].created_at)) / 86_400_000;
    expect(days).toBe(7);

    // The page shows the member, without a password yet and with today's date, and never the link again.
    const member = await memberOf(email);
    expect(member).toMatchObject({ role: "project", hasPassword: false });
    expect(member?.sinceText).toBeTruthy();
    expect(JSON.stringify(await page())).not.toContain(token);
    const [entry] = await listAudit({ municipalityId: ctx.own.id });
    expect(entry).toMatchObject({ action: "membership.add", target: email });
    expect(JSON.stringify(entry)).not.toContain(token);
  });

  test("an existing account just gets the membership: no link, its password unchanged", async () => {
    const other = await makeUser({ role: "project", municipalityId: ctx.other.id });
    const res = await post({ intent: "member.add", email: other.email, role: "decision" });
    expect(res.status).toBe(200);
    expect(res.data.done?.key).toBe("members.done.addedExisting");
    expect(res.data.link).toBeUndefined();
    expect(await getMembership({ userId: other.id, municipalityId: ctx.own.id })).toBe("decision");
    expect(await getMembership({ userId: other.id, municipalityId: ctx.other.id })).toBe("project");
    expect((await authenticate(other.email, TEST_PASSWORD))?.id).toBe(other.id);
    expect(await db()("password_tokens").where({ user_id: other.id })).toEqual([]);
  });

  test("a member already, an admin or a wrong address is refused with what to fix, and the typed values kept", async () => {
    const already = await post({ intent: "member.add", email: ctx.project.email, role: "decision" });
    expect(already).toMatchObject({ status: 400, data: { errors: { email: "errors.alreadyMember" }, values: { email: ctx.project.email, role: "decision" } } });
    expect(await getMembership({ userId: ctx.project.id, municipalityId: ctx.own.id })).toBe("project");
    const anAdmin = await post({ intent: "member.add", email: admin.email, role: "project" });
    expect(anAdmin.data.errors).toEqual({ email: "errors.isAdmin" });
    expect(await getMembership({ userId: admin.id, municipalityId: ctx.own.id })).toBeUndefined();
    const wrong = await post({ intent: "member.add", email: "anna-at-kommun", role: "boss" });
    expect(wrong.status).toBe(400);
    expect(wrong.data.errors).toEqual({ email: "errors.email", role: "errors.role" });
    expect((await post({ intent: "member.add", email: "", role: "project" })).data.errors).toEqual({ email: "errors.emailRequired" });
    expect(await findUserByEmail({ email: "anna-at-kommun" })).toBeUndefined();
    for (const lng of LOCALES) {
      const errors = resources[lng].settings.errors as Record<string, string>;
      for (const key of ["alreadyMember", "isAdmin", "email", "emailRequired", "role"]) expect(errors[key], `${lng} ${key}`).toMatch(/\S{3,}/);
    }
  });

  test("an admin changes a member's role; the change is audited; a non-member is 404", async () => {
    const u = await makeUser({ role: "project", municipalityId: ctx.own.id });
    const res = await post({ intent: "member.role", userId: String(u.id), role: "decision" });
    expect(res.data.done).toEqual({ key: "members.done.roleChanged", params: { email: u.email, role: "decision" } });
    expect(await getMembership({ userId: u.id, municipalityId: ctx.own.id })).toBe("decision");
    const [entry] = await listAudit({ municipalityId: ctx.own.id });
    expect(entry).toMatchObject({ action: "membership.role", target: u.email });
    expect(JSON.parse(String(entry!.detail))).toEqual({ from: "project", to: "decision" });
    expect((await post({ intent: "member.role", userId: String(u.id), role: "decision" })).data.done?.key).toBe("members.done.roleUnchanged");
    expect((await post({ intent: "member.role", userId: String(u.id), role: "admin" })).data.errors).toEqual({ role: "errors.role" });
    expect(await getMembership({ userId: u.id, municipalityId: ctx.own.id })).toBe("decision");
    // Someone of another municipality, or an admin, cannot be changed from here.
    expect((await post({ intent: "member.role", userId: String(ctx.stranger.id), role: "decision" })).status).toBe(404);
    expect((await post({ intent: "member.role", userId: String(admin.id), role: "decision" })).status).toBe(404);
    expect(await getMembership({ userId: ctx.stranger.id, municipalityId: ctx.other.id })).toBe("project");
  });

  test("a removed membership can be undone right after, once, by the admin who removed it; the account stays", async () => {
    const u = await makeUser({ role: "project", municipalityId: ctx.own.id });
    const before = await db()("memberships").where({ user_id: u.id, municipality_id: ctx.own.id }).first();
    const removed = await post({ intent: "member.remove", userId: String(u.id) });
    expect(removed.data.done).toEqual({ key: "members.done.removed", params: { email: u.email } });
    expect(removed.data.undoId).toEqual(expect.any(Number));
    expect(await getMembership({ userId: u.id, municipalityId: ctx.own.id })).toBeUndefined();
    expect(await findUserByEmail({ email: u.email })).toBeTruthy();
    expect((await listAudit({ municipalityId: ctx.own.id }))[0]).toMatchObject({ action: "membership.remove", target: u.email });
    // A removed member is refused at once.
    const cookie = await sessionCookie(u.id);
    expect((await callLoader(layoutLoader, `/m/${ctx.own.slug}`, params, cookie)).status).toBe(404);

    // Another admin cannot take it back; the one who removed can, once.
    const undoId = String(removed.data.undoId);
    expect((await post({ intent: "member.undo", undoId }, otherAdmin.cookie)).data.undone).toBe("gone");
    const undone = await post({ intent: "member.undo", undoId });
    expect(undone.data).toMatchObject({ undone: "restored", done: { key: "members.done.restored", params: { email: u.email } } });
    expect(await db()("memberships").where({ user_id: u.id, municipality_id: ctx.own.id }).first()).toEqual(before);
    expect((await listAudit({ municipalityId: ctx.own.id }))[0]).toMatchObject({ action: "membership.undo", target: u.email });
    expect((await post({ intent: "member.undo", undoId })).data.undone).toBe("gone");
    expect((await callLoader(layoutLoader, `/m/${ctx.own.slug}`, params, cookie)).status).toBe(200);
  });

  test("an undo after the person was given access again changes nothing", async () => {
    const u = await makeUser({ role: "project", municipalityId: ctx.own.id });
    const removed = await post({ intent: "member.remove", userId: String(u.id) });
    await post({ intent: "member.add", email: u.email, role: "decision" });
    const undone = await post({ intent: "member.undo", undoId: String(removed.data.undoId) });
    expect(undone.data).toMatchObject({ undone: "conflict", done: { key: "members.done.conflict" } });
    expect(await getMembership({ userId: u.id, municipalityId: ctx.own.id })).toBe("decision");
  });

  test("an admin row cannot be removed: admins are not memberships", async () => {
    expect((await post({ intent: "member.remove", userId: String(admin.id) })).status).toBe(404);
    expect((await findUserByEmail({ email: admin.email }))?.isAdmin).toBe(true);
  });

  test("a member who has not chosen a password gets a new link; the earlier one stops working", async () => {
    const email = `igen-${unique()}@kommun.se`;
    const first = (await post({ intent: "member.add", email, role: "decision" })).data.link!.url.split("/password/")[1]!;
    const member = (await memberOf(email))!;
    const again = await post({ intent: "member.link", userId: String(member.userId) });
    expect(again.data.done).toEqual({ key: "members.done.linkRenewed", params: { email } });
    const second = again.data.link!.url.split("/password/")[1]!;
    expect(second).not.toBe(first);
    const hashes = (await db()("password_tokens").where({ user_id: member.userId }).select("token_hash")).map((r: { token_hash: string }) => r.token_hash);
    expect(hashes).toEqual([tokenHash("password", second)]);
    // Someone with a password gets none.
    expect((await post({ intent: "member.link", userId: String(ctx.project.id) })).data.errors).toEqual({ member: "errors.hasPassword" });
  });
});
