// The pre-counted tables behind the dashboard stay equal to counting the stored rows live:
// survey answers (whole and filtered, from the count tables and the answer sets) after an
// import, a second import, a new submission, a deleted response (as retention would) and a
// deleted survey; ticket counts from the daily roll-up and from the business-area, system and
// department indexes equal the same counts grouped over the tickets, after an import, a
// re-import that changes tickets and a deletion. Runs on SQLite and PostgreSQL alike.
import { db } from "~/db/client.server";
import { countSubmitted, countValues, insertAnswerRows, insertResponse, markAnswersSubmitted, updateResponse } from "~/db/surveys-responses.server";
import { deleteTickets } from "~/db/tickets.server";
import { answersToRows } from "~/services/surveys/answer-rows";
import { storeSubmittedResponses } from "~/services/surveys/store.server";
import { importTickets } from "~/services/tickets/import.server";
import { loadTicketCounts, type TicketCounts } from "~/services/tickets/dashboard-counts.server";
import { BUSINESS_AREAS, CHANNELS } from "~/domain/ids";
import { makeMunicipality } from "../../support/factories";
import { HAND_MADE, writeTmp } from "../tickets/helpers";
import { RESPONSES, seedSurvey } from "./data";

type Group = { code: string; value: string; n: number; firsts: number };
const sorted = (gs: Group[]) => [...gs].sort((a, b) => `${a.code}\u0000${a.value}`.localeCompare(`${b.code}\u0000${b.value}`));

/** The GROUP BY the pre-counted table replaces, over every submitted answer (or those of the responses that gave one answer). */
async function liveGroups(surveyId: number, filter?: { code: string; value: string }): Promise<Group[]> {
  const q = db()("survey_answers").where({ survey_id: surveyId, submitted: true });
  if (filter) q.whereIn("response_id", db()("survey_answers").where({ survey_id: surveyId, submitted: true, question_code: filter.code, value: JSON.stringify(filter.value) }).select("response_id"));
  const rows = (await q
    .whereNot({ value: "null" })
    .groupBy("question_code", "value")
    .select("question_code as code", "value", db().raw("count(*) as n"), db().raw("sum(case when position = 0 then 1 else 0 end) as firsts"))) as Array<Record<string, unknown>>;
  return rows.map((r) => ({ code: r.code as string, value: r.value as string, n: Number(r.n), firsts: Number(r.firsts) }));
}
const liveSubmitted = async (surveyId: number) => Number((await db()("survey_responses").where({ survey_id: surveyId, status: "submitted" }).count({ n: "*" }).first())?.n);

const FILTERS = [
  { code: "area", value: "school" },
  { code: "area", value: "hr" },
  { code: "permission_required", value: "no" },
];

async function expectCountsLive(municipalityId: number, surveyId: number, responses: number) {
  expect(sorted(await countValues({ municipalityId, surveyId }))).toEqual(sorted(await liveGroups(surveyId)));
  for (const f of FILTERS) expect(sorted(await countValues({ municipalityId, surveyId, filter: [f] }))).toEqual(sorted(await liveGroups(surveyId, f)));
  expect(await countSubmitted({ municipalityId, surveyId })).toBe(responses);
  expect(await liveSubmitted(surveyId)).toBe(responses);
}

test("survey counts follow imports, a submission, a deleted response and a deleted survey", async () => {
  const m = await makeMunicipality();
  const surveyId = await seedSurvey(m.id);
  await expectCountsLive(m.id, surveyId, 10);
  // "yes" to permissions: 9 rows, 9 of them first (single choice).
  expect((await countValues({ municipalityId: m.id, surveyId })).find((g) => g.code === "permission_required" && g.value === '"yes"')).toMatchObject({ n: 9, firsts: 9 });

  await storeSubmittedResponses({ municipalityId: m.id, surveyId, locale: "sv", rows: RESPONSES.slice(0, 4) });
  await expectCountsLive(m.id, surveyId, 14);

  // A respondent's answers are saved while in progress (not counted), then submitted.
  const id = "rollup-test-response";
  await insertResponse({ id, surveyId, municipalityId: m.id, status: "in_progress", locale: "sv" });
  await insertAnswerRows(answersToRows({ area: ["finance", "hr"], permission_required: "no", tickets_per_day: 99 }).map((a) => ({ ...a, response_id: id, survey_id: surveyId })));
  await expectCountsLive(m.id, surveyId, 14);
  await updateResponse({ id }, { status: "submitted", submittedAt: new Date().toISOString() });
  await markAnswersSubmitted({ responseId: id });
  await expectCountsLive(m.id, surveyId, 15);
  expect(await db()("survey_answer_sets").where({ response_id: id })).toHaveLength(1);
  const groups = await countValues({ municipalityId: m.id, surveyId });
  expect(groups.find((g) => g.code === "area" && g.value === '"finance"')).toMatchObject({ n: 1, firsts: 1 });
  expect(groups.find((g) => g.code === "area" && g.value === '"hr"')).toMatchObject({ n: 4, firsts: 3 });

  // Retention (or anyone) deleting a response takes its answers out of the counts.
  await db()("survey_responses").where({ id }).delete();
  await expectCountsLive(m.id, surveyId, 14);
  // Its answer set (raw answers, free texts included) goes with it.
  expect(await db()("survey_answer_sets").where({ response_id: id })).toEqual([]);
  expect((await countValues({ municipalityId: m.id, surveyId })).some((g) => g.value === '"finance"' || g.value === "99")).toBe(false);

  // Another municipality cannot read the counts; a deleted survey leaves none behind.
  const other = await makeMunicipality();
  expect(await countValues({ municipalityId: other.id, surveyId })).toEqual([]);
  expect(await countSubmitted({ municipalityId: other.id, surveyId })).toBe(0);
  await db()("surveys").where({ id: surveyId }).delete();
  expect(await db()("survey_answer_counts").where({ survey_id: surveyId })).toEqual([]);
  expect(await db()("survey_response_counts").where({ survey_id: surveyId })).toEqual([]);
  expect(await db()("survey_answer_sets").where({ survey_id: surveyId })).toEqual([]);
});

/** Every count summed by its key, so two sets of counts compare whatever their order. */
function totals(c: TicketCounts) {
  const add = (m: Record<string, number>, k: string, n: number) => ((m[k] = (m[k] ?? 0) + n), m);
  const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
  const t = {
    channelDays: c.channelDays.reduce((m, x) => add(m, `${x.day} ${x.key}`, x.count), {} as Record<string, number>),
    typeLineMonths: c.typeLineMonths.reduce((m, x) => add(m, `${x.month} ${x.key}`, x.count), {} as Record<string, number>),
    areas: c.areas.reduce((m, x) => add(m, x.key, x.count), {} as Record<string, number>),
    resolution: c.resolution.reduce((m, x) => add(m, String(x.bucket), x.count), {} as Record<string, number>),
  };
  return { ...t, sums: { resolved: sum(t.resolution), tickets: sum(t.typeLineMonths) } };
}

const merge = (parts: TicketCounts[]) => {
  const merged: TicketCounts = { channelDays: [], typeLineMonths: [], areas: [], resolution: [] };
  for (const c of parts) for (const k of Object.keys(merged) as Array<keyof TicketCounts>) (merged[k] as unknown[]).push(...c[k]);
  return merged;
};

/** The distinct values of a ticket column among a municipality's tickets. */
const valuesOf = async (municipalityId: number, column: "system" | "department") =>
  ((await db()("tickets").where({ municipality_id: municipalityId }).distinct(column)) as Record<string, string>[]).map((r) => r[column]!);

/**
 * The roll-up's counts and the same counts grouped over the tickets, one channel at a time
 * (the general path), and one business area, system or department at a time (their indexes;
 * the hand-made tickets all have each of them).
 */
async function expectRollupLive(municipalityId: number) {
  const rollup = await loadTicketCounts({ municipalityId, filter: {} });
  const perChannel = await Promise.all(CHANNELS.map((channel) => loadTicketCounts({ municipalityId, filter: { channel } })));
  expect(totals(rollup)).toEqual(totals(merge(perChannel)));
  const perArea = await Promise.all(BUSINESS_AREAS.map((area) => loadTicketCounts({ municipalityId, filter: { area } })));
  expect(totals(rollup)).toEqual(totals(merge(perArea)));
  // An area with another filter: its tickets of each channel add up to the area's.
  const school = await Promise.all(CHANNELS.map((channel) => loadTicketCounts({ municipalityId, filter: { area: "school", channel } })));
  expect(totals(merge(school))).toEqual(totals(await loadTicketCounts({ municipalityId, filter: { area: "school" } })));
  for (const column of ["system", "department"] as const) {
    const values = await valuesOf(municipalityId, column);
    const perValue = await Promise.all(values.map((v) => loadTicketCounts({ municipalityId, filter: { [column]: v } })));
    expect(totals(rollup)).toEqual(totals(merge(perValue)));
    // With a second filter, by channel (in the index) or by area (which the index counts by):
    // each value's tickets add up to the value's.
    for (const v of values) {
      const alone = totals(await loadTicketCounts({ municipalityId, filter: { [column]: v } }));
      const byChannel = await Promise.all(CHANNELS.map((channel) => loadTicketCounts({ municipalityId, filter: { [column]: v, channel } })));
      expect(totals(merge(byChannel))).toEqual(alone);
      const byArea = await Promise.all(BUSINESS_AREAS.map((area) => loadTicketCounts({ municipalityId, filter: { [column]: v, area } })));
      expect(totals(merge(byArea))).toEqual(alone);
    }
  }
  return totals(rollup);
}

/** The hand-made tickets with a department each; one department serves two business areas. */
const DEPARTMENTS: Record<string, string> = { school: "Utbildning", elderly_care: "Välfärd", hr: "Välfärd" };
const withDepartments = (csv: string) =>
  csv
    .split("\r\n")
    .map((line, i) => `${line};${i === 0 ? "department" : DEPARTMENTS[line.split(";")[5]!]}`)
    .join("\r\n");

test("ticket counts from the roll-up equal the tickets after an import, a re-import and a deletion", async () => {
  const m = await makeMunicipality();
  await importTickets({ municipalityId: m.id, path: writeTmp("hand.csv", withDepartments(HAND_MADE)), mode: "all_or_nothing" });
  const first = await expectRollupLive(m.id);
  expect(first.areas).toEqual({ school: 2, elderly_care: 2, hr: 2 });
  // A department's counts are per business area, like the unfiltered ones.
  expect(totals(await loadTicketCounts({ municipalityId: m.id, filter: { department: "Välfärd" } })).areas).toEqual({ elderly_care: 2, hr: 2 });
  expect(totals(await loadTicketCounts({ municipalityId: m.id, filter: { system: "Lön" } })).sums).toEqual({ resolved: 1, tickets: 2 });
  // H-1 … H-6 closed after 0.5 h, 2 h, 24 h, 4 h, (open), 48 h: buckets by RESPONSE_BUCKETS
  expect(first.sums).toEqual({ resolved: 5, tickets: 6 });

  // Re-import: H-1 moves to HR and April, H-7 is new.
  const again = HAND_MADE.replace("H-1;2024-03-04 08:00;2024-03-04 08:30;Telefon;Lösenord;school", "H-1;2024-04-02 08:00;2024-04-02 08:30;Telefon;Lösenord;hr") +
    "\r\nH-7;2024-04-03 08:00;2024-04-03 09:00;E-post;Fel;school;Skolplattform;15;Fel i schemat;0";
  await importTickets({ municipalityId: m.id, path: writeTmp("again.csv", withDepartments(again)), mode: "all_or_nothing" });
  const second = await expectRollupLive(m.id);
  expect(second.areas).toEqual({ school: 2, elderly_care: 2, hr: 3 });
  expect(Object.keys(second.typeLineMonths).some((k) => k.startsWith("2024-04"))).toBe(true);

  await deleteTickets({ municipalityId: m.id });
  expect(await expectRollupLive(m.id)).toEqual({ channelDays: {}, typeLineMonths: {}, areas: {}, resolution: {}, sums: { resolved: 0, tickets: 0 } });
});
