// The organisation page: the project group registers departments, business areas and systems
// with their administrators, one by one or from a CSV inventory; decision-makers only read.
import { action, loader } from "~/routes/m.$municipality.organisation";
import { db } from "~/db/client.server";
import { listAudit } from "~/db/audit.server";
import { listRegisteredSystems } from "~/db/organisation.server";
import { importSystems } from "~/services/organisation/import.server";
import { stepHref } from "~/components/report-steps";
import { request } from "../../support/factories";
import { callAction, callLoader, outcome, setup } from "../../support/routes";

type Page = Awaited<ReturnType<typeof loader>>;
type Result = { intent: string; done?: { key: string; params: Record<string, string> }; errors?: Record<string, string>; values?: Record<string, string>; problems?: Array<{ line: number; message: string }>; summary?: Record<string, unknown>; fileError?: string };

let ctx: Awaited<ReturnType<typeof setup>>;
let path: string;
let params: Record<string, string>;

beforeAll(async () => {
  ctx = await setup();
  path = `/m/${ctx.own.slug}/organisation`;
  params = { municipality: ctx.own.slug };
});

const post = async (fields: Record<string, string>, cookie = ctx.project.cookie) => {
  const res = await callAction(action, path, params, fields, cookie);
  return { status: res.status, data: res.data as Result };
};
const page = async (cookie = ctx.project.cookie) => (await callLoader(loader, path, params, cookie)).data as Page;
const departmentId = async (name: string) => (await page()).departments.find((d) => d.name === name)!.id;
const areaId = async (code: string) => (await page()).areas.find((a) => a.code === code)!.id;
const systemNamed = async (name: string) => (await page()).systems.find((s) => s.name === name);

function upload(text: string, cookie = ctx.project.cookie) {
  const body = new FormData();
  body.append("intent", "import");
  body.append("file", new Blob([text], { type: "text/csv" }), "system.csv");
  return outcome(() => action({ request: request(path, { method: "POST", body, cookie }), params, context: {} }));
}

test("the home's Plan step and its systems table lead to the organisation page", () => {
  expect(stepHref("ale", "plan")).toBe("/m/ale/organisation");
});

test("departments: added, a duplicate (any case) or an empty name refused with what was typed, renamed", async () => {
  expect((await page()).departments).toEqual([]);
  const added = await post({ intent: "department.add", name: "  Vård &  Omsorg " });
  expect(added.status).toBe(200);
  expect(added.data.done).toEqual({ key: "done.departmentAdded", params: { name: "Vård & Omsorg" } });
  expect((await page()).departments).toEqual([{ id: expect.any(Number), name: "Vård & Omsorg", systems: 0 }]);

  const duplicate = await post({ intent: "department.add", name: "vård & omsorg" });
  expect(duplicate.status).toBe(400);
  expect(duplicate.data).toMatchObject({ errors: { name: "errors.departmentExists" }, values: { name: "vård & omsorg" } });
  const empty = await post({ intent: "department.add", name: "   " });
  expect(empty.data.errors).toEqual({ name: "errors.departmentName" });

  await post({ intent: "department.add", name: "Teknik" });
  const id = await departmentId("Vård & Omsorg");
  const clash = await post({ intent: "department.rename", id: String(id), name: "TEKNIK" });
  expect(clash.data.errors).toEqual({ name: "errors.departmentExists" });
  const renamed = await post({ intent: "department.rename", id: String(id), name: "Vård och omsorg" });
  expect(renamed.data.done).toEqual({ key: "done.departmentRenamed", params: { from: "Vård & Omsorg", name: "Vård och omsorg" } });
  expect((await page()).departments.map((d) => d.name)).toEqual(["Teknik", "Vård och omsorg"]);
  const log = await listAudit({ municipalityId: ctx.own.id });
  expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(["organisation.department.add", "organisation.department.rename"]));
});

test("business areas: chosen from the known codes, the translated name by default, a duplicate refused", async () => {
  const school = await post({ intent: "area.add", code: "school", name: "" });
  expect(school.data.done).toEqual({ key: "done.areaAdded", params: { name: "Skola" } });
  const own = await post({ intent: "area.add", code: "elderly_care", name: "Äldreomsorg" });
  expect(own.data.done?.params.name).toBe("Äldreomsorg");
  const again = await post({ intent: "area.add", code: "school", name: "Grundskola" });
  expect(again.status).toBe(400);
  expect(again.data).toMatchObject({ errors: { code: "errors.areaExists" }, values: { code: "school", name: "Grundskola" } });
  const unknown = await post({ intent: "area.add", code: "space_travel", name: "" });
  expect(unknown.data.errors).toEqual({ code: "errors.areaCode" });
  expect((await page()).areas.map((a) => [a.code, a.name])).toEqual([
    ["school", "Skola"],
    ["elderly_care", "Äldreomsorg"],
  ]);
});

test("systems: added with department, area and administrators; edited keeping who can handle support; the bus factor counts", async () => {
  const dept = await departmentId("Vård och omsorg");
  const area = await areaId("elderly_care");
  const added = await post({ intent: "system.save", name: "Omsorgssystem", vendor: "OmsorgIT", departmentId: String(dept), areaId: String(area), administrators: "SF-1\r\n\nSystemförvaltare omsorg\nsf-1\n" });
  expect(added.data.done).toEqual({ key: "done.systemAdded", params: { name: "Omsorgssystem" } });
  expect(await systemNamed("Omsorgssystem")).toMatchObject({ vendor: "OmsorgIT", department: "Vård och omsorg", areaName: "Äldreomsorg", areaCode: "elderly_care", administrators: ["SF-1", "Systemförvaltare omsorg"], support: 2 });

  // One administrator is marked as unable to handle support; an edit keeps that.
  const id = (await systemNamed("Omsorgssystem"))!.id;
  await db()("system_administrators").where({ system_id: id, label: "Systemförvaltare omsorg" }).update({ can_handle_support: false });
  const edited = await post({ intent: "system.save", id: String(id), name: "Omsorg Pro", vendor: "", departmentId: "", areaId: String(area), administrators: "Systemförvaltare omsorg\nSF-3" });
  expect(edited.data.done).toEqual({ key: "done.systemSaved", params: { name: "Omsorg Pro" } });
  expect(await systemNamed("Omsorg Pro")).toMatchObject({ id, vendor: null, department: null, administrators: ["Systemförvaltare omsorg", "SF-3"], support: 1 });
  expect(await systemNamed("Omsorgssystem")).toBeUndefined();
});

test("a system form with errors keeps what was typed; another municipality's department or system is not reachable", async () => {
  await post({ intent: "system.save", name: "Lönesystem", administrators: "" });
  const clash = await post({ intent: "system.save", name: "lönesystem", vendor: "X", administrators: "AB\r\nCD" });
  expect(clash.status).toBe(400);
  expect(clash.data).toMatchObject({ errors: { name: "errors.systemExists" }, values: { name: "lönesystem", vendor: "X", administrators: "AB\r\nCD" } });
  expect((await page()).systems.filter((s) => s.name.toLowerCase() === "lönesystem")).toHaveLength(1);
  expect((await post({ intent: "system.save", name: "", administrators: "" })).data.errors).toEqual({ name: "errors.systemName" });
  expect((await post({ intent: "system.save", name: "Y", administrators: `${"x".repeat(201)}` })).data.errors).toEqual({ administrators: "errors.administratorTooLong" });

  const [foreign] = (await db()("departments").insert({ municipality_id: ctx.other.id, name: "Främmande" }).returning("id")) as Array<{ id: number }>;
  const wrong = await post({ intent: "system.save", name: "Smygsystem", departmentId: String(foreign!.id), administrators: "" });
  expect(wrong.data.errors).toEqual({ departmentId: "errors.departmentGone" });
  const [otherSystem] = (await db()("systems").insert({ municipality_id: ctx.other.id, name: "Deras system" }).returning("id")) as Array<{ id: number }>;
  expect((await post({ intent: "system.save", id: String(otherSystem!.id), name: "Kapat", administrators: "" })).status).toBe(404);
  expect((await post({ intent: "system.delete", id: String(otherSystem!.id) })).status).toBe(404);
  expect((await post({ intent: "department.delete", id: String(foreign!.id) })).status).toBe(404);
  expect(await db()("systems").where({ id: otherSystem!.id }).first("name")).toEqual({ name: "Deras system" });
});

test("deleting a department or an area keeps its systems; deleting a system removes its administrators", async () => {
  const dept = await departmentId("Teknik");
  await post({ intent: "system.save", name: "Fastighetssystem", departmentId: String(dept), areaId: String(await areaId("school")), administrators: "SF-21\nSF-22" });
  expect((await page()).departments.find((d) => d.id === dept)?.systems).toBe(1);
  const gone = await post({ intent: "department.delete", id: String(dept) });
  expect(gone.data.done).toEqual({ key: "done.departmentDeleted", params: { name: "Teknik" } });
  const areaGone = await post({ intent: "area.delete", id: String(await areaId("school")) });
  expect(areaGone.data.done?.key).toBe("done.areaDeleted");
  expect(await systemNamed("Fastighetssystem")).toMatchObject({ department: null, departmentId: null, areaId: null, administrators: ["SF-21", "SF-22"] });

  const id = (await systemNamed("Fastighetssystem"))!.id;
  expect((await post({ intent: "system.delete", id: String(id) })).data.done).toEqual({ key: "done.systemDeleted", params: { name: "Fastighetssystem" } });
  expect(await systemNamed("Fastighetssystem")).toBeUndefined();
  expect(await db()("system_administrators").where({ system_id: id })).toEqual([]);
  const actions = (await listAudit({ municipalityId: ctx.own.id })).map((l) => l.action);
  expect(actions).toEqual(expect.arrayContaining(["organisation.department.delete", "organisation.area.delete", "organisation.system.delete", "organisation.system.add", "organisation.system.update"]));
});

test("a decision-maker reads the register but every change is refused; another municipality's user sees nothing", async () => {
  const read = await page(ctx.decision.cookie);
  expect(read.canEdit).toBe(false);
  expect(read.systems.length).toBeGreaterThan(0);
  expect((await page()).canEdit).toBe(true);
  const before = await listRegisteredSystems({ municipalityId: ctx.own.id });
  const changes: Array<Record<string, string>> = [{ intent: "department.add", name: "Beslut" }, { intent: "system.save", name: "Beslutssystem", administrators: "" }, { intent: "system.delete", id: String(before[0]!.id) }];
  for (const fields of changes) {
    expect((await post(fields, ctx.decision.cookie)).status).toBe(403);
  }
  expect((await upload("name\nX\n", ctx.decision.cookie)).status).toBe(403);
  expect(await listRegisteredSystems({ municipalityId: ctx.own.id })).toEqual(before);
  expect((await callLoader(loader, path, params, ctx.stranger.cookie)).status).toBe(404);
  expect((await post({ intent: "department.add", name: "Främling" }, ctx.stranger.cookie)).status).toBe(404);
});

test("an import with one bad row stores nothing and names every line to fix", async () => {
  const before = await page();
  const file = ["Namn;Leverantör;Förvaltning;Verksamhetsområde;Förvaltare", "Ekonomisystem;EkoNord;Ekonomiavdelningen;finance;\"SF-17;SF-18\"", ";Okänd;Ekonomiavdelningen;finance;X", "Bygglov;PlanBygg;Samhällsbyggnad;Rymdfart;SF-19"].join("\r\n");
  const res = await upload(file);
  expect(res.status).toBe(400);
  const problems = (res.data as Result).problems!;
  expect(problems.map((p) => p.line)).toEqual([3, 4]);
  expect(problems[0]!.message).toBe("Systemets namn är tomt. Fyll i det eller ta bort raden.");
  expect(problems[1]!.message).toContain("Rymdfart");
  const after = await page();
  expect(after.systems).toEqual(before.systems);
  expect(after.departments).toEqual(before.departments);
  expect(after.areas).toEqual(before.areas);
});

test("an import creates the departments and areas it names and updates a system with the same name instead of adding it twice", async () => {
  const first = await upload('name,vendor,department,business_area,administrators\nEkonomisystem,EkoNord,Ekonomiavdelningen,Ekonomi,"SF-17;SF-18"\nLönesystem,LönePartner,Ekonomiavdelningen,hr,SF-14\n');
  expect(first.status).toBe(200);
  expect((first.data as Result).summary).toEqual({ systems: 2, created: 1, updated: 1, departments: 1, areas: 2, ignored: [] });
  expect(await systemNamed("Ekonomisystem")).toMatchObject({ vendor: "EkoNord", department: "Ekonomiavdelningen", areaCode: "finance", areaName: "Ekonomi", administrators: ["SF-17", "SF-18"], support: 2 });
  expect(await systemNamed("Lönesystem")).toMatchObject({ vendor: "LönePartner", areaCode: "hr", areaName: "HR och lön", administrators: ["SF-14"], support: 1 });

  // Again, in Norwegian, other case, fewer columns: the systems are updated; what the file lacks is kept.
  const count = (await page()).systems.length;
  const again = await upload("Navn;Forvaltere;Kostnad\nEKONOMISYSTEM;SF-18;100\n");
  expect((again.data as Result).summary).toEqual({ systems: 1, created: 0, updated: 1, departments: 0, areas: 0, ignored: ["Kostnad"] });
  expect((await page()).systems).toHaveLength(count);
  expect(await systemNamed("Ekonomisystem")).toMatchObject({ vendor: "EkoNord", department: "Ekonomiavdelningen", administrators: ["SF-18"], support: 1 });
  const log = await listAudit({ municipalityId: ctx.own.id });
  expect(log.filter((l) => l.action === "organisation.import")).toHaveLength(2);
});

test("an upload that is not a CSV file or no file at all is refused with what to do", async () => {
  const none = await post({ intent: "import" });
  expect(none.data.fileError).toBe("Välj en CSV-fil att importera.");
  const workbook = await upload("PK\u0003\u0004 not really a workbook");
  expect((workbook.data as Result).fileError).toContain("ingen CSV-fil");
});

test("the import service is all-or-nothing on its own too (as the CLI uses it)", async () => {
  const actor = { municipalityId: ctx.own.id, userId: null, locale: "en" as const };
  const bad = await importSystems(actor, "name,business_area\nNytt,culture_leisure\nNytt,technical\n");
  expect(bad).toEqual({ ok: false, problems: [{ line: 3, code: "duplicate_name", params: { name: "Nytt", first: 2 } }] });
  expect(await systemNamed("Nytt")).toBeUndefined();
  expect((await page()).areas.some((a) => a.code === "culture_leisure")).toBe(false);
  const good = await importSystems(actor, "name,business_area\nNytt,culture_leisure\n");
  expect(good).toMatchObject({ ok: true, created: 1, areas: 1 });
  expect(await systemNamed("Nytt")).toMatchObject({ areaCode: "culture_leisure", areaName: "Culture and leisure", administrators: [], support: 0 });
});
