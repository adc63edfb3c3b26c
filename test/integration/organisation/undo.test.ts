// Undo right after deleting on the organisation page (docs/decisions/050-undo.md), through the
// real route and database: a deleted system comes back with its id, links and administrators
// (who can handle support included); a deleted department or business area comes back with its
// id and name and the systems that lost it point to it again, except one given another since.
// An undo works once and only for whoever deleted; something added since in its place refuses it
// and changes nothing.
import { action, loader } from "~/routes/m.$municipality.organisation";
import { db } from "~/db/client.server";
import { listAudit } from "~/db/audit.server";
import { makeUser, sessionCookie } from "../../support/factories";
import { callAction, callLoader, setup } from "../../support/routes";

type Result = { intent: string; done?: { key: string; params: Record<string, string> }; undoId?: number; undone?: string };
type Page = Awaited<ReturnType<typeof loader>>;

let ctx: Awaited<ReturnType<typeof setup>>;
let colleague: { id: number; cookie: string };
let path: string;
let params: Record<string, string>;

beforeAll(async () => {
  ctx = await setup();
  const u = await makeUser({ role: "project", municipalityId: ctx.own.id });
  colleague = { id: u.id, cookie: await sessionCookie(u.id) };
  path = `/m/${ctx.own.slug}/organisation`;
  params = { municipality: ctx.own.slug };
});

const post = async (fields: Record<string, string>, cookie = ctx.project.cookie) => {
  const res = await callAction(action, path, params, fields, cookie);
  return { status: res.status, data: res.data as Result };
};
const page = async () => (await callLoader(loader, path, params, ctx.project.cookie)).data as Page;
const idOf = async (list: "departments" | "areas" | "systems", name: string) => (await page())[list].find((x) => x.name === name)!.id;
const addSystem = (name: string, fields: Record<string, string> = {}) => post({ intent: "system.save", name, administrators: "", ...fields });

/** Every column of the municipality's register, in id order: "exactly as it was". */
async function register() {
  const m = ctx.own.id;
  return {
    departments: await db()("departments").where({ municipality_id: m }).orderBy("id").select(),
    areas: await db()("business_areas").where({ municipality_id: m }).orderBy("id").select(),
    systems: await db()("systems").where({ municipality_id: m }).orderBy("id").select(),
    administrators: await db()("system_administrators as sa").join("systems as s", "s.id", "sa.system_id").where("s.municipality_id", m).orderBy("sa.id").select("sa.*"),
  };
}

async function deleteIt(intent: "department.delete" | "area.delete" | "system.delete", id: number, doneKey: string, name: string) {
  const res = await post({ intent, id: String(id) });
  expect(res.status).toBe(200);
  expect(res.data.done).toEqual({ key: doneKey, params: { name } });
  expect(res.data.undoId).toEqual(expect.any(Number));
  return res.data.undoId!;
}
const undo = async (intent: string, undoId: number, cookie = ctx.project.cookie) => (await post({ intent, undoId: String(undoId) }, cookie)).data;

beforeAll(async () => {
  await post({ intent: "department.add", name: "Vård och omsorg" });
  await post({ intent: "department.add", name: "Teknik" });
  await post({ intent: "area.add", code: "elderly_care", name: "" });
  await post({ intent: "area.add", code: "school", name: "Grundskola" });
  const care = String(await idOf("departments", "Vård och omsorg"));
  const elderly = String(await idOf("areas", "Vård och omsorg"));
  await addSystem("Omsorgssystem", { vendor: "OmsorgIT", departmentId: care, areaId: elderly, administrators: "SF-1\nSystemförvaltare omsorg\nSF-3" });
  await addSystem("Larmsystem", { departmentId: care, areaId: elderly, administrators: "SF-4" });
  await addSystem("Schemasystem", { departmentId: care, administrators: "SF-5" });
  await addSystem("Skolsystem", { departmentId: String(await idOf("departments", "Teknik")), areaId: String(await idOf("areas", "Grundskola")), administrators: "SF-6" });
  // One administrator cannot handle support: the undo must keep that.
  const omsorg = await idOf("systems", "Omsorgssystem");
  await db()("system_administrators").where({ system_id: omsorg, label: "Systemförvaltare omsorg" }).update({ can_handle_support: false });
});

test("a deleted system comes back exactly with its administrators; once, and only for whoever deleted", async () => {
  const before = await register();
  const id = await idOf("systems", "Omsorgssystem");
  const undoId = await deleteIt("system.delete", id, "done.systemDeleted", "Omsorgssystem");
  expect((await register()).systems.some((s) => Number(s.id) === id)).toBe(false);
  expect(await db()("system_administrators").where({ system_id: id })).toEqual([]);

  // A colleague on the same page cannot take it back; a decision-maker cannot change anything.
  expect(await undo("system.undo", undoId, colleague.cookie)).toMatchObject({ undone: "gone" });
  expect((await post({ intent: "system.undo", undoId: String(undoId) }, ctx.decision.cookie)).status).toBe(403);

  expect(await undo("system.undo", undoId)).toEqual({ intent: "system.undo", undone: "restored", done: { key: "done.systemRestored", params: { name: "Omsorgssystem" } }, at: expect.any(Number) });
  expect(await register()).toEqual(before);
  expect((await page()).systems.find((s) => s.id === id)).toMatchObject({ vendor: "OmsorgIT", department: "Vård och omsorg", areaName: "Vård och omsorg", administrators: ["SF-1", "Systemförvaltare omsorg", "SF-3"], support: 2 });

  expect(await undo("system.undo", undoId)).toMatchObject({ undone: "gone" });
  expect(await register()).toEqual(before);

  const log = await listAudit({ municipalityId: ctx.own.id });
  expect(log.filter((l) => l.action === "organisation.system.delete" && l.target === "Omsorgssystem")).toHaveLength(1);
  const undone = log.filter((l) => l.action === "organisation.system.undo");
  expect(undone).toHaveLength(1);
  expect(undone[0]).toMatchObject({ target: "Omsorgssystem" });
  expect(JSON.stringify(undone[0]!.detail)).toContain(String(undoId));
});

test("a system with the same name added since refuses the undo and nothing changes; once it is gone the undo works", async () => {
  const id = await idOf("systems", "Larmsystem");
  const before = await register();
  const undoId = await deleteIt("system.delete", id, "done.systemDeleted", "Larmsystem");
  await addSystem("LARMSYSTEM", { administrators: "Ny" });
  const during = await register();
  expect(await undo("system.undo", undoId)).toMatchObject({ undone: "conflict", done: undefined });
  expect(await register()).toEqual(during);

  // The item stays: with the new system deleted, the undo restores the old one.
  await post({ intent: "system.delete", id: String(await idOf("systems", "LARMSYSTEM")) });
  expect(await undo("system.undo", undoId)).toMatchObject({ undone: "restored" });
  expect(await register()).toEqual(before);
});

test("a deleted department comes back with its id and its systems, except one given another department since", async () => {
  const care = await idOf("departments", "Vård och omsorg");
  const teknik = await idOf("departments", "Teknik");
  const before = await register();
  const undoId = await deleteIt("department.delete", care, "done.departmentDeleted", "Vård och omsorg");
  const inCare = before.systems.filter((s) => Number(s.department_id) === care).map((s) => s.name as string);
  expect(inCare.sort()).toEqual(["Larmsystem", "Omsorgssystem", "Schemasystem"]);
  expect((await page()).systems.filter((s) => inCare.includes(s.name)).every((s) => s.departmentId === null)).toBe(true);

  // Meanwhile Schemasystem is moved to Teknik: the undo leaves it there.
  const schema = await idOf("systems", "Schemasystem");
  await post({ intent: "system.save", id: String(schema), name: "Schemasystem", departmentId: String(teknik), administrators: "SF-5" });

  expect(await undo("department.undo", undoId)).toEqual({ intent: "department.undo", undone: "restored", done: { key: "done.departmentRestored", params: { name: "Vård och omsorg" } }, at: expect.any(Number) });
  const after = await register();
  expect(after.departments).toEqual(before.departments);
  expect(after.systems).toEqual(before.systems.map((s) => (s.id === schema ? { ...s, department_id: teknik } : s)));
  expect(after.administrators).toEqual(before.administrators);
  expect((await page()).departments.find((d) => d.id === care)).toEqual({ id: care, name: "Vård och omsorg", systems: 2 });

  expect(await undo("department.undo", undoId)).toMatchObject({ undone: "gone" });
  expect(await register()).toEqual(after);
  const actions = (await listAudit({ municipalityId: ctx.own.id })).map((l) => l.action);
  expect(actions).toEqual(expect.arrayContaining(["organisation.department.delete", "organisation.department.undo"]));
});

test("a department with the same name added since refuses the undo; its systems stay as they are", async () => {
  const teknik = await idOf("departments", "Teknik");
  const before = await register();
  const undoId = await deleteIt("department.delete", teknik, "done.departmentDeleted", "Teknik");
  await post({ intent: "department.add", name: "  teknik " });
  const during = await register();
  expect(await undo("department.undo", undoId)).toMatchObject({ undone: "conflict" });
  expect(await register()).toEqual(during);

  await post({ intent: "department.delete", id: String(await idOf("departments", "teknik")) });
  expect(await undo("department.undo", undoId)).toMatchObject({ undone: "restored" });
  expect(await register()).toEqual(before);
});

test("a deleted business area comes back with its id, code and name and its systems; an area with the same code added since refuses it", async () => {
  const school = await idOf("areas", "Grundskola");
  const before = await register();
  const undoId = await deleteIt("area.delete", school, "done.areaDeleted", "Grundskola");
  expect((await page()).systems.find((s) => s.name === "Skolsystem")?.areaId).toBeNull();

  await post({ intent: "area.add", code: "school", name: "Skolan" });
  const during = await register();
  expect(await undo("area.undo", undoId)).toMatchObject({ undone: "conflict" });
  expect(await register()).toEqual(during);

  await post({ intent: "area.delete", id: String(await idOf("areas", "Skolan")) });
  expect(await undo("area.undo", undoId)).toEqual({ intent: "area.undo", undone: "restored", done: { key: "done.areaRestored", params: { name: "Grundskola" } }, at: expect.any(Number) });
  expect(await register()).toEqual(before);
  expect(await undo("area.undo", undoId)).toMatchObject({ undone: "gone" });
  const actions = (await listAudit({ municipalityId: ctx.own.id })).map((l) => l.action);
  expect(actions).toEqual(expect.arrayContaining(["organisation.area.delete", "organisation.area.undo"]));
});

test("a system deleted after its department comes back without it, and undoing the department links it again", async () => {
  const before = await register();
  const care = await idOf("departments", "Vård och omsorg");
  const larm = await idOf("systems", "Larmsystem");
  const departmentUndo = await deleteIt("department.delete", care, "done.departmentDeleted", "Vård och omsorg");
  const systemUndo = await deleteIt("system.delete", larm, "done.systemDeleted", "Larmsystem");
  expect(await undo("system.undo", systemUndo)).toMatchObject({ undone: "restored" });
  expect((await page()).systems.find((s) => s.id === larm)).toMatchObject({ departmentId: null, administrators: ["SF-4"] });
  expect(await undo("department.undo", departmentUndo)).toMatchObject({ undone: "restored" });
  expect(await register()).toEqual(before);
});

test("another municipality's user cannot undo, and an undo without an id is refused as gone", async () => {
  const before = await register();
  const undoId = await deleteIt("system.delete", await idOf("systems", "Skolsystem"), "done.systemDeleted", "Skolsystem");
  expect((await post({ intent: "system.undo", undoId: String(undoId) }, ctx.stranger.cookie)).status).toBe(404);
  expect(await undo("system.undo", 0)).toMatchObject({ undone: "gone" });
  expect(await undo("system.undo", undoId)).toMatchObject({ undone: "restored" });
  expect(await register()).toEqual(before);
});
