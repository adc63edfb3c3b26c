// The project group's mail page: paste addresses, set reminders, see the queue.
import { db } from "~/db/client.server";
import { resetEnvCache } from "~/utils/env.server";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { parseRecipientList, parseReminderDays } from "~/services/mail/parse-recipients";
import { backoffMs } from "~/services/mail/worker.server";
import { dueReminder } from "~/services/mail/reminders.server";
import { openToken, sealToken } from "~/services/mail/seal.server";
import { action, loader } from "~/routes/m.$municipality.mail.$surveyId";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe("reading a pasted list", () => {
  test("addresses, names, language codes, duplicates and mistakes", () => {
    const parsed = parseRecipientList("Anna Berg <Anna@Kommun.se> nb; ola@kommun.no\n\nanna@kommun.se, bad@, kari@kommun.no nn en");
    expect(parsed.recipients).toEqual([
      { email: "anna@kommun.se", locale: "nb" },
      { email: "ola@kommun.no", locale: null },
      { email: "kari@kommun.no", locale: "en" },
    ]);
    expect(parsed.duplicates).toBe(1);
    expect(parsed.invalid).toEqual(["bad@"]);
  });

  test("reminder days must be whole, ascending days", () => {
    expect(parseReminderDays("5, 10")).toEqual([5, 10]);
    expect(parseReminderDays("")).toEqual([]);
    expect(parseReminderDays("10,5")).toBeNull();
    expect(parseReminderDays("2.5")).toBeNull();
    expect(parseReminderDays("0")).toBeNull();
  });

  test("backoff doubles from a minute up to an hour; the latest due reminder wins", () => {
    expect([1, 2, 3, 4, 7, 12].map((a) => backoffMs(a) / 60_000)).toEqual([1, 2, 4, 8, 60, 60]);
    const sent = new Date("2026-03-02T08:00:00Z");
    expect(dueReminder(sent, [5, 10], new Date("2026-03-07T07:59:59Z"))).toBe(0);
    expect(dueReminder(sent, [5, 10], new Date("2026-03-07T08:00:00Z"))).toBe(1);
    expect(dueReminder(sent, [5, 10], new Date("2026-03-20T00:00:00Z"))).toBe(2);
  });

  test("a sealed token opens with the current or an older secret, not with another", () => {
    const saved = process.env.SESSION_SECRET;
    try {
      process.env.SESSION_SECRET = "first-secret-0123456789";
      resetEnvCache();
      const sealed = sealToken("tok_123-abcdefghijklmnop");
      expect(sealed).not.toContain("tok_123");
      process.env.SESSION_SECRET = "second-secret-0123456789,first-secret-0123456789";
      resetEnvCache();
      expect(openToken(sealed)).toBe("tok_123-abcdefghijklmnop");
      process.env.SESSION_SECRET = "another-secret-0123456789";
      resetEnvCache();
      expect(openToken(sealed)).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.SESSION_SECRET;
      else process.env.SESSION_SECRET = saved;
      resetEnvCache();
    }
  });
});

describe("the mail page", () => {
  test("the project group adds recipients and saves a reminder plan; others cannot", async () => {
    const m = await makeMunicipality();
    const surveyId = await createSurvey({ municipalityId: m.id, templateKey: "prestudy-2019", locale: "nb" });
    const project = await sessionCookie((await makeUser({ role: "project", municipalityId: m.id })).id);
    const params = { municipality: m.slug, surveyId: String(surveyId) };
    const path = `/m/${m.slug}/mail/${surveyId}`;
    const post = (fields: Record<string, string>, cookie = project) => action({ request: request(path, { method: "POST", body: form(fields), cookie }), params, context: {} });

    // A draft cannot be mailed yet; what was typed is kept.
    const early = (await post({ intent: "add", addresses: "a@k.no", locale: "nb" })) as unknown as { data: { error: string; text: string }; init: { status: number } };
    expect(early.init.status).toBe(400);
    expect(early.data).toMatchObject({ error: "not_published", text: "a@k.no" });

    await publishSurvey({ municipalityId: m.id, surveyId });
    const bad = (await post({ intent: "add", addresses: "a@k.no\nnot-an@address", locale: "nb" })) as unknown as { data: { result: { invalid: string[] } }; init: { status: number } };
    expect(bad.init.status).toBe(400);
    expect(bad.data.result.invalid).toEqual(["not-an@address"]);
    const ok = (await post({ intent: "add", addresses: "a@k.no\nb@k.se sv", locale: "nb" })) as unknown as { data: { result: { added: number } } };
    expect(ok.data.result.added).toBe(2);
    expect((await db()("survey_recipients").where({ survey_id: surveyId }).orderBy("email").select("email", "locale")).map((r: { email: string; locale: string }) => `${r.email}:${r.locale}`)).toEqual(["a@k.no:nb", "b@k.se:sv"]);

    const days = (await post({ intent: "settings", days: "3, 7", keep: "on" })) as unknown as { data: { saved: boolean } };
    expect(days.data.saved).toBe(true);
    const wrong = (await post({ intent: "settings", days: "7, 3" })) as unknown as { init: { status: number } };
    expect(wrong.init.status).toBe(400);

    const page = await loader({ request: request(path, { cookie: project }), params, context: {} });
    expect(page.recipients).toBe(2);
    expect(page.counts.invitation.queued).toBe(2);
    expect(page.settings).toEqual({ reminderDays: [3, 7], keepAddresses: true });

    const decision = await sessionCookie((await makeUser({ role: "decision", municipalityId: m.id })).id);
    await expect(loader({ request: request(path, { cookie: decision }), params, context: {} })).rejects.toMatchObject({ status: 403 });
    const stranger = await sessionCookie((await makeUser({ role: "project", municipalityId: (await makeMunicipality()).id })).id);
    await expect(post({ intent: "add", addresses: "x@k.no" }, stranger)).rejects.toMatchObject({ status: 404 });
  });
});
