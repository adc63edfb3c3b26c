import { db } from "~/db/client.server";
import { countInvitations } from "~/db/surveys-invitations.server";
import { invitationHash, resumeKeyOf } from "~/services/surveys/tokens.server";
import { loadRespondent, saveSection, startFromOpenLink, startResponse } from "~/services/surveys/respond.server";
import { setOpenLink } from "~/services/surveys/invitations.server";
import { closeSurvey } from "~/services/surveys/surveys.server";
import { surveyResults } from "~/services/surveys/results.server";
import { PAGES, publishedSurvey } from "./helpers";

const save = (token: string, section: keyof typeof PAGES | string, raw: Record<string, string | string[]>, intent: "next" | "back" | "finish" = "next") =>
  saveSection({ token, section, raw, intent, locale: "sv" });

async function answerAll(token: string) {
  await startResponse(token, "sv");
  for (const [section, raw] of Object.entries(PAGES)) {
    const r = await save(token, section, { ...raw }, section === "service_level" ? "finish" : "next");
    expect(r.kind, section).toBe(section === "service_level" ? "submitted" : "saved");
  }
}

describe("answering on an invitation link", () => {
  test("links carry at least 128 random bits and only their hashes are stored", async () => {
    const { tokens } = await publishedSurvey({ links: 3 });
    for (const token of tokens) expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    const rows = await db()("survey_invitations").select("token_hash");
    const stored = rows.map((r: { token_hash: string }) => r.token_hash);
    for (const token of tokens) {
      expect(stored).toContain(invitationHash(token));
      expect(JSON.stringify(rows)).not.toContain(token);
    }
  });

  test("an unknown token is not found; a new link shows the privacy notice first", async () => {
    const { tokens } = await publishedSurvey({ links: 1 });
    expect((await loadRespondent("AAAAAAAAAAAAAAAAAAAAAAAA")).kind).toBe("not_found");
    expect((await loadRespondent("../../etc")).kind).toBe("not_found");
    expect((await loadRespondent(tokens[0]!)).kind).toBe("intro");
  });

  test("answers are saved page by page and the respondent resumes where they left off", async () => {
    const { tokens } = await publishedSurvey({ links: 1 });
    const token = tokens[0]!;
    await startResponse(token, "sv");
    expect(await save(token, "systems", { ...PAGES.systems })).toEqual({ kind: "saved" });
    const resumed = await loadRespondent(token);
    expect(resumed.kind).toBe("page");
    if (resumed.kind !== "page") return;
    expect(resumed.section.key).toBe("permissions");
    expect([resumed.page, resumed.total]).toEqual([2, 4]);
    expect(resumed.answers).toMatchObject({ area: ["school", "hr"], channels: ["phone", "email"], tickets_per_day: 12 });
    // Back keeps what was typed on the page it leaves.
    expect(await save(token, "permissions", { permission_required: "no" }, "back")).toEqual({ kind: "saved" });
    const back = await loadRespondent(token);
    expect(back.kind === "page" && back.section.key).toBe("systems");
    expect(back.kind === "page" && back.answers.permission_required).toBe("no");
  });

  test("an error stays on the page, keeps what was typed and is a translatable code", async () => {
    const { tokens } = await publishedSurvey({ links: 1 });
    await startResponse(tokens[0]!, "sv");
    const r = await save(tokens[0]!, "systems", { area: "school", tickets_per_day: "5000" });
    expect(r.kind).toBe("errors");
    if (r.kind !== "errors") return;
    expect(r.errors.tickets_per_day).toEqual({ code: "out_of_range", params: { min: 0, max: 1000, unit: "ärenden per dag" } });
    expect(r.errors.channels?.code).toBe("required");
    expect(r.values.tickets_per_day).toBe("5000");
    const still = await loadRespondent(tokens[0]!);
    expect(still.kind === "page" && still.section.key).toBe("systems");
  });

  test("submitting twice is refused and a used link never shows the answers again", async () => {
    const { m, surveyId, tokens } = await publishedSurvey({ links: 1 });
    await answerAll(tokens[0]!);
    const again = await save(tokens[0]!, "service_level", { ...PAGES.service_level }, "finish");
    expect(again).toEqual({ kind: "refused", reason: "submitted" });
    const view = await loadRespondent(tokens[0]!);
    expect(view).toEqual({ kind: "submitted", survey: expect.anything() });
    expect(JSON.stringify(view)).not.toContain("Specialistkunskap");
    expect(await countInvitations({ municipalityId: m.id, surveyId })).toMatchObject({ total: 1, submitted: 1, started: 0, unused: 0 });
  });

  test("in an anonymous survey nothing joins an answer to its invitation", async () => {
    const { surveyId, tokens } = await publishedSurvey({ links: 2 });
    await answerAll(tokens[0]!);
    await startResponse(tokens[1]!, "sv");
    await save(tokens[1]!, "systems", { ...PAGES.systems });
    const responses = await db()("survey_responses").where({ survey_id: surveyId }).select("*");
    expect(responses).toHaveLength(2);
    for (const r of responses) expect(r.invitation_id).toBeNull();
    const submitted = responses.find((r: { status: string }) => r.status === "submitted");
    // The resume key is gone after submission; the other one is a different hash of the token.
    expect(submitted.resume_key).toBeNull();
    const hashes = (await db()("survey_invitations").where({ survey_id: surveyId }).select("token_hash")).map((r: { token_hash: string }) => r.token_hash);
    const inProgress = responses.find((r: { status: string }) => r.status === "in_progress");
    expect(inProgress.resume_key).toBe(resumeKeyOf(tokens[1]!));
    expect(hashes).not.toContain(inProgress.resume_key);
    // No column of the answers table holds anything of the invitation.
    const columns = Object.keys((await db()("survey_answers").first()) ?? {});
    expect(columns.sort()).toEqual(["position", "question_code", "response_id", "submitted", "survey_id", "value"]);
  });

  test("a closed survey says so and takes no more answers", async () => {
    const { m, surveyId, tokens } = await publishedSurvey({ links: 2 });
    await startResponse(tokens[0]!, "sv");
    await closeSurvey({ municipalityId: m.id, surveyId });
    expect((await loadRespondent(tokens[0]!)).kind).toBe("closed");
    expect((await loadRespondent(tokens[1]!)).kind).toBe("closed");
    expect(await save(tokens[0]!, "systems", { ...PAGES.systems })).toEqual({ kind: "refused", reason: "closed" });
  });

  test("the open link gives each visitor a personal link to resume from", async () => {
    const { m, surveyId } = await publishedSurvey();
    const open = (await setOpenLink({ municipalityId: m.id, surveyId, on: true }))!;
    expect((await loadRespondent(open)).kind).toBe("open_link");
    const mine = (await startFromOpenLink(open, "nb"))!;
    expect(mine).not.toBe(open);
    expect((await loadRespondent(mine)).kind).toBe("page");
    expect(await countInvitations({ municipalityId: m.id, surveyId })).toMatchObject({ total: 1, started: 1, viaOpenLink: 1 });
  });

  test("a submitted response counts in the results; one in progress does not", async () => {
    const { m, surveyId, tokens } = await publishedSurvey({ links: 2 });
    await answerAll(tokens[0]!);
    await startResponse(tokens[1]!, "sv");
    await save(tokens[1]!, "systems", { ...PAGES.systems });
    const r = await surveyResults({ municipalityId: m.id, surveyId, locale: "sv" });
    expect(r?.responses).toBe(1);
  });
});
