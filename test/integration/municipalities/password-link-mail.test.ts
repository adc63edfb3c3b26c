// Set-password links sent by e-mail: when SMTP is configured the settings page queues the link
// in the mail outbox (its token sealed), the mail worker sends it in the municipality's default
// language, and the sealed token is forgotten once sent, used or replaced. Without SMTP the
// link is shown to copy, as before. A real SMTP server on loopback receives the mails.
import { randomBytes } from "node:crypto";
import { action as settingsAction, loader as settingsLoader } from "~/routes/m.$municipality.settings";
import { action as passwordAction } from "~/routes/password.$token";
import { db } from "~/db/client.server";
import { findUserByEmail } from "~/db/users.server";
import { authenticate } from "~/services/auth.server";
import { createPasswordLink, setPasswordWithLink } from "~/services/password-links.server";
import { runMailOnce } from "~/services/mail/worker.server";
import { closeMailTransport } from "~/services/mail/transport.server";
import { resetEnvCache } from "~/utils/env.server";
import type { SettingsResult } from "~/components/municipality-members";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";
import { callAction, callLoader } from "../../support/routes";
import { startSmtp, whileSmtpIsDown, type Received } from "../ops/support/smtp-server";

const APP_URL = "https://vagval.sjobacka.se";
const saved = { ...process.env };
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
let adminCookie: string;

beforeAll(async () => {
  smtp = await startSmtp();
  Object.assign(process.env, { SMTP_URL: smtp.url, MAIL_FROM: "Vägval <vagval@sjobacka.se>", APP_URL, SESSION_SECRET: "link-mail-test-secret-0123456789" });
  resetEnvCache();
  admin = await makeUser({ role: "admin" });
  adminCookie = await sessionCookie(admin.id);
});

afterAll(async () => {
  closeMailTransport();
  await smtp.stop();
  process.env = saved;
  resetEnvCache();
});

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
const settingsPath = (slug: string) => `/m/${slug}/settings`;

async function give(slug: string, fields: Record<string, string>) {
  const email = `lank-${unique()}@kommun.se`;
  const res = await callAction(settingsAction, settingsPath(slug), { municipality: slug }, { intent: "member.add", email, role: "project", ...fields }, adminCookie);
  expect(res.status).toBe(200);
  return { email, result: res.data as SettingsResult };
}

const outboxFor = (email: string) => db()("mail_outbox").where({ recipient: email }).orderBy("id");
const linksOf = async (email: string) => db()("password_tokens").where({ user_id: (await findUserByEmail({ email }))!.id }).orderBy("id");
const mailsTo = (email: string) => smtp.received.filter((m) => m.to[0] === email);
const linkIn = (mail: Received) => new RegExp(`${APP_URL}/password/([A-Za-z0-9_-]+)\\?lng=(\\w+)`).exec(mail.text);

const choose = (token: string, password: string) =>
  passwordAction({
    request: request(`/password/${token}?lng=sv`, { method: "POST", body: new URLSearchParams({ password, confirm: password }) }),
    params: { token },
    context: { clientIp: `203.0.113.${randomBytes(1)[0]}` },
  }).catch((thrown: unknown) => thrown);

describe("set-password links by e-mail", () => {
  test("the page offers e-mail only when SMTP is configured", async () => {
    const m = await makeMunicipality();
    const withSmtp = await callLoader(settingsLoader, settingsPath(m.slug), { municipality: m.slug }, adminCookie);
    expect(withSmtp.data).toMatchObject({ canMail: true });
    delete process.env.SMTP_URL;
    resetEnvCache();
    try {
      const without = await callLoader(settingsLoader, settingsPath(m.slug), { municipality: m.slug }, adminCookie);
      expect(without.data).toMatchObject({ canMail: false });
    } finally {
      process.env.SMTP_URL = smtp.url;
      resetEnvCache();
    }
  });

  test("giving access queues one mail; the worker sends the link in the municipality's language; it sets the password; the sealed token is gone", async () => {
    const m = await makeMunicipality({ name: "Sjöbacka kommun" });
    const { email, result } = await give(m.slug, { sendMail: "on" });
    expect(result.link).toBeUndefined();
    expect(result.done).toMatchObject({ key: "members.done.addedNewMailed", params: { email, days: 7 } });

    const queued = await outboxFor(email);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ kind: "password", status: "queued", municipality_id: m.id, locale: "sv", survey_id: null, invitation_id: null });
    const [link] = await linksOf(email);
    expect(link.token_sealed).toMatch(/^v1\./);
    expect(queued[0].password_token_id).toBe(link.id);

    await runMailOnce();
    const mails = mailsTo(email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe("Välj ditt lösenord till Vägval – Sjöbacka kommun");
    expect(mail.text).toContain("Sjöbacka kommuns förstudie i Vägval");
    expect(mail.text).toContain("en gång och i 7 dagar");
    expect(mail.text).toContain(admin.email);
    const match = linkIn(mail);
    expect(match).not.toBeNull();
    expect(match![2]).toBe("sv");
    const token = match![1]!;
    // The raw token is nowhere in the database: the link holds its hash, the sealed copy is gone.
    expect((await linksOf(email))[0]).toMatchObject({ token_sealed: null, used_at: null });
    const sent = (await outboxFor(email))[0];
    expect(sent).toMatchObject({ status: "sent" });
    expect(JSON.stringify(sent)).not.toContain(token);
    expect(JSON.stringify(await linksOf(email))).not.toContain(token);
    // A second pass sends nothing more to them.
    await runMailOnce();
    expect(mailsTo(email)).toHaveLength(1);

    const password = "ett-långt-lösenord";
    const done = (await choose(token, password)) as Response;
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe(`/m/${m.slug}`);
    expect((await authenticate(email, password))?.email).toBe(email);
  });

  test("a new link by e-mail replaces the queued one, in the municipality's default language (nynorsk)", async () => {
    const m = await makeMunicipality({ name: "Fjordvik kommune", country: "NO" });
    await db()("municipalities").where({ id: m.id }).update({ default_locale: "nn" });
    const { email } = await give(m.slug, { sendMail: "on" });
    const user = await findUserByEmail({ email });
    const renewed = await callAction(settingsAction, settingsPath(m.slug), { municipality: m.slug }, { intent: "member.link", userId: String(user!.id), sendMail: "on" }, adminCookie);
    expect(renewed.status).toBe(200);
    expect((renewed.data as SettingsResult).link).toBeUndefined();
    expect((renewed.data as SettingsResult).done).toMatchObject({ key: "members.done.linkMailed", params: { email } });
    // The first link (and its sealed token) went with the replacement.
    expect(await linksOf(email)).toHaveLength(1);

    await runMailOnce();
    const rows = await outboxFor(email);
    expect(rows.map((r: { status: string; locale: string }) => [r.status, r.locale])).toEqual([
      ["cancelled", "nn"],
      ["sent", "nn"],
    ]);
    const mails = mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Vel passordet ditt i Vägval – Fjordvik kommune");
    expect(mails[0]!.text).toContain("éin gong og i 7 dagar");
    const match = linkIn(mails[0]!)!;
    expect(match[2]).toBe("nn");
    expect((await linksOf(email))[0].token_sealed).toBeNull();
    expect(((await choose(match[1]!, "eit-langt-passord")) as Response).status).toBe(302);
  });

  test("a link used before its mail left: the sealed token is cleared and the mail is not sent", async () => {
    const m = await makeMunicipality();
    const user = await makeUser({ role: "project", municipalityId: m.id });
    await db()("users").where({ id: user.id }).update({ password_hash: null });
    const token = await createPasswordLink({ userId: user.id, municipalityId: m.id, createdBy: admin.id, mail: { email: user.email, locale: "en", municipalityId: m.id } });
    expect((await linksOf(user.email))[0].token_sealed).not.toBeNull();
    expect((await setPasswordWithLink({ token, password: "a-long-password" })).kind).toBe("set");
    expect((await linksOf(user.email))[0].token_sealed).toBeNull();
    await runMailOnce();
    expect((await outboxFor(user.email))[0]).toMatchObject({ status: "cancelled", last_error: "link already used" });
    expect(mailsTo(user.email)).toEqual([]);
  });

  test("a mail server that is down means a retry with backoff like invitations, then the link arrives", async () => {
    const m = await makeMunicipality();
    const { email } = await give(m.slug, { sendMail: "on" });
    const t0 = Date.now();
    await whileSmtpIsDown(smtp, async () => {
      await runMailOnce({ now: () => new Date(t0) });
      const row = (await outboxFor(email))[0];
      expect(row).toMatchObject({ status: "queued", attempts: 1 });
      expect(new Date(row.next_attempt_at).getTime()).toBe(t0 + 60_000);
      expect((await linksOf(email))[0].token_sealed).not.toBeNull(); // kept for the retry
      await runMailOnce({ now: () => new Date(t0 + 30_000) }); // not yet due
      expect((await outboxFor(email))[0]).toMatchObject({ attempts: 1 });
      await runMailOnce({ now: () => new Date(t0 + 61_000) });
      expect(new Date((await outboxFor(email))[0].next_attempt_at).getTime()).toBe(t0 + 61_000 + 120_000);
    });
    await runMailOnce({ now: () => new Date(t0 + 200_000) });
    expect((await outboxFor(email))[0]).toMatchObject({ status: "sent", attempts: 3 });
    expect(mailsTo(email)).toHaveLength(1);
    expect(linkIn(mailsTo(email)[0]!)).not.toBeNull();
    expect((await linksOf(email))[0].token_sealed).toBeNull();
  });

  test("unticked, or without SMTP, nothing is queued and the link is shown to copy", async () => {
    const m = await makeMunicipality();
    const unticked = await give(m.slug, {});
    expect(unticked.result.link?.url).toMatch(new RegExp(`^${APP_URL}/password/`));
    expect(unticked.result.done?.key).toBe("members.done.addedNew");
    expect(await outboxFor(unticked.email)).toEqual([]);
    expect((await linksOf(unticked.email))[0].token_sealed).toBeNull();

    delete process.env.SMTP_URL;
    resetEnvCache();
    try {
      const without = await give(m.slug, { sendMail: "on" });
      expect(without.result.link?.url).toMatch(new RegExp(`^${APP_URL}/password/`));
      expect(without.result.done?.key).toBe("members.done.addedNew");
      expect(await outboxFor(without.email)).toEqual([]);
      expect((await linksOf(without.email))[0].token_sealed).toBeNull();
      const user = await findUserByEmail({ email: without.email });
      const renewed = await callAction(settingsAction, settingsPath(m.slug), { municipality: m.slug }, { intent: "member.link", userId: String(user!.id), sendMail: "on" }, adminCookie);
      expect((renewed.data as SettingsResult).link?.url).toMatch(/\/password\//);
      expect(await outboxFor(without.email)).toEqual([]);
      const token = (renewed.data as SettingsResult).link!.url.split("/password/")[1]!;
      expect(((await choose(token, "ett-långt-lösenord")) as Response).status).toBe(302);
    } finally {
      process.env.SMTP_URL = smtp.url;
      resetEnvCache();
    }
  });
});
