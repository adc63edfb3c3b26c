import { action, loader } from "~/routes/s.$token";
import { request, thrown } from "../../support/factories";
import { publishedSurvey } from "./helpers";

const post = (token: string, fields: Record<string, string>, lng = "nb") =>
  action({ request: request(`/s/${token}?lng=${lng}`, { method: "POST", body: new URLSearchParams(fields) }), params: { token }, context: {} });

describe("the respondent page /s/:token", () => {
  test("an unknown link is a 404", async () => {
    const res = (await thrown(loader({ request: request("/s/AAAAAAAAAAAAAAAAAAAAAAAA"), params: { token: "AAAAAAAAAAAAAAAAAAAAAAAA" }, context: {} }))) as Response;
    expect(res.status).toBe(404);
  });

  test("the first visit opens in the survey's language; texts follow the language chosen", async () => {
    const { tokens } = await publishedSurvey({ locale: "nb", links: 1 });
    const token = tokens[0]!;
    const first = (await thrown(loader({ request: request(`/s/${token}`), params: { token }, context: {} }))) as Response;
    expect(first.headers.get("Location")).toBe(`/s/${token}?lng=nb`);
    const nb = await loader({ request: request(`/s/${token}?lng=nb`), params: { token }, context: {} });
    expect([nb.kind, nb.title]).toEqual(["intro", "Spørreundersøkelse for systemforvaltere"]);
    const sv = await loader({ request: request(`/s/${token}?lng=sv`), params: { token }, context: {} });
    expect(sv.title).toBe("Webbenkät för systemförvaltare");
  });

  test("start, an error shown in the respondent's language, then next; submitted shows no answers", async () => {
    const { tokens } = await publishedSurvey({ links: 1 });
    const token = tokens[0]!;
    expect(((await post(token, { intent: "start" })) as Response).headers.get("Location")).toBe(`/s/${token}`);
    const page = await loader({ request: request(`/s/${token}?lng=nb`), params: { token }, context: {} });
    expect([page.kind, page.page?.number, page.page?.total, page.page?.section.key]).toEqual(["page", 1, 4, "systems"]);
    const bad = (await post(token, { section: "systems", intent: "next", area: "school", channels: "phone", tickets_per_day: "mange" })) as unknown as { data: { errors: Record<string, string>; values: Record<string, string> }; init: { status: number } };
    expect(bad.init.status).toBe(400);
    expect(bad.data.errors).toEqual({ tickets_per_day: "Skriv et tall, for eksempel 12 eller 2,5." });
    expect(bad.data.values.tickets_per_day).toBe("mange");
    const ok = (await post(token, { section: "systems", intent: "next", area: "school", channels: "phone", tickets_per_day: "4" })) as Response;
    expect(ok.headers.get("Location")).toBe(`/s/${token}`);
    const second = await loader({ request: request(`/s/${token}?lng=nb`), params: { token }, context: {} });
    expect(second.page?.section.key).toBe("permissions");
    // On the permissions page the follow-up question is shown with a hint, since it depends on this page.
    expect(second.page?.section.questions.find((q) => q.code === "permission_kind")?.hint).toEqual({ mode: "equals", answers: ["Ja"] });
  });
});
