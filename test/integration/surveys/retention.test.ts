// Retention: after the assessment's date, raw answers, responses, links and addresses are
// erased and every result view reads the stored counts, with a note saying so.
import { db } from "~/db/client.server";
import { currentAssessment, setRetention } from "~/db/assessments.server";
import { countSubmitted } from "~/db/surveys-responses.server";
import { loader as resultsLoader } from "~/routes/m.$municipality.surveys.$surveyId.results";
import { action as listAction } from "~/routes/m.$municipality.surveys._index";
import { saveSection, startResponse } from "~/services/surveys/respond.server";
import { purgeExpired } from "~/services/surveys/retention.server";
import { surveyResults } from "~/services/surveys/results.server";
import { surveyEvidence } from "~/services/surveys/evidence.server";
import { makeUser, request, sessionCookie } from "../../support/factories";
import { PAGES, publishedSurvey } from "./helpers";

async function answerAll(token: string) {
  await startResponse(token, "sv");
  for (const [section, raw] of Object.entries(PAGES))
    await saveSection({ token, section, raw: { ...raw }, intent: section === "service_level" ? "finish" : "next", locale: "sv" });
}

const rows = async (table: string, surveyId: number) => Number((await db()(table).where({ survey_id: surveyId }).count({ n: "*" }).first())?.n);

describe("retention of raw answers", () => {
  test("past the date: counts kept, raw answers, links and texts gone; results and evidence read the snapshot with a note", async () => {
    const { m, surveyId, tokens } = await publishedSurvey({ links: 6 });
    for (const token of tokens.slice(0, 5)) await answerAll(token);
    const ids = { municipalityId: m.id, surveyId };
    const before = await surveyResults({ ...ids, locale: "sv" });
    const assessment = (await currentAssessment({ municipalityId: m.id }))!;

    // Set through the form: audited.
    const user = await makeUser({ role: "project", municipalityId: m.id });
    const cookie = await sessionCookie(user.id);
    const post = (retainUntil: string) =>
      listAction({ request: request(`/m/${m.slug}/surveys`, { method: "POST", cookie, body: new URLSearchParams({ intent: "retention", retainUntil }) }), params: { municipality: m.slug }, context: {} });
    expect(((await post("2026-02-31")) as unknown as { init: { status: number } }).init.status).toBe(400);
    expect(await post("2026-03-01")).toMatchObject({ ok: true });
    expect(await db()("audit_log").where({ municipality_id: m.id, action: "assessment.retention" })).toHaveLength(1);

    // Not yet due on the date itself.
    expect(await purgeExpired({ municipalityId: m.id, now: new Date("2026-03-01T12:00:00Z") })).toEqual([]);
    const purged = await purgeExpired({ municipalityId: m.id, now: new Date("2026-03-02T03:00:00Z") });
    expect(purged).toEqual([expect.objectContaining({ survey: surveyId, responses: 5, invitations: 6 })]);
    for (const table of ["survey_answers", "survey_responses", "survey_invitations", "survey_recipients"]) expect(await rows(table, surveyId), table).toBe(0);
    expect(await countSubmitted(ids)).toBe(0);

    const after = (await surveyResults({ ...ids, locale: "sv" }))!;
    expect(after.erasedAt).toBe("2026-03-02T03:00:00.000Z");
    expect(after.responses).toBe(5);
    const strip = (qs: typeof after.questions) => qs.map(({ texts: _t, ...q }) => q);
    expect(strip(after.questions)).toEqual(strip(before!.questions));
    expect(after.questions.some((q) => q.texts)).toBe(false);
    expect((await surveyEvidence({ municipalityId: m.id }))?.responses).toBe(5);

    const page = await resultsLoader({ request: request(`/m/${m.slug}/surveys/${surveyId}/results?lng=en`, { cookie }), params: { municipality: m.slug, surveyId: String(surveyId) }, context: {} });
    expect(page.erasedOn).toBe("March 2, 2026");
    // Run again: nothing more to do, the snapshot stays.
    expect(await purgeExpired({ municipalityId: m.id, now: new Date("2026-04-01T00:00:00Z") })).toEqual([]);
    expect((await surveyResults({ ...ids, locale: "sv" }))?.responses).toBe(5);
    expect(assessment.id).toBeGreaterThan(0);
  });

  test("only assessments past their date, and only the municipality asked for", async () => {
    const a = await publishedSurvey({ links: 3 });
    const b = await publishedSurvey({ links: 3 });
    for (const token of [...a.tokens, ...b.tokens]) await answerAll(token);
    const aa = (await currentAssessment({ municipalityId: a.m.id }))!;
    const bb = (await currentAssessment({ municipalityId: b.m.id }))!;
    await setRetention({ municipalityId: a.m.id, id: aa.id, until: "2026-01-01" });
    await setRetention({ municipalityId: b.m.id, id: bb.id, until: "2026-01-01" });
    expect(await purgeExpired({ municipalityId: a.m.id, now: new Date("2026-06-01T00:00:00Z") })).toHaveLength(1);
    expect(await countSubmitted({ municipalityId: b.m.id, surveyId: b.surveyId })).toBe(3);
    expect(await rows("survey_answers", b.surveyId)).toBeGreaterThan(0);
  });
});
