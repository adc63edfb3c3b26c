import { setMinGroupSize } from "~/db/assessments.server";
import { seedDemoSurveys } from "~/services/surveys/demo.server";
import { surveyEvidence, surveyResults } from "~/services/surveys/evidence.server";
import { storeSubmittedResponses } from "~/services/surveys/store.server";
import { listSurveys } from "~/db/surveys.server";
import { countInvitations } from "~/db/surveys-invitations.server";
import type { Answers } from "~/domain/surveys/template";
import { makeMunicipality } from "../../support/factories";
import { publishedSurvey } from "./helpers";

describe("results", () => {
  test("counts, shares, mean and median; small groups and their free texts are suppressed", async () => {
    const { m, surveyId } = await publishedSurvey();
    const answers: Answers[] = [
      { permission_required: "yes", tickets_per_day: 2, service_level_kept: "yes", service_level_why: "a" },
      { permission_required: "yes", tickets_per_day: 4, service_level_kept: "no" },
      { permission_required: "no", tickets_per_day: 4, service_level_kept: null },
      { permission_required: "yes", tickets_per_day: 10 },
      { permission_required: "yes", tickets_per_day: 30, sees_advantages: "both", advantages: ["x", "y"] },
    ];
    await storeSubmittedResponses({ municipalityId: m.id, surveyId, locale: "sv", rows: answers.map((a) => ({ externalId: null, answers: a })) });
    const r = (await surveyResults({ municipalityId: m.id, surveyId, locale: "en" }))!;
    expect(r.responses).toBe(5);
    const permission = r.questions.find((q) => q.code === "permission_required")!;
    expect(permission).toMatchObject({ answered: 5, options: [{ value: "yes", label: "Yes", count: 4, share: 0.8 }, { value: "no", label: "No", count: 1, share: 0.2 }] });
    const tickets = r.questions.find((q) => q.code === "tickets_per_day")!;
    expect([tickets.mean, tickets.median]).toEqual([10, 4]);
    // Two answered service_level_kept, one wrote why: both withheld below the group of 5.
    expect(r.questions.find((q) => q.code === "service_level_kept")).toEqual({ code: "service_level_kept", kind: "single", answered: 2, options: [], suppressed: true });
    expect(r.questions.find((q) => q.code === "service_level_why")).toMatchObject({ answered: 1, suppressed: true });
    expect(JSON.stringify(r.questions)).not.toContain('"x"');

    await setMinGroupSize({ municipalityId: m.id, id: m.assessmentId, minGroupSize: 1 });
    const low = (await surveyResults({ municipalityId: m.id, surveyId, locale: "en" }))!;
    expect(low.minGroupSize).toBe(3);
    expect(low.questions.find((q) => q.code === "service_level_kept")?.suppressed).toBe(true);
  });

  test("a filter narrows results to the responses with one answer", async () => {
    const { m, surveyId } = await publishedSurvey();
    const rows = Array.from({ length: 8 }, (_, i) => ({ externalId: null, answers: { area: i < 6 ? ["school"] : ["hr"], permission_required: i < 3 ? "no" : "yes" } }));
    await storeSubmittedResponses({ municipalityId: m.id, surveyId, locale: "sv", rows });
    const school = (await surveyResults({ municipalityId: m.id, surveyId, locale: "sv", filter: [{ code: "area", value: "school" }] }))!;
    expect(school.responses).toBe(6);
    expect(school.questions.find((q) => q.code === "permission_required")?.options.map((o) => o.count)).toEqual([3, 3]);
    // Two answers together: school and yes (3 respondents, under the minimum group size of 5).
    const both = (await surveyResults({ municipalityId: m.id, surveyId, locale: "sv", filter: [{ code: "area", value: "school" }, { code: "permission_required", value: "yes" }] }))!;
    expect(both.responses).toBe(3);
    expect(both.questions.find((q) => q.code === "permission_required")).toMatchObject({ suppressed: true, options: [] });
  });

  test("another municipality's survey gives no results", async () => {
    const { surveyId } = await publishedSurvey();
    const other = await makeMunicipality();
    expect(await surveyResults({ municipalityId: other.id, surveyId, locale: "sv" })).toBeUndefined();
  });
});

describe("the demo and the evidence for the decision model", () => {
  test("Sjöbacka's 80 answers reproduce the pre-study; Fjordvik has 30 in Norwegian", async () => {
    const se = await makeMunicipality();
    const no = await makeMunicipality({ country: "NO" });
    await seedDemoSurveys([
      { slug: se.slug, municipalityId: se.id, assessmentId: se.assessmentId, country: "SE" },
      { slug: no.slug, municipalityId: no.id, assessmentId: no.assessmentId, country: "NO" },
    ]);
    const [survey] = await listSurveys({ municipalityId: se.id });
    expect([survey!.status, survey!.defaultLocale]).toEqual(["published", "sv"]);
    expect((await countInvitations({ municipalityId: se.id, surveyId: survey!.id })).unused).toBe(5);
    const e = (await surveyEvidence({ municipalityId: se.id }))!;
    expect(e.responses).toBe(80);
    expect(e.permissionRequiredShare).toBe(0.925);
    expect(e.serviceLevelYesShare).toBeCloseTo(39 / 79, 10);
    expect(e.serviceLevelNoShare).toBeCloseTo(37 / 79, 10);
    expect([e.seesAdvantagesYesShare, e.seesAdvantagesNoShare]).toEqual([33 / 80, 30 / 80]);
    expect(e.ticketsPerDay?.answered).toBe(80);
    expect(e.ticketsPerDay!.p50).toBeGreaterThanOrEqual(2);
    expect(e.ticketsPerDay!.p50).toBeLessThanOrEqual(20);

    const [nb] = await listSurveys({ municipalityId: no.id });
    expect(nb!.defaultLocale).toBe("nb");
    expect((await surveyEvidence({ municipalityId: no.id }))?.responses).toBe(30);
    expect(await surveyEvidence({ municipalityId: (await makeMunicipality()).id })).toBeUndefined();
  });
});
