import { getSurvey } from "~/db/surveys.server";
import { countInvitations } from "~/db/surveys-invitations.server";
import { SurveyError } from "~/services/surveys/errors";
import { createInvitations } from "~/services/surveys/invitations.server";
import { loadRespondent } from "~/services/surveys/respond.server";
import { closeSurvey, createSurvey, newVersion, publishSurvey, saveDefinition } from "~/services/surveys/surveys.server";
import { removeQuestion } from "~/services/surveys/editor";
import { loader as overviewLoader, action as overviewAction } from "~/routes/m.$municipality.surveys.$surveyId._index";
import { loader as resultsLoader } from "~/routes/m.$municipality.surveys.$surveyId.results";
import { action as editAction } from "~/routes/m.$municipality.surveys.$surveyId.edit";
import { loader as listLoader } from "~/routes/m.$municipality.surveys._index";
import { action as newAction } from "~/routes/m.$municipality.surveys.new";
import { makeMunicipality, makeUser, request, sessionCookie, thrown } from "../../support/factories";

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe("a survey's life", () => {
  test("a copy of the template, frozen when published; editing makes a linked new version", async () => {
    const m = await makeMunicipality();
    const id = await createSurvey({ municipalityId: m.id, templateKey: "prestudy-2019", locale: "nb" });
    const draft = (await getSurvey({ municipalityId: m.id, id }))!;
    expect([draft.status, draft.version, draft.defaultLocale, draft.anonymous]).toEqual(["draft", 1, "nb", true]);
    expect(draft.definition.sections.map((s) => s.key)).toEqual(["systems", "permissions", "shared_support", "service_level"]);

    await publishSurvey({ municipalityId: m.id, surveyId: id });
    const frozen = await thrown(saveDefinition({ municipalityId: m.id, surveyId: id, definition: removeQuestion(draft.definition, "area") }));
    expect((frozen as SurveyError).code).toBe("not_draft");

    const [link] = await createInvitations({ municipalityId: m.id, surveyId: id, count: 2 });
    const v2 = await newVersion({ municipalityId: m.id, surveyId: id });
    expect(await newVersion({ municipalityId: m.id, surveyId: id })).toBe(v2);
    const second = (await getSurvey({ municipalityId: m.id, id: v2 }))!;
    expect([second.status, second.version, second.previousId]).toEqual(["draft", 2, id]);
    await saveDefinition({ municipalityId: m.id, surveyId: v2, definition: removeQuestion(second.definition, "service_level_why") });
    await publishSurvey({ municipalityId: m.id, surveyId: v2 });
    // The old version closes; links nobody used follow the new one.
    expect((await getSurvey({ municipalityId: m.id, id }))!.status).toBe("closed");
    expect((await countInvitations({ municipalityId: m.id, surveyId: v2 })).unused).toBe(2);
    const view = await loadRespondent(link!.replace("/s/", ""));
    expect(view.kind === "intro" && view.survey.id).toBe(v2);
  });

  test("publishing a draft with problems is refused with the number of problems", async () => {
    const m = await makeMunicipality();
    const id = await createSurvey({ municipalityId: m.id, templateKey: "prestudy-2019", locale: "sv" });
    const def = (await getSurvey({ municipalityId: m.id, id }))!.definition;
    def.sections[0]!.questions[0]!.text.nb = "";
    const issues = await saveDefinition({ municipalityId: m.id, surveyId: id, definition: def });
    expect(issues).toEqual([{ code: "missing_translation", params: { field: "area.text", locale: "nb" } }]);
    const e = (await thrown(publishSurvey({ municipalityId: m.id, surveyId: id }))) as SurveyError;
    expect([e.code, e.params]).toEqual(["has_issues", { count: 1 }]);
    expect((await thrown(closeSurvey({ municipalityId: m.id, surveyId: id })) as SurveyError).code).toBe("not_published");
  });
});

describe("the project group's pages", () => {
  test("create from a template in Norwegian, edit, publish through the routes", async () => {
    const m = await makeMunicipality({ country: "NO" });
    const user = await makeUser({ role: "project", municipalityId: m.id });
    const cookie = await sessionCookie(user.id);
    const params = { municipality: m.slug };
    const empty = await listLoader({ request: request(`/m/${m.slug}/surveys`, { cookie }), params, context: {} });
    expect(empty.surveys).toEqual([]);
    const created = (await newAction({ request: request(`/m/${m.slug}/surveys/new`, { method: "POST", body: form({ template: "prestudy-2019", locale: "nb" }), cookie }), params, context: {} })) as Response;
    expect(created.status).toBe(302);
    const surveyId = created.headers.get("Location")!.split("/").pop()!;
    const p = { ...params, surveyId };
    const moved = (await editAction({ request: request(`/m/${m.slug}/surveys/${surveyId}/edit`, { method: "POST", body: form({ intent: "down", code: "area" }), cookie }), params: p, context: {} })) as Response;
    expect(moved.status).toBe(302);
    const bad = (await editAction({ request: request(`/m/${m.slug}/surveys/${surveyId}/edit`, { method: "POST", body: form({ intent: "add", section: "systems", code: "Bad Code", kind: "number" }), cookie }), params: p, context: {} })) as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(bad.init.status).toBe(400);
    expect(bad.data.errors.code).toContain("Bad Code");
    const overview = await overviewLoader({ request: request(`/m/${m.slug}/surveys/${surveyId}?lng=nb`, { cookie }), params: p, context: {} });
    expect(overview.issues).toEqual([]);
    expect(overview.survey.title).toBe("Spørreundersøkelse for systemforvaltere");
    await overviewAction({ request: request(`/m/${m.slug}/surveys/${surveyId}`, { method: "POST", body: form({ intent: "publish" }), cookie }), params: p, context: {} });
    const after = (await getSurvey({ municipalityId: m.id, id: Number(surveyId) }))!;
    expect(after.status).toBe("published");
    expect(after.definition.sections[0]!.questions.map((q) => q.code)).toEqual(["channels", "area", "tickets_per_day"]);
  });

  test("another municipality's survey id is a 404, and a decision-maker may read results but not edit", async () => {
    const mine = await makeMunicipality();
    const theirs = await makeMunicipality();
    const theirSurvey = await createSurvey({ municipalityId: theirs.id, templateKey: "prestudy-2019", locale: "sv" });
    const project = await makeUser({ role: "project", municipalityId: mine.id });
    const cookie = await sessionCookie(project.id);
    const res = (await thrown(overviewLoader({ request: request(`/m/${mine.slug}/surveys/${theirSurvey}`, { cookie }), params: { municipality: mine.slug, surveyId: String(theirSurvey) }, context: {} }))) as Response;
    expect(res.status).toBe(404);
    const odd = (await thrown(overviewLoader({ request: request(`/m/${mine.slug}/surveys/abc`, { cookie }), params: { municipality: mine.slug, surveyId: "abc" }, context: {} }))) as Response;
    expect(odd.status).toBe(404);

    const ownSurvey = await createSurvey({ municipalityId: mine.id, templateKey: "prestudy-2019", locale: "sv" });
    const reader = await makeUser({ role: "decision", municipalityId: mine.id });
    const readerCookie = await sessionCookie(reader.id);
    const params = { municipality: mine.slug, surveyId: String(ownSurvey) };
    const results = await resultsLoader({ request: request(`/m/${mine.slug}/surveys/${ownSurvey}/results`, { cookie: readerCookie }), params, context: {} });
    expect(results.results.responses).toBe(0);
    const forbidden = (await thrown(overviewLoader({ request: request(`/m/${mine.slug}/surveys/${ownSurvey}`, { cookie: readerCookie }), params, context: {} }))) as Response;
    expect(forbidden.status).toBe(403);
  });
});
