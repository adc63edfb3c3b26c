// Undo right after a deletion (docs/decisions/050-undo.md), through the real routes and database:
// a deleted quote, ticket rule, stakeholder's weights and survey question come back exactly
// (ids, positions, codes); an undo works once, only for whoever deleted, only within the window;
// expired items are purged.
import { listAudit } from "~/db/audit.server";
import { db } from "~/db/client.server";
import { addExcerpt } from "~/db/interviews-excerpts.server";
import { createInterview } from "~/db/interviews.server";
import { listRules } from "~/db/tickets-rules.server";
import { purgeUndo, rememberDeleted, UNDO_WINDOW_MS } from "~/db/undo.server";
import { pointsField } from "~/domain/decision";
import { action as interviewAction, loader as interviewLoader } from "~/routes/m.$municipality.interviews.$id";
import { action as rulesAction } from "~/routes/m.$municipality.tickets.rules";
import { action as pointsAction } from "~/routes/m.$municipality.decision.weights.points";
import { action as weightsAction, loader as weightsLoader } from "~/routes/m.$municipality.decision.weights._index";
import { action as editAction, loader as editLoader } from "~/routes/m.$municipality.surveys.$surveyId.edit";
import { undoExcerptDelete } from "~/services/interviews/interview-page.server";
import { undoRemoveOwnWeights } from "~/services/decision/stakeholders.server";
import { undoRemoveQuestion } from "~/services/surveys/question-undo.server";
import { allQuestions } from "~/domain/surveys/template";
import { getSurvey } from "~/db/surveys.server";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { loadRules, undoRemoveRule } from "~/services/tickets/rules.server";
import { caseAdministratorGuide } from "../../../seeds/templates/interviews";
import { makeMunicipality, makeUser, sessionCookie, thrown } from "../../support/factories";
import { callAction, callLoader } from "../../support/routes";

type Member = { id: number; cookie: string };
let m: Awaited<ReturnType<typeof makeMunicipality>>;
let alice: Member; // deletes
let bob: Member; // same municipality, someone else
let dana: Member; // a decision-maker

const member = async (role: "project" | "decision"): Promise<Member> => {
  const u = await makeUser({ role, municipalityId: m.id });
  return { id: u.id, cookie: await sessionCookie(u.id) };
};

beforeAll(async () => {
  m = await makeMunicipality();
  alice = await member("project");
  bob = await member("project");
  dana = await member("decision");
});

/** Every column of a table's rows for the municipality, in id order: "exactly as it was". */
const rows = (table: string) => db()(table).where("municipality_id", m.id).orderBy("id").select();
const later = () => new Date(Date.now() + UNDO_WINDOW_MS + 60_000);
const undoIdIn = (location: string | undefined) => Number(/[?&]undo=(\d+)/.exec(location ?? "")?.[1]);

describe("a deleted quote", () => {
  let interviewId: number;
  const page = () => `/m/${m.slug}/interviews/${interviewId}`;
  const params = () => ({ municipality: m.slug, id: String(interviewId) });
  const remove = (id: number, who = alice) => callAction(interviewAction, page(), params(), { intent: "delete-excerpt", excerptId: String(id) }, who.cookie);
  const undo = (undoId: number, who = alice) => callAction(interviewAction, page(), params(), { intent: "undo", undoId: String(undoId) }, who.cookie);
  let ids: number[];

  beforeAll(async () => {
    interviewId = await createInterview({ municipalityId: m.id, guide: caseAdministratorGuide, role: "administrator", date: "2026-03-04" });
    const add = (questionKey: string, quote: string, themes: string[]) =>
      addExcerpt({ municipalityId: m.id, createdBy: alice.id, excerpt: { interviewId, questionKey, quote, model: "shared", stance: "pro", criterion: "availability", themes } });
    ids = [await add("absence", "Första.", []), await add("absence", "Andra, med teman.", ["frånvaro", "sårbarhet"]), await add("absence", "Tredje.", ["x"])];
  });

  test("comes back with its id, place, question and codes; the undo works once", async () => {
    const before = await rows("interview_excerpts");
    const del = await remove(ids[1]!);
    expect(del.status).toBe(302);
    const undoId = undoIdIn(del.location);
    expect(del.location).toBe(`${page()}?undo=${undoId}`);
    expect((await rows("interview_excerpts")).map((r) => r.id)).toEqual([ids[0], ids[2]]);
    // The page offers the undo to whoever deleted, and to no one else.
    const offered = await callLoader(interviewLoader, `${page()}?undo=${undoId}`, params(), alice.cookie);
    expect((offered.data as { undoId?: number }).undoId).toBe(undoId);
    const notOffered = await callLoader(interviewLoader, `${page()}?undo=${undoId}`, params(), bob.cookie);
    expect((notOffered.data as { undoId?: number }).undoId).toBeUndefined();

    expect(await undo(undoId, bob)).toMatchObject({ status: 302, location: `${page()}?undone=gone` });
    expect(await rows("interview_excerpts")).toHaveLength(2);
    expect(await undo(undoId)).toMatchObject({ status: 302, location: `${page()}?undone=restored` });
    expect(await rows("interview_excerpts")).toEqual(before);
    expect(await undo(undoId)).toMatchObject({ status: 302, location: `${page()}?undone=gone` });
    expect(await rows("interview_excerpts")).toEqual(before);
    // Used: the page no longer offers it.
    const stale = await callLoader(interviewLoader, `${page()}?undo=${undoId}`, params(), alice.cookie);
    expect((stale.data as { undoId?: number }).undoId).toBeUndefined();
  });

  test("after the window the undo is refused and changes nothing", async () => {
    const before = await rows("interview_excerpts");
    const undoId = undoIdIn((await remove(ids[0]!)).location);
    expect(await undoExcerptDelete({ municipalityId: m.id, userId: alice.id, interviewId, id: undoId, now: later() })).toEqual({ outcome: "gone" });
    expect((await rows("interview_excerpts")).map((r) => r.id)).toEqual([ids[1], ids[2]]);
    // Within the window it still works: the refusal above was the clock's.
    expect((await undo(undoId)).location).toBe(`${page()}?undone=restored`);
    expect(await rows("interview_excerpts")).toEqual(before);
  });

  test("the deletion and the undo are audited, without the quote", async () => {
    const log = (await listAudit({ municipalityId: m.id })).filter((l) => l.action.startsWith("interviews.excerpt."));
    expect(log.map((l) => l.action)).toEqual(["interviews.excerpt.undo", "interviews.excerpt.delete", "interviews.excerpt.undo", "interviews.excerpt.delete"]);
    expect(log.every((l) => l.target === `interview:${interviewId}`)).toBe(true);
    expect(JSON.stringify(log)).not.toContain("Andra, med teman.");
  });
});

describe("a deleted classification rule", () => {
  const path = () => `/m/${m.slug}/tickets/rules`;
  const params = () => ({ municipality: m.slug });
  const post = (fields: Record<string, string>, who = alice) => callAction(rulesAction, path(), params(), fields, who.cookie);

  test("comes back at its place in the order; once, for whoever deleted, within the window", async () => {
    await loadRules({ municipalityId: m.id });
    const before = await rows("classification_rules");
    const order = (await listRules({ municipalityId: m.id })).map((r) => [r.rowId, r.id, r.order]);
    const permission = (await listRules({ municipalityId: m.id })).find((r) => r.id === "permission")!;
    const del = await post({ intent: "delete", rowId: String(permission.rowId) });
    expect(del.data).toMatchObject({ intent: "delete", deleted: true, name: "Behörigheter" });
    const undoId = (del.data as { undoId: number }).undoId;
    expect((await listRules({ municipalityId: m.id })).map((r) => r.id)).not.toContain("permission");

    expect((await post({ intent: "undo", undoId: String(undoId) }, bob)).data).toEqual({ intent: "undo", undone: "gone" });
    expect(await undoRemoveRule({ municipalityId: m.id, userId: alice.id, id: undoId, now: later() })).toEqual({ outcome: "gone" });
    expect(await rows("classification_rules")).toHaveLength(before.length - 1);

    expect((await post({ intent: "undo", undoId: String(undoId) })).data).toEqual({ intent: "undo", undone: "restored" });
    expect(await rows("classification_rules")).toEqual(before);
    expect((await listRules({ municipalityId: m.id })).map((r) => [r.rowId, r.id, r.order])).toEqual(order);
    expect((await post({ intent: "undo", undoId: String(undoId) })).data).toEqual({ intent: "undo", undone: "gone" });
    expect(await rows("classification_rules")).toEqual(before);

    const log = (await listAudit({ municipalityId: m.id })).filter((l) => l.action.startsWith("tickets.rule."));
    expect(log.map((l) => [l.action, l.target])).toEqual([
      ["tickets.rule.undo", "rule:permission"],
      ["tickets.rule.delete", "rule:permission"],
    ]);
  });
});

describe("removed weights", () => {
  const path = (rest = "") => `/m/${m.slug}/decision/weights${rest}`;
  const params = () => ({ municipality: m.slug });
  const save = (points: string, who: Member) => callAction(pointsAction, path("/points"), params(), { [pointsField("efficiency")]: points, [pointsField("personal_contact")]: "20", stakeholder: "Ekonomichef", intent: "save" }, who.cookie);
  const remove = (who = dana) => callAction(weightsAction, path("?index"), params(), { intent: "delete" }, who.cookie);
  const undo = (undoId: number, who = dana) => callAction(weightsAction, path("?index"), params(), { intent: "undo", undoId: String(undoId) }, who.cookie);
  const offered = async (undoId: number, who: Member) => ((await callLoader(weightsLoader, path(`?undo=${undoId}`), params(), who.cookie)).data as { undoId?: number }).undoId;

  test("come back as they were: the same submission, what was entered, its dates", async () => {
    expect((await save("80", alice)).status).toBe(302);
    expect((await save("30", dana)).status).toBe(302);
    const before = await rows("decision_weights");
    const del = await remove();
    expect(del.status).toBe(302);
    const undoId = undoIdIn(del.location);
    expect(del.location).toBe(path(`?undo=${undoId}`));
    expect((await rows("decision_weights")).map((r) => Number(r.user_id))).toEqual([alice.id]);
    expect(await offered(undoId, dana)).toBe(undoId);
    expect(await offered(undoId, alice)).toBeUndefined();

    // Someone else's undo (even the project group's) is refused; so is an expired one.
    expect((await undo(undoId, alice)).location).toBe(path("?undone=gone"));
    expect(await undoRemoveOwnWeights({ municipalityId: m.id, userId: dana.id, id: undoId, now: later() })).toEqual({ outcome: "gone" });
    expect(await rows("decision_weights")).toHaveLength(1);

    expect((await undo(undoId)).location).toBe(path("?undone=restored"));
    expect(await rows("decision_weights")).toEqual(before);
    expect((await undo(undoId)).location).toBe(path("?undone=gone"));
    expect(await rows("decision_weights")).toEqual(before);

    const log = (await listAudit({ municipalityId: m.id })).filter((l) => l.action.startsWith("decision.weights."));
    expect(log.map((l) => l.action)).toEqual(["decision.weights.undo", "decision.weights.delete"]);
  });

  test("are not put back over weights saved since", async () => {
    const undoId = undoIdIn((await remove()).location);
    await save("50", dana);
    const newer = await rows("decision_weights");
    expect((await undo(undoId)).location).toBe(path("?undone=conflict"));
    expect(await rows("decision_weights")).toEqual(newer);
  });
});

describe("a question removed in the survey editor", () => {
  let surveyId: number;
  const path = (rest = "") => `/m/${m.slug}/surveys/${surveyId}/edit${rest}`;
  const params = () => ({ municipality: m.slug, surveyId: String(surveyId) });
  const post = (fields: Record<string, string>, who = alice) => callAction(editAction, path(), params(), fields, who.cookie);
  const definition = async () => (await getSurvey({ municipalityId: m.id, id: surveyId }))!.definition;

  beforeAll(async () => {
    surveyId = await createSurvey({ municipalityId: m.id, templateKey: "prestudy-2019", locale: "sv" });
  });

  test("comes back at its old place in the draft, whole; once, for whoever removed, within the window", async () => {
    const before = await definition();
    const del = await post({ intent: "remove", code: "tickets_per_day" });
    const undoId = undoIdIn(del.location);
    expect(del).toMatchObject({ status: 302, location: path(`?undo=${undoId}`) });
    expect(allQuestions(await definition()).map((q) => q.code)).not.toContain("tickets_per_day");
    const page = await callLoader(editLoader, path(`?undo=${undoId}`), params(), alice.cookie);
    expect((page.data as { undo?: unknown }).undo).toEqual({ id: undoId, code: "tickets_per_day" });
    expect(((await callLoader(editLoader, path(`?undo=${undoId}`), params(), bob.cookie)).data as { undo?: unknown }).undo).toBeUndefined();

    expect((await post({ intent: "undo", undoId: String(undoId) }, bob)).location).toBe(path("?undone=gone"));
    expect(await undoRemoveQuestion({ municipalityId: m.id, userId: alice.id, surveyId, id: undoId, now: later() })).toEqual({ outcome: "gone" });
    expect(allQuestions(await definition()).map((q) => q.code)).not.toContain("tickets_per_day");

    expect((await post({ intent: "undo", undoId: String(undoId) })).location).toBe(path("?undone=restored&question=tickets_per_day#q-tickets_per_day"));
    expect(await definition()).toEqual(before);
    expect((await post({ intent: "undo", undoId: String(undoId) })).location).toBe(path("?undone=gone"));
    expect(await definition()).toEqual(before);

    const log = (await listAudit({ municipalityId: m.id })).filter((l) => l.action.startsWith("survey.question."));
    expect(log.map((l) => [l.action, l.target])).toEqual([
      ["survey.question.undo", `survey:${surveyId}`],
      ["survey.question.remove", `survey:${surveyId}`],
    ]);
  });

  test("the first question of a section goes back first, after its neighbour has moved", async () => {
    const before = await definition();
    const first = before.sections[0]!.questions[0]!.code;
    const undoId = undoIdIn((await post({ intent: "remove", code: first })).location);
    expect((await post({ intent: "undo", undoId: String(undoId) })).location).toContain("undone=restored");
    expect(await definition()).toEqual(before);
  });

  test("is not put back over a question added since with its code, nor once the survey is published", async () => {
    const undoId = undoIdIn((await post({ intent: "remove", code: "channels" })).location);
    await post({ intent: "add", section: "systems", code: "channels", kind: "number", "text.sv": "Ny fråga", "text.nb": "Nytt", "text.nn": "Nytt", "text.en": "New" });
    const added = await definition();
    expect((await post({ intent: "undo", undoId: String(undoId) })).location).toBe(path("?undone=conflict"));
    expect(await definition()).toEqual(added);

    // Removing needs a draft: a published survey (the only kind with answers) is never edited.
    const published = await createSurvey({ municipalityId: m.id, templateKey: "prestudy-2019", locale: "sv" });
    await publishSurvey({ municipalityId: m.id, surveyId: published });
    const refused = await thrown(
      callAction(editAction, `/m/${m.slug}/surveys/${published}/edit`, { municipality: m.slug, surveyId: String(published) }, { intent: "remove", code: "area" }, alice.cookie),
    );
    expect(refused).toMatchObject({ code: "not_draft" });
  });
});

test("the purge removes items older than the window and keeps the rest", async () => {
  const other = await makeMunicipality();
  const now = new Date();
  const scope = { municipalityId: other.id, userId: alice.id, kind: "interview_excerpt" };
  const old = await rememberDeleted(db(), { ...scope, payload: { quote: "gammalt" }, now: new Date(now.getTime() - UNDO_WINDOW_MS - 1000) });
  const fresh = await rememberDeleted(db(), { ...scope, payload: { quote: "nytt" }, now });
  expect(await purgeUndo({ now })).toBeGreaterThanOrEqual(1);
  const left = await db()("undo_items").where("municipality_id", other.id).orderBy("id").select("id");
  expect(left.map((r) => Number(r.id))).toEqual([fresh]);
  expect(old).not.toBe(fresh);
  // An hour on, the fresh one goes too.
  await purgeUndo({ now: new Date(now.getTime() + UNDO_WINDOW_MS + 1000) });
  expect(Number((await db()("undo_items").where("municipality_id", other.id).count({ n: "*" }).first())?.n)).toBe(0);
});
