import type { ActionFunctionArgs } from "@remix-run/node";
import { action as importAction, loader as importLoader } from "~/routes/m.$municipality.tickets.import._index";
import { loader as statusLoader } from "~/routes/m.$municipality.tickets.import.$id";
import { action as pageAction, loader as pageLoader } from "~/routes/m.$municipality.tickets._index";
import { action as rulesAction, loader as rulesLoader } from "~/routes/m.$municipality.tickets.rules";
import { waitForImportJob } from "~/services/tickets/jobs.server";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";
import { HAND_MADE, NEEDS_MAPPING, TOPDESK_SV, cp1252 } from "./helpers";

type Wrapped<T> = { data: T; init: { status: number } | null };
const unwrap = <T,>(r: unknown) => (r && typeof r === "object" && "data" in r ? (r as Wrapped<T>) : { data: r as T, init: null });

let m: { id: number; slug: string };
let other: { id: number; slug: string };
let cookie: string;
let readerCookie: string;
beforeAll(async () => {
  m = await makeMunicipality();
  other = await makeMunicipality();
  cookie = await sessionCookie((await makeUser({ role: "project", municipalityId: m.id })).id);
  readerCookie = await sessionCookie((await makeUser({ role: "decision", municipalityId: m.id })).id);
});

function upload(slug: string, file: { name: string; bytes: Uint8Array | string } | null, fields: Record<string, string> = {}, as = cookie) {
  const body = new FormData();
  if (file) body.append("file", new File([typeof file.bytes === "string" ? file.bytes : Buffer.from(file.bytes)], file.name, { type: "text/csv" }));
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return importAction({ request: request(`/m/${slug}/tickets/import`, { method: "POST", body, cookie: as }), params: { municipality: slug }, context: {} });
}

const post = (fn: (args: ActionFunctionArgs) => Promise<unknown>, path: string, slug: string, fields: Record<string, string>, as = cookie) =>
  fn({ request: request(path, { method: "POST", body: new URLSearchParams(fields), cookie: as }), params: { municipality: slug }, context: {} });

async function followJob(response: unknown) {
  expect(response).toBeInstanceOf(Response);
  const location = (response as Response).headers.get("Location")!;
  const id = location.split("/").pop()!;
  await waitForImportJob(Number(id));
  return (await statusLoader({ request: request(location, { cookie }), params: { municipality: m.slug, id }, context: {} })).job;
}

test("uploading a TOPdesk export starts a job whose status page ends with the result", async () => {
  const job = await followJob(await upload(m.slug, { name: "topdesk.csv", bytes: cp1252(TOPDESK_SV) }, { preset: "auto", mode: "all_or_nothing" }));
  expect(job).toMatchObject({ status: "done", running: false, progress: 1, fileName: "topdesk.csv", preset: "topdesk", imported: 3, created: 3, rejectedCount: 0 });
  const page = await pageLoader({ request: request(`/m/${m.slug}/tickets`, { cookie: readerCookie }), params: { municipality: m.slug }, context: {} });
  expect(page.stats.total).toBe(3);
  expect(page.imports[0]).toMatchObject({ fileName: "topdesk.csv", status: "done" });
});

test("skip mode lists the rejected rows by line; all-or-nothing keeps nothing", async () => {
  const bad = `${HAND_MADE}\r\nH-7;not a date;;;;;;;;`;
  const skipped = await followJob(await upload(m.slug, { name: "hand.csv", bytes: bad }, { mode: "skip_invalid" }));
  expect(skipped).toMatchObject({ status: "done", imported: 6, skipped: 1, rejectedCount: 1, rejected: [{ line: 8, code: "bad_date" }] });
  const all = await followJob(await upload(m.slug, { name: "hand.csv", bytes: bad.replace(/H-/g, "A-") }, { mode: "all_or_nothing" }));
  expect(all).toMatchObject({ status: "rolled_back", imported: 0, rejectedCount: 1 });
});

test("a file needing a mapping shows its headers, then imports with the chosen columns", async () => {
  const first = unwrap<{ mapping: { uploadId: string; headers: string[] } | null; problem: { code: string } }>(await upload(m.slug, { name: "egen.csv", bytes: NEEDS_MAPPING }));
  expect(first.init?.status).toBe(400);
  expect(first.data.problem.code).toBe("missing_columns");
  expect(first.data.mapping?.headers).toEqual(["Ärende-ID", "Inkommet datum", "Avslutat datum", "Hur", "Vad", "Beskrivning"]);
  const uploadId = first.data.mapping!.uploadId;
  // Another municipality cannot use this upload.
  const foreign = unwrap<{ problem: { code: string } }>(await post(importAction, `/m/${other.slug}/tickets/import`, other.slug, { uploadId }, await sessionCookie((await makeUser({ role: "project", municipalityId: other.id })).id)));
  expect(foreign.data.problem.code).toBe("upload_gone");
  // Only the id column chosen: both required columns are asked for again.
  const incomplete = unwrap<{ problem: { code: string }; mapping: unknown }>(await post(importAction, `/m/${m.slug}/tickets/import`, m.slug, { uploadId, fileName: "egen.csv", "column.id": "Ärende-ID" }));
  expect(incomplete.data.problem.code).toBe("mapping_incomplete");
  expect(incomplete.data.mapping).toBeTruthy();
  const job = await followJob(
    await post(importAction, `/m/${m.slug}/tickets/import`, m.slug, {
      uploadId, fileName: "egen.csv", mode: "all_or_nothing", "column.id": "Ärende-ID", "column.opened_at": "Inkommet datum",
      "column.closed_at": "Avslutat datum", "column.channel": "Hur", "column.category": "Vad", "column.text": "Beskrivning",
    }),
  );
  expect(job).toMatchObject({ status: "done", preset: "mapping", imported: 2 });
});

test("whole-file problems and oversized uploads are refused with a clear message", async () => {
  const binary = unwrap<{ problem: { code: string } }>(await upload(m.slug, { name: "x.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]) }));
  expect(binary).toMatchObject({ init: { status: 400 }, data: { problem: { code: "binary_file" } } });
  const none = unwrap<{ problem: { code: string } }>(await upload(m.slug, null, { mode: "all_or_nothing" }));
  expect(none.data.problem.code).toBe("no_file");
  process.env.VAGVAL_TICKET_UPLOAD_MAX_MB = "0.0001"; // about 100 bytes
  try {
    const big = unwrap<{ problem: { code: string; params: { max: number } } }>(await upload(m.slug, { name: "big.csv", bytes: TOPDESK_SV.repeat(3) }));
    expect(big).toMatchObject({ init: { status: 413 }, data: { problem: { code: "upload_too_large", params: { max: 0.0001 } } } });
  } finally {
    delete process.env.VAGVAL_TICKET_UPLOAD_MAX_MB;
  }
});

test("roles and tenants: readers read, only the project group imports; other municipalities' imports are 404", async () => {
  await expect(importLoader({ request: request(`/m/${m.slug}/tickets/import`, { cookie: readerCookie }), params: { municipality: m.slug }, context: {} })).rejects.toMatchObject({ status: 403 });
  await expect(upload(m.slug, { name: "t.csv", bytes: TOPDESK_SV }, {}, readerCookie)).rejects.toMatchObject({ status: 403 });
  await expect(statusLoader({ request: request(`/m/${other.slug}/tickets/import/1`, { cookie }), params: { municipality: other.slug, id: "1" }, context: {} })).rejects.toMatchObject({ status: 404 });
  const otherCookie = await sessionCookie((await makeUser({ role: "project", municipalityId: other.id })).id);
  await expect(statusLoader({ request: request(`/m/${other.slug}/tickets/import/1`, { cookie: otherCookie }), params: { municipality: other.slug, id: "1" }, context: {} })).rejects.toMatchObject({ status: 404 });
  const otherPage = await pageLoader({ request: request(`/m/${other.slug}/tickets`, { cookie: otherCookie }), params: { municipality: other.slug }, context: {} });
  expect(otherPage.stats.total).toBe(0);
  expect(otherPage.imports).toEqual([]);
});

test("the cluster editor and the minutes form validate and save", async () => {
  const empty = unwrap<{ errors: Record<string, string> }>(await post(pageAction, `/m/${m.slug}/tickets`, m.slug, { intent: "cluster", proposal: "" }));
  expect(empty).toMatchObject({ init: { status: 400 }, data: { errors: { proposal: "clusters.nameRequired", areas: "clusters.areasRequired" } } });
  await post(pageAction, `/m/${m.slug}/tickets`, m.slug, { intent: "cluster", proposal: "Två", "area.school": "Barn", "area.elderly_care": "Vård", "area.hr": "Vård" });
  const page = await pageLoader({ request: request(`/m/${m.slug}/tickets`, { cookie }), params: { municipality: m.slug }, context: {} });
  expect(page.stats.clusterLoad?.proposal).toBe("Två");
  expect(page.assignment).toMatchObject({ school: "Barn", elderly_care: "Vård", hr: "Vård" });
  const badMinutes = unwrap<{ errors: Record<string, string> }>(await post(pageAction, `/m/${m.slug}/tickets`, m.slug, { intent: "minutes", "minutes.password": "-3" }));
  expect(badMinutes.data.errors).toEqual({ password: "minutes.invalid" });
  await post(pageAction, `/m/${m.slug}/tickets`, m.slug, { intent: "minutes", "minutes.how_to": "30" });
  const after = await pageLoader({ request: request(`/m/${m.slug}/tickets`, { cookie }), params: { municipality: m.slug }, context: {} });
  expect(after.minutes.how_to).toBe(30);
  await expect(post(pageAction, `/m/${m.slug}/tickets`, m.slug, { intent: "minutes" }, readerCookie)).rejects.toMatchObject({ status: 403 });
});

test("the rules page shows hits, validates a rule and re-runs classification", async () => {
  const before = await rulesLoader({ request: request(`/m/${m.slug}/tickets/rules`, { cookie }), params: { municipality: m.slug }, context: {} });
  expect(before.rules.find((r) => r.id === "password")?.hits).toBeGreaterThan(0);
  const invalid = unwrap<{ errors: Record<string, string> }>(await post(rulesAction, `/m/${m.slug}/tickets/rules`, m.slug, { intent: "save", field: "any", keywords: " , ", setType: "", setLine: "", order: "x" }));
  expect(invalid.init?.status).toBe(400);
  expect(invalid.data.errors).toMatchObject({ keywords: "rules.errors.keywords", order: "rules.errors.order" });
  await post(rulesAction, `/m/${m.slug}/tickets/rules`, m.slug, { intent: "save", field: "any", keywords: "synpunkt", setType: "change", setLine: "2", order: "5" });
  const rerun = (await post(rulesAction, `/m/${m.slug}/tickets/rules`, m.slug, { intent: "rerun" })) as unknown as { tickets: number };
  expect(rerun.tickets).toBeGreaterThan(0);
  const after = await rulesLoader({ request: request(`/m/${m.slug}/tickets/rules`, { cookie }), params: { municipality: m.slug }, context: {} });
  expect(after.rules.find((r) => r.keywords.includes("synpunkt"))?.hits).toBe(1);
  const foreignRow = String(after.rules[0]!.rowId);
  const otherCookie = await sessionCookie((await makeUser({ role: "project", municipalityId: other.id })).id);
  await expect(post(rulesAction, `/m/${other.slug}/tickets/rules`, other.slug, { intent: "delete", rowId: foreignRow }, otherCookie)).rejects.toMatchObject({ status: 404 });
});
