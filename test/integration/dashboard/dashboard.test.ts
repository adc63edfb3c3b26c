// The dashboard loader and its CSV downloads against hand-counted figures, suppression on a
// narrow filter, access rules. Runs on SQLite and PostgreSQL alike.
import { loader } from "~/routes/m.$municipality.dashboard";
import { loader as csvLoader } from "~/routes/m.$municipality.dashboard_.csv.$chart";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";
import { seedInterviews, seedSurvey, seedTickets } from "./data";

type Data = Awaited<ReturnType<typeof loader>>;
let slug: string;
let project: string;
let decision: string;
let stranger: string;

beforeAll(async () => {
  const m = await makeMunicipality();
  const other = await makeMunicipality();
  slug = m.slug;
  await seedSurvey(m.id);
  await seedTickets(m.id);
  await seedInterviews(m.id);
  project = await sessionCookie((await makeUser({ role: "project", municipalityId: m.id })).id);
  decision = await sessionCookie((await makeUser({ role: "decision", municipalityId: m.id })).id);
  stranger = await sessionCookie((await makeUser({ role: "project", municipalityId: other.id })).id);
});

const load = (query = "", cookie = project) => loader({ request: request(`/m/${slug}/dashboard${query}`, { cookie }), params: { municipality: slug }, context: {} }) as Promise<Data>;
const chart = (d: Data, id: string) => [...(d.survey?.charts ?? []), ...(d.tickets ?? []), ...(d.interviews ?? [])].find((c) => c.id === id)!;
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

test("survey figures are counted in SQL and match the hand count", async () => {
  const d = await load();
  const perm = chart(d, "survey-permission_required");
  expect(perm.n).toBe(10);
  expect(perm.datasets.map((x) => [x.key, x.data[0]])).toEqual([["yes", 9], ["no", 1]]);
  expect(plain(perm.caption)).toBe("90 % svarade Ja och 10 % Nej.");
  const perDay = chart(d, "survey-tickets_per_day");
  // 4 (6×), 12 (3×), 30 (1×): under a decade apart, so equal buckets of 5 from 0 to 35
  expect(perDay.labels).toEqual(["0–4", "5–9", "10–14", "15–19", "20–24", "25–29", "30–34"]);
  expect(perDay.datasets[0]!.data).toEqual([6, 0, 3, 0, 0, 0, 1]);
  const why = d.survey!.texts.find((x) => x.id === "survey-service_level_why")!;
  // Each distinct text once with how many wrote it, most frequent first.
  expect(why.texts).toEqual([{ text: "Rutiner", count: 6 }, { text: "Kunskap", count: 1 }]);
  expect(why.moreTexts).toBeUndefined();
});

test("ticket figures: volume per week by channel, type × line, line-one share, areas, resolution", async () => {
  const d = await load();
  const volume = chart(d, "tickets-volume");
  expect(volume.labels).toEqual(["v. 10 2024", "v. 14 2024"]);
  expect(volume.datasets.map((x) => [x.key, x.data])).toEqual([["phone", [3, 3]], ["email", [2, 1]], ["portal", [0, 1]]]);
  expect(volume.n).toBe(10);
  const typeLine = chart(d, "tickets-type-line");
  // fault 4, password 3, then permission, how-to and change 1 each (ties in the fixed type order)
  expect(typeLine.labels).toEqual(["Fel", "Lösenord", "Behörighet", "Hur gör jag?", "Ändring"]);
  expect(typeLine.datasets.map((x) => x.data)).toEqual([[0, 3, 0, 1, 0], [3, 0, 1, 0, 1], [1, 0, 0, 0, 0]]);
  const lineOne = chart(d, "tickets-line-one");
  // March: 1, 2 (password), 3 (permission) capable of 5; April: 6 (how-to), 9 (password) of 5
  expect(lineOne.datasets[0]!.data).toEqual([0.6, 0.4]);
  expect(lineOne.weights).toEqual([5, 5]);
  expect(plain(lineOne.caption)).toBe("50 % av ärendena skulle en första linje kunna lösa.");
  expect(chart(d, "tickets-area").datasets[0]!.data).toEqual([5, 3, 2]);
  // closed after 0.5, 2, 6, 48, 0.17, 3, 192, 0.33, 4 hours (ticket 5 is open):
  // under 1 h: 3; 1–4 h: 2 (2, 3); 4–8 h: 2 (6, 4); 1–3 days: 1; over a week: 1
  expect(chart(d, "tickets-resolution").datasets[0]!.data).toEqual([3, 2, 2, 0, 1, 0, 1]);
  expect(chart(d, "tickets-resolution").n).toBe(9);
  expect(chart(d, "interviews-matrix").datasets.map((x) => x.data)).toEqual([[4, 0], [0, 2]]);
});

test("a filter narrows the tickets; a view under the minimum group size shows nothing", async () => {
  const school = await load("?area=school");
  expect(chart(school, "tickets-volume").n).toBe(5);
  expect(school.filter).toEqual({ area: "school", answers: {} });
  const hr = await load("?area=hr&from=2024-03-01&to=2024-03-31");
  for (const c of hr.tickets!) expect(c).toMatchObject({ suppressed: true, labels: [], datasets: [], n: 0 });
  // Three HR respondents: every survey figure and every free text behind them is hidden.
  const narrow = await load("?answer=area:hr");
  expect(narrow.survey!.charts.every((c) => c.suppressed && c.datasets.length === 0)).toBe(true);
  expect(narrow.survey!.texts.every((x) => x.suppressed && x.texts.length === 0)).toBe(true);
  const wide = await load("?answer=area:school");
  expect(chart(wide, "survey-permission_required").datasets.map((x) => x.data[0])).toEqual([6, 1]);
});

test("filters combine, the whole filter is in the address, and every combination under the threshold shows nothing", async () => {
  // School and yes to permissions: 6 respondents, shown.
  const both = await load("?answer=area:school&answer=permission_required:yes");
  expect(both.filter).toEqual({ answers: { area: "school", permission_required: "yes" } });
  expect(both.search).toBe("?answer=area%3Aschool&answer=permission_required%3Ayes");
  expect(chart(both, "survey-permission_required").datasets.map((x) => x.data[0])).toEqual([6, 0]);
  expect(chart(both, "survey-tickets_per_day").n).toBe(6);
  // School and no: one respondent; every figure and free text is hidden, not just one.
  const one = await load("?answer=area:school&answer=permission_required:no");
  expect(one.survey!.charts.every((c) => c.suppressed && c.datasets.length === 0 && c.n === 0)).toBe(true);
  expect(one.survey!.texts.every((x) => x.suppressed && x.texts.length === 0)).toBe(true);
  // The business area narrows the survey too (its `area` answer) and the tickets at once.
  const school = await load("?area=school");
  expect(chart(school, "survey-permission_required").datasets.map((x) => x.data[0])).toEqual([6, 1]);
  expect(chart(school, "tickets-area").datasets[0]!.data).toEqual([5]);
  // Area and period together: 3 school tickets in March, under the threshold.
  const march = await load("?area=school&from=2024-03-01&to=2024-03-31");
  expect(march.tickets!.every((c) => c.suppressed)).toBe(true);
  expect(chart(march, "survey-permission_required").n).toBe(7);
});

test("the interview chart follows the role and department filters, held back under the threshold of interviewees", async () => {
  const all = await load();
  expect(chart(all, "interviews-matrix").suppressed).toBeFalsy();
  // The six excerpts come from one administrator: a role filter would single them out.
  const admin = await load("?role=administrator");
  expect(admin.filter.role).toBe("administrator");
  expect(chart(admin, "interviews-matrix")).toMatchObject({ suppressed: true, labels: [], datasets: [], n: 0 });
  const none = await load("?role=service_center_manager");
  expect(chart(none, "interviews-matrix")).toMatchObject({ suppressed: true, n: 0 });
  // The role filter leaves the survey and tickets as they were.
  expect(chart(admin, "tickets-volume").n).toBe(10);
  expect(chart(admin, "survey-permission_required").n).toBe(10);
});

test("CSV downloads: Excel dialect for sv, standard for en, nothing for a hidden figure", async () => {
  const csv = (id: string, query = "") => csvLoader({ request: request(`/m/${slug}/dashboard/csv/${id}${query}`, { cookie: project }), params: { municipality: slug, chart: id }, context: {} }) as Promise<Response>;
  const sv = await csv("survey-permission_required");
  expect(sv.headers.get("Content-Disposition")).toBe('attachment; filename="survey-permission_required.csv"');
  // Response.text() drops a BOM, so read the bytes.
  expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await sv.arrayBuffer())).toBe("\uFEFFSvar;Antal svar;Andel\r\nJa;9;0,9\r\nNej;1;0,1\r\n");
  const en = await csv("tickets-area", "?lng=en");
  expect(await en.text()).toBe("Business area,Tickets,Share\r\nSchool,5,0.5\r\nHR and payroll,3,0.3\r\nElderly care,2,0.2\r\n");
  await expect(csv("survey-permission_required", "?answer=area:hr")).rejects.toMatchObject({ status: 404 });
  // Free texts download in full, each distinct text with its count; hidden ones not at all.
  const why = await csv("survey-service_level_why", "?lng=en");
  expect(why.headers.get("Content-Disposition")).toBe('attachment; filename="survey-service_level_why.csv"');
  expect(await why.text()).toBe("Answer,Count\r\nRutiner,6\r\nKunskap,1\r\n");
  await expect(csv("survey-service_level_why", "?answer=area:hr")).rejects.toMatchObject({ status: 404 });
});

test("the decision-maker reads the dashboard; another municipality's member gets 404", async () => {
  expect((await load("", decision)).survey?.charts.length).toBeGreaterThan(0);
  // Empty sources point the project group (not the decision-maker) to where the data comes from.
  expect((await load("", decision)).canAct).toBe(false);
  expect((await load("", project)).canAct).toBe(true);
  await expect(load("", stranger)).rejects.toMatchObject({ status: 404 });
});
