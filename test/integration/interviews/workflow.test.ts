// Planning an interview, notes, coding and deleting quotes, through the real routes and database.
import { loader as listLoader } from "~/routes/m.$municipality.interviews._index";
import { action as planAction, loader as planLoader } from "~/routes/m.$municipality.interviews.new";
import { action as interviewAction, loader as interviewLoader } from "~/routes/m.$municipality.interviews.$id";
import { listNotes } from "~/db/interviews.server";
import { listExcerpts } from "~/db/interviews-excerpts.server";
import { caseAdministratorGuide } from "../../../seeds/templates/interviews";
import { callAction, callLoader, setup } from "../../support/routes";

type Setup = Awaited<ReturnType<typeof setup>>;
let s: Setup;
let interviewId: number;
const params = () => ({ municipality: s.own.slug });
const base = () => `/m/${s.own.slug}/interviews`;
const page = () => `${base()}/${interviewId}`;

beforeAll(async () => {
  s = await setup();
});

async function pageData(cookie = s.project.cookie) {
  const r = await callLoader(interviewLoader, page(), { ...params(), id: String(interviewId) }, cookie);
  expect(r.status).toBe(200);
  return r.data as Awaited<ReturnType<typeof interviewLoader>>;
}

test("a new municipality sees an empty list, and a project member may plan", async () => {
  const list = await callLoader(listLoader, base(), params(), s.project.cookie);
  expect(list.data).toMatchObject({ interviews: [], canEdit: true });
  const form = await callLoader(planLoader, `${base()}/new`, params(), s.project.cookie);
  expect((form.data as { guides: Array<{ key: string }> }).guides.map((g) => g.key)).toEqual(["case-administrator", "reference-shared-support", "reference-service-center"]);
});

test("planning without a role or with a bad date is refused with the typed values kept", async () => {
  const r = await callAction(planAction, `${base()}/new`, params(), { guide: "case-administrator", role: "", department: "Vård & Omsorg", date: "2026-02-30" }, s.project.cookie);
  expect(r.status).toBe(400);
  expect(r.data).toMatchObject({ errors: { role: "form.errors.role", date: "form.errors.date" }, values: { department: "Vård & Omsorg" } });
});

test("a project member plans an interview from a seeded guide", async () => {
  const r = await callAction(
    planAction,
    `${base()}/new`,
    params(),
    { guide: "case-administrator", role: "administrator", department: "Vård & Omsorg", date: "2026-03-04", maskNames: "Anna, Per" },
    s.project.cookie,
  );
  expect(r.status).toBe(302);
  const match = /\/interviews\/(\d+)$/.exec(r.location ?? "");
  expect(match).not.toBeNull();
  interviewId = Number(match![1]);
  const d = await pageData();
  expect(d.interview).toMatchObject({ role: "administrator", department: "Vård & Omsorg", status: "planned", version: caseAdministratorGuide.version });
  expect(d.guide.sections.map((x) => x.key)).toEqual(caseAdministratorGuide.sections.map((x) => x.key));
  const list = await callLoader(listLoader, base(), params(), s.project.cookie);
  expect((list.data as { interviews: Array<{ id: number; excerpts: number }> }).interviews).toEqual([expect.objectContaining({ id: interviewId, excerpts: 0, date: "2026-03-04" })]);
});

test("notes are saved per question and overwritten, with and without JavaScript", async () => {
  const plain = await callAction(interviewAction, page(), { ...params(), id: String(interviewId) }, { intent: "save-note", questionKey: "absence", text: "Första versionen." }, s.project.cookie);
  expect(plain.status).toBe(302);
  expect(plain.location).toBe(`${page()}?saved=absence#question-absence`);
  const js = await callAction(interviewAction, page(), { ...params(), id: String(interviewId) }, { intent: "save-note", questionKey: "absence", text: "Ärendena blir liggande.", js: "1" }, s.project.cookie);
  expect(js).toMatchObject({ status: 200, data: { ok: true, questionKey: "absence" } });
  await callAction(interviewAction, page(), { ...params(), id: String(interviewId) }, { intent: "save-note", questionKey: "ticket_load", text: "15 ärenden per dag.", js: "1" }, s.project.cookie);
  const notes = await listNotes({ municipalityId: s.own.id, interviewId });
  expect(Object.fromEntries(Object.entries(notes).map(([k, v]) => [k, v.text]))).toEqual({ absence: "Ärendena blir liggande.", ticket_load: "15 ärenden per dag." });
  expect((await pageData()).notes).toEqual({ absence: "Ärendena blir liggande.", ticket_load: "15 ärenden per dag." });
  const unknown = await callAction(interviewAction, page(), { ...params(), id: String(interviewId) }, { intent: "save-note", questionKey: "no_such_question", text: "x" }, s.project.cookie);
  expect(unknown.status).toBe(400);
});

test("quotes are coded, refused when incomplete, and deleted", async () => {
  const p = { ...params(), id: String(interviewId) };
  const bad = await callAction(interviewAction, page(), p, { intent: "add-excerpt", questionKey: "absence", quote: "  ", model: "shared", stance: "maybe", criterion: "" }, s.project.cookie);
  expect(bad.status).toBe(400);
  expect(bad.data).toMatchObject({ questionKey: "absence", errors: { quote: "coding.errors.quote", stance: "coding.errors.stance", criterion: "coding.errors.criterion" }, values: { model: "shared" } });
  const ok = await callAction(
    interviewAction,
    page(),
    p,
    { intent: "add-excerpt", questionKey: "absence", quote: "Ärendena blir liggande.", model: "local", stance: "con", criterion: "absence_robustness", themes: "frånvaro, , sårbarhet,frånvaro" },
    s.project.cookie,
  );
  expect(ok.status).toBe(302);
  const coded = Number(/coded=(\d+)/.exec(ok.location ?? "")?.[1]);
  expect(ok.location).toBe(`${page()}?coded=${coded}#excerpt-${coded}`);
  const rows = await listExcerpts({ municipalityId: s.own.id, interviewId });
  expect(rows).toEqual([
    expect.objectContaining({ id: coded, questionKey: "absence", quote: "Ärendena blir liggande.", model: "local", stance: "con", criterion: "absence_robustness", themes: ["frånvaro", "sårbarhet"], role: "administrator" }),
  ]);
  expect((await pageData()).excerpts.absence).toHaveLength(1);

  const del = await callAction(interviewAction, page(), p, { intent: "delete-excerpt", excerptId: String(coded) }, s.project.cookie);
  expect(del).toMatchObject({ status: 302, location: expect.stringMatching(new RegExp(`^${page()}\\?undo=\\d+$`)) });
  expect(await listExcerpts({ municipalityId: s.own.id, interviewId })).toEqual([]);
  const again = await callAction(interviewAction, page(), p, { intent: "delete-excerpt", excerptId: String(coded) }, s.project.cookie);
  expect(again.status).toBe(404);
});

test("an interview is marked done and planned again", async () => {
  const p = { ...params(), id: String(interviewId) };
  expect((await callAction(interviewAction, page(), p, { intent: "status", status: "done" }, s.project.cookie)).status).toBe(302);
  expect((await pageData()).interview.status).toBe("done");
  await callAction(interviewAction, page(), p, { intent: "status", status: "planned" }, s.project.cookie);
  expect((await pageData()).interview.status).toBe("planned");
});

test("a decision-maker reads the interview but every action is 403", async () => {
  const d = await pageData(s.decision.cookie);
  expect(d.canEdit).toBe(false);
  expect(d.notes.absence).toBe("Ärendena blir liggande.");
  const p = { ...params(), id: String(interviewId) };
  for (const fields of <Array<Record<string, string>>>[
    { intent: "save-note", questionKey: "absence", text: "changed" },
    { intent: "status", status: "done" },
    { intent: "add-excerpt", questionKey: "absence", quote: "x", model: "local", stance: "pro", criterion: "efficiency" },
  ]) {
    expect((await callAction(interviewAction, page(), p, fields, s.decision.cookie)).status).toBe(403);
  }
  expect((await callLoader(planLoader, `${base()}/new`, params(), s.decision.cookie)).status).toBe(403);
  expect((await callAction(planAction, `${base()}/new`, params(), { guide: "case-administrator", role: "other", date: "2026-01-01" }, s.decision.cookie)).status).toBe(403);
  expect((await listNotes({ municipalityId: s.own.id, interviewId })).absence?.text).toBe("Ärendena blir liggande.");
});

test("another municipality's interview id is 404, through its own URL too", async () => {
  const p = { municipality: s.other.slug, id: String(interviewId) };
  const path = `/m/${s.other.slug}/interviews/${interviewId}`;
  expect((await callLoader(interviewLoader, path, p, s.stranger.cookie)).status).toBe(404);
  expect((await callAction(interviewAction, path, p, { intent: "save-note", questionKey: "absence", text: "hijack" }, s.stranger.cookie)).status).toBe(404);
  // A member of the other municipality cannot reach ours at all.
  expect((await callLoader(interviewLoader, page(), { ...params(), id: String(interviewId) }, s.stranger.cookie)).status).toBe(404);
  expect((await callLoader(interviewLoader, `${base()}/abc`, { ...params(), id: "abc" }, s.project.cookie)).status).toBe(404);
  expect((await listNotes({ municipalityId: s.own.id, interviewId })).absence?.text).toBe("Ärendena blir liggande.");
});
