// Erasing one respondent's answers by their link: by the respondent on their own page, or by
// the project group with the link the respondent sent them. Others' answers stay.
import { db } from "~/db/client.server";
import { countSubmitted } from "~/db/surveys-responses.server";
import { countInvitations } from "~/db/surveys-invitations.server";
import { action as respondAction, loader as respondLoader } from "~/routes/s.$token";
import { action as surveyAction, loader as surveyLoader } from "~/routes/m.$municipality.surveys.$surveyId._index";
import { saveSection, startResponse } from "~/services/surveys/respond.server";
import { surveyResults } from "~/services/surveys/results.server";
import { makeUser, request, sessionCookie } from "../../support/factories";
import { PAGES, publishedSurvey } from "./helpers";

async function answerAll(token: string) {
  await startResponse(token, "sv");
  for (const [section, raw] of Object.entries(PAGES))
    await saveSection({ token, section, raw: { ...raw }, intent: section === "service_level" ? "finish" : "next", locale: "sv" });
}

async function answered(links = 4) {
  const s = await publishedSurvey({ links });
  for (const token of s.tokens) await answerAll(token);
  return s;
}

const answerRows = async (surveyId: number) => Number((await db()("survey_answers").where({ survey_id: surveyId }).count({ n: "*" }).first())?.n);

/** What the promise gave or threw (loaders throw redirects and 404s as Responses). */
async function outcome(p: Promise<unknown>): Promise<unknown> {
  try {
    return await p;
  } catch (e) {
    return e;
  }
}

describe("the respondent erases their own answers", () => {
  test("after submitting: a confirmation page, then the answers are gone and the link says so", async () => {
    const { m, surveyId, tokens } = await answered(4);
    const token = tokens[0]!;
    const before = await answerRows(surveyId);
    const submitted = await respondLoader({ request: request(`/s/${token}?lng=sv`), params: { token }, context: {} });
    expect([submitted.kind, submitted.confirmErase]).toEqual(["submitted", false]);
    const confirm = await respondLoader({ request: request(`/s/${token}?lng=sv&erase=confirm`), params: { token }, context: {} });
    expect(confirm.confirmErase).toBe(true);

    const res = (await respondAction({ request: request(`/s/${token}?lng=sv`, { method: "POST", body: new URLSearchParams({ intent: "erase" }) }), params: { token }, context: {} })) as Response;
    expect(res.headers.get("Location")).toBe(`/s/${token}`);
    const after = await respondLoader({ request: request(`/s/${token}?lng=sv`), params: { token }, context: {} });
    expect(after.kind).toBe("erased");

    const ids = { municipalityId: m.id, surveyId };
    expect(await countSubmitted(ids)).toBe(3);
    expect((await countInvitations(ids)).erased).toBe(1);
    // Exactly one response's rows went; the three others are whole.
    expect(await answerRows(surveyId)).toBe((before / 4) * 3);
    expect((await surveyResults({ ...ids, locale: "sv" }))?.responses).toBe(3);
    // A second try finds nothing, and the link cannot start again.
    await respondAction({ request: request(`/s/${token}?lng=sv`, { method: "POST", body: new URLSearchParams({ intent: "erase" }) }), params: { token }, context: {} });
    await respondAction({ request: request(`/s/${token}?lng=sv`, { method: "POST", body: new URLSearchParams({ intent: "start" }) }), params: { token }, context: {} });
    expect(await countSubmitted(ids)).toBe(3);
  });
});

describe("the project group erases a respondent's answers by their link", () => {
  const post = (slug: string, surveyId: number, cookie: string, fields: Record<string, string>) =>
    outcome(
      surveyAction({
        request: request(`/m/${slug}/surveys/${surveyId}`, { method: "POST", cookie, body: new URLSearchParams(fields) }),
        params: { municipality: slug, surveyId: String(surveyId) },
        context: {},
      }),
    );

  test("paste the link, confirm, the answers are gone; the audit names the survey, never the link", async () => {
    const { m, surveyId, tokens } = await answered(3);
    const user = await makeUser({ role: "project", municipalityId: m.id });
    const cookie = await sessionCookie(user.id);
    const link = `https://vagval.example.se/s/${tokens[1]}?lng=sv`;

    const check = (await post(m.slug, surveyId, cookie, { intent: "erase_check", link })) as { data: { erase: { kind: string } } };
    expect(check.data.erase.kind).toBe("found");
    expect(await countSubmitted({ municipalityId: m.id, surveyId })).toBe(3);

    const done = (await post(m.slug, surveyId, cookie, { intent: "erase", link })) as Response;
    expect(done.headers.get("Location")).toBe(`/m/${m.slug}/surveys/${surveyId}?erased=1`);
    expect(await countSubmitted({ municipalityId: m.id, surveyId })).toBe(2);
    const page = await surveyLoader({ request: request(`/m/${m.slug}/surveys/${surveyId}?erased=1`, { cookie }), params: { municipality: m.slug, surveyId: String(surveyId) }, context: {} });
    expect([page.responses, page.erased]).toEqual([2, true]);

    const entries = await db()("audit_log").where({ municipality_id: m.id, action: "survey.response_erased" });
    expect(entries).toHaveLength(1);
    expect(entries[0].target).toBe(`survey:${surveyId}`);
    expect(JSON.stringify(entries)).not.toContain(tokens[1]!);

    // The same link again: nothing left to erase.
    const again = (await post(m.slug, surveyId, cookie, { intent: "erase_check", link })) as { data: { erase: { kind: string } }; init: { status: number } };
    expect([again.data.erase.kind, again.init.status]).toEqual(["nothing", 400]);
  });

  test("another municipality's project group cannot erase with the link", async () => {
    const a = await answered(3);
    const b = await publishedSurvey({ links: 1 });
    const stranger = await makeUser({ role: "project", municipalityId: b.m.id });
    const cookie = await sessionCookie(stranger.id);
    for (const intent of ["erase_check", "erase"]) {
      const r = (await post(b.m.slug, b.surveyId, cookie, { intent, link: `/s/${a.tokens[0]}` })) as { data: { erase: { kind: string } }; init: { status: number } };
      expect([r.data.erase.kind, r.init.status]).toEqual(["not_found", 400]);
    }
    // Nor through A's page without being a member there.
    const refused = (await post(a.m.slug, a.surveyId, cookie, { intent: "erase", link: `/s/${a.tokens[0]}` })) as Response;
    expect([403, 404]).toContain(refused.status);
    expect(await countSubmitted({ municipalityId: a.m.id, surveyId: a.surveyId })).toBe(3);
  });
});
