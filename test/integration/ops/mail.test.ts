// Invitations and reminders sent to a real SMTP server on loopback: what arrives, in which
// language, with which link; reminders only to those who have not submitted, once each.
import { db } from "~/db/client.server";
import { setInvitationStatus } from "~/db/surveys-invitations.server";
import { saveMailSettings } from "~/db/mail-recipients.server";
import { outboxCounts } from "~/db/mail-outbox.server";
import { resetEnvCache } from "~/utils/env.server";
import { createSurvey, publishSurvey, closeSurvey } from "~/services/surveys/surveys.server";
import { loadRespondent } from "~/services/surveys/respond.server";
import { addRecipients } from "~/services/mail/recipients.server";
import { runMailOnce } from "~/services/mail/worker.server";
import { closeMailTransport } from "~/services/mail/transport.server";
import { makeMunicipality } from "../../support/factories";
import { startSmtp, whileSmtpIsDown, type Received } from "./support/smtp-server";

const APP_URL = "https://vagval.sjobacka.se";
const DAY = 24 * 3600 * 1000;
const saved = { ...process.env };
let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeAll(async () => {
  smtp = await startSmtp();
  Object.assign(process.env, { SMTP_URL: smtp.url, MAIL_FROM: "Vägval <vagval@sjobacka.se>", APP_URL, SESSION_SECRET: "mail-test-secret-0123456789" });
  resetEnvCache();
});

afterAll(async () => {
  closeMailTransport();
  await smtp.stop();
  process.env = saved;
  resetEnvCache();
});

async function publishedSurvey(name = "Sjöbacka kommun") {
  const m = await makeMunicipality({ name });
  const surveyId = await createSurvey({ municipalityId: m.id, templateKey: "prestudy-2019", locale: "sv" });
  await publishSurvey({ municipalityId: m.id, surveyId });
  return { municipalityId: m.id, surveyId };
}

const tokenIn = (mail: Received) => new RegExp(`${APP_URL}/s/([A-Za-z0-9_-]+)\\?lng=(\\w+)`).exec(mail.text);
const newSince = (count: number) => smtp.received.slice(count);

describe("e-mail invitations and reminders", () => {
  test("each address gets one invitation in its language, with a personal link that works", async () => {
    const ids = await publishedSurvey();
    const text = "anna@sjobacka.se\nola@fjordvik.no nb, Kari Nordmann <kari@fjordvik.no> nn\nANNA@sjobacka.se\njohn@example.org en";
    const result = await addRecipients({ ...ids, text, defaultLocale: "sv" });
    expect(result).toMatchObject({ added: 4, duplicates: 1, invalid: [] });
    const before = smtp.received.length;
    const summary = await runMailOnce();
    expect(summary.sent).toBe(4);
    const mails = newSince(before);
    const byRecipient = new Map(mails.map((m) => [m.to[0], m]));
    expect([...byRecipient.keys()].sort()).toEqual(["anna@sjobacka.se", "john@example.org", "kari@fjordvik.no", "ola@fjordvik.no"]);
    expect(byRecipient.get("anna@sjobacka.se")!.subject).toMatch(/^Enkät från Sjöbacka kommun: /);
    expect(byRecipient.get("ola@fjordvik.no")!.subject).toMatch(/^Spørreundersøkelse fra /);
    expect(byRecipient.get("kari@fjordvik.no")!.subject).toMatch(/^Spørjeundersøking frå /);
    expect(byRecipient.get("john@example.org")!.text).toContain("The link is personal");
    expect(mails.every((m) => m.from === "vagval@sjobacka.se")).toBe(true);
    const tokens = new Set<string>();
    for (const [to, mail] of byRecipient) {
      const match = tokenIn(mail);
      expect(match, to).not.toBeNull();
      expect(match![2]).toBe({ "anna@sjobacka.se": "sv", "ola@fjordvik.no": "nb", "kari@fjordvik.no": "nn", "john@example.org": "en" }[to!]);
      expect((await loadRespondent(match![1]!)).kind).toBe("intro");
      tokens.add(match![1]!);
    }
    expect(tokens.size).toBe(4);
    // Pasting the same list again invites nobody twice, and a second pass sends nothing.
    expect(await addRecipients({ ...ids, text, defaultLocale: "sv" })).toMatchObject({ added: 0, alreadyInvited: 4 });
    expect((await runMailOnce()).sent).toBe(0);
    expect(smtp.received.length).toBe(before + 4);
  });

  test("reminders follow the plan, skip those who submitted, and are never sent twice", async () => {
    const ids = await publishedSurvey();
    await saveMailSettings({ ...ids, settings: { reminderDays: [5, 10], keepAddresses: false } });
    await addRecipients({ ...ids, text: "a@k.se b@k.se c@k.se", defaultLocale: "sv" });
    const t0 = Date.now();
    await runMailOnce();
    const invitations = await db()("survey_recipients").where({ survey_id: ids.surveyId }).orderBy("email").select("invitation_id", "email");
    await setInvitationStatus({ id: Number(invitations[1].invitation_id), status: "submitted" }); // b@k.se answered
    const at = (days: number) => () => new Date(t0 + days * DAY);
    const sentTo = async (days: number) => {
      const before = smtp.received.length;
      await runMailOnce({ now: at(days) });
      // The worker serves every survey; only this survey's recipients matter here.
      return newSince(before)
        .filter((m) => m.to[0]!.endsWith("@k.se") && ["a", "b", "c"].includes(m.to[0]!.split("@")[0]!))
        .map((m) => `${m.to[0]} ${m.subject.split(":")[0]}`)
        .sort();
    };
    expect(await sentTo(4)).toEqual([]);
    expect(await sentTo(5.1)).toEqual(["a@k.se Påminnelse", "c@k.se Påminnelse"]);
    expect(await sentTo(6)).toEqual([]);
    await setInvitationStatus({ id: Number(invitations[2].invitation_id), status: "submitted" }); // c@k.se answered
    expect(await sentTo(10.5)).toEqual(["a@k.se Påminnelse"]);
    expect(await sentTo(40)).toEqual([]);
    const keys = (await db()("mail_outbox").where({ survey_id: ids.surveyId, kind: "reminder" }).orderBy("dedupe_key").select("dedupe_key")).map((r: { dedupe_key: string }) => r.dedupe_key);
    const a = Number(invitations[0].invitation_id);
    const c = Number(invitations[2].invitation_id);
    expect(keys).toEqual([`reminder:${a}:1`, `reminder:${a}:2`, `reminder:${c}:1`].sort());
  });

  test("a worker down for a while sends only the latest due reminder, not a burst", async () => {
    const ids = await publishedSurvey();
    await addRecipients({ ...ids, text: "late@k.se", defaultLocale: "en" });
    const t0 = Date.now();
    await runMailOnce();
    const before = smtp.received.length;
    await runMailOnce({ now: () => new Date(t0 + 12 * DAY) });
    const mine = newSince(before).filter((m) => m.to[0] === "late@k.se");
    expect(mine.map((m) => m.subject)).toEqual([expect.stringMatching(/^Reminder: /)]);
  });

  test("closing the survey deletes its addresses and queued mails, unless the group keeps them", async () => {
    const dropped = await publishedSurvey();
    const kept = await publishedSurvey();
    await saveMailSettings({ ...kept, settings: { reminderDays: [5], keepAddresses: true } });
    await addRecipients({ ...dropped, text: "x@k.se y@k.se", defaultLocale: "sv" });
    await addRecipients({ ...kept, text: "z@k.se", defaultLocale: "sv" });
    await closeSurvey(dropped);
    await closeSurvey(kept);
    const before = smtp.received.length;
    const summary = await runMailOnce();
    expect(summary.purged).toBe(2);
    expect(summary.cancelled).toBe(1); // kept, but its survey is closed: no mail
    expect(smtp.received.length).toBe(before);
    expect(await db()("survey_recipients").where({ survey_id: dropped.surveyId })).toEqual([]);
    expect(await db()("mail_outbox").where({ survey_id: dropped.surveyId })).toEqual([]);
    expect((await db()("survey_recipients").where({ survey_id: kept.surveyId })).map((r: { email: string }) => r.email)).toEqual(["z@k.se"]);
  });

  test("a mail server that is down means a retry with backoff, then delivery once it is back", async () => {
    const ids = await publishedSurvey();
    await addRecipients({ ...ids, text: "retry@k.se", defaultLocale: "sv" });
    const t0 = Date.now();
    await whileSmtpIsDown(smtp, async () => {
      expect((await runMailOnce({ now: () => new Date(t0) })).retried).toBe(1);
      const row = await db()("mail_outbox").where({ survey_id: ids.surveyId }).first();
      expect(row).toMatchObject({ status: "queued", attempts: 1 });
      expect(new Date(row.next_attempt_at).getTime()).toBe(t0 + 60_000);
      expect((await runMailOnce({ now: () => new Date(t0 + 30_000) })).retried).toBe(0); // not yet due
      expect((await runMailOnce({ now: () => new Date(t0 + 61_000) })).retried).toBe(1);
      expect(new Date((await db()("mail_outbox").where({ survey_id: ids.surveyId }).first()).next_attempt_at).getTime()).toBe(t0 + 61_000 + 120_000);
    });
    const before = smtp.received.length;
    expect((await runMailOnce({ now: () => new Date(t0 + 200_000) })).sent).toBe(1);
    expect(newSince(before).map((m) => m.to[0])).toEqual(["retry@k.se"]);
  });

  test("two workers at once send each mail once", async () => {
    const ids = await publishedSurvey();
    const addresses = Array.from({ length: 12 }, (_, i) => `p${i}@k.se`);
    await addRecipients({ ...ids, text: addresses.join("\n"), defaultLocale: "sv" });
    const before = smtp.received.length;
    const [one, two] = await Promise.all([runMailOnce({ batch: 3 }), runMailOnce({ batch: 3 })]);
    expect(one.sent + two.sent).toBe(12);
    expect(newSince(before).map((m) => m.to[0]).sort()).toEqual([...addresses].sort());
    const counts = await outboxCounts(ids);
    expect(counts.invitation.sent).toBe(12);
  });
});
