// CSV and REFI-QDA exports from the resource routes and from `vagval interviews export`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { createInterview, saveNote } from "~/db/interviews.server";
import { addExcerpt } from "~/db/interviews-excerpts.server";
import { listAudit } from "~/db/audit.server";
import { SEGMENT_COLUMNS } from "~/domain/interviews/export";
import { QDC_NAMESPACE } from "~/domain/interviews/codebook";
import { GUID_PATTERN } from "~/domain/interviews/guid";
import { loader as csvLoader } from "~/routes/m.$municipality.interviews.export[.]csv";
import { loader as qdcLoader } from "~/routes/m.$municipality.interviews.export[.]qdc";
import { caseAdministratorGuide } from "../../../seeds/templates/interviews";
import { parseXml, type XmlElement } from "../../unit/interviews/xml-walk";
import { TMP } from "../../support/databases";
import { request } from "../../support/factories";
import { setup } from "../../support/routes";

type Setup = Awaited<ReturnType<typeof setup>>;
let s: Setup;

beforeAll(async () => {
  s = await setup();
  const id = await createInterview({ municipalityId: s.own.id, guide: caseAdministratorGuide, role: "administrator", department: "Vård & Omsorg", date: "2026-03-04", maskNames: ["Anna"] });
  await saveNote({ municipalityId: s.own.id, interviewId: id, questionKey: "absence", text: "Anteckning" });
  await addExcerpt({ municipalityId: s.own.id, excerpt: { interviewId: id, questionKey: "absence", quote: "=Anna är borta; då väntar allt", model: "local", stance: "con", criterion: "absence_robustness", themes: ["frånvaro", "sårbarhet"] } });
  await addExcerpt({ municipalityId: s.own.id, excerpt: { interviewId: id, questionKey: "shared_advantages", quote: "Ett nummer att ringa.", model: "shared", stance: "pro", criterion: "availability", themes: [] } });
  const elsewhere = await createInterview({ municipalityId: s.other.id, guide: caseAdministratorGuide, role: "other", date: "2026-01-01" });
  await addExcerpt({ municipalityId: s.other.id, excerpt: { interviewId: elsewhere, questionKey: "absence", quote: "Hemligt från en annan kommun", model: "cluster", stance: "pro", criterion: "efficiency", themes: [] } });
});

const download = async (loader: typeof csvLoader, file: string, cookie: string) =>
  (await loader({ request: request(`/m/${s.own.slug}/interviews/${file}`, { cookie }), params: { municipality: s.own.slug }, context: {} })) as Response;

test("CSV for Excel: BOM, semicolons, one anonymised, formula-safe row per coded quote, audit-logged", async () => {
  const res = await download(csvLoader, "export.csv?dialect=excel", s.decision.cookie);
  expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  expect(res.headers.get("Content-Disposition")).toMatch(new RegExp(`^attachment; filename="vagval-${s.own.slug}-interview-segments-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
  expect(res.headers.get("Cache-Control")).toBe("no-store");
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
  const rows = Papa.parse<string[]>(body, { delimiter: ";", skipEmptyLines: true }).data;
  expect(rows[0]).toEqual([...SEGMENT_COLUMNS]);
  expect(rows.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[6], r[7], r[8], r[9], r[10]])).toEqual([
    ["administrator", "Vård & Omsorg", "2026-03-04", "absence", "'=[namn] är borta; då väntar allt", "local", "con", "absence_robustness", "frånvaro|sårbarhet"],
    ["administrator", "Vård & Omsorg", "2026-03-04", "shared_advantages", "Ett nummer att ringa.", "shared", "pro", "availability", ""],
  ]);
  expect(rows[1]?.[5]).toBe("Vad händer med supporten när du är sjuk eller på semester?");
  expect(body).not.toContain("annan kommun");
  const log = await listAudit({ municipalityId: s.own.id });
  expect(log.find((l) => l.action === "interviews.export")).toMatchObject({ email: s.decision.email });
});

test("standard CSV: commas, no BOM", async () => {
  const bytes = new Uint8Array(await (await download(csvLoader, "export.csv?dialect=standard", s.project.cookie)).arrayBuffer());
  expect(bytes[0]).toBe("i".charCodeAt(0));
  const body = new TextDecoder().decode(bytes);
  expect(body.startsWith("interview_id,role,department,date,question_key,question,quote,model,stance,criterion,themes\r\n")).toBe(true);
  expect(Papa.parse(body, { skipEmptyLines: true }).data).toHaveLength(3);
});

/** The Codebook.xsd structure: CodeBook > Codes > Code (guid, name, isCodable) > Description?, Code*; Sets > Set > MemberCode. */
function checkCodebook(xml: string) {
  const root = parseXml(xml);
  expect(root.name).toBe("CodeBook");
  expect(root.attributes.xmlns).toBe(QDC_NAMESPACE);
  expect(root.children.map((c) => c.name)).toEqual(["Codes", "Sets"]);
  const guids = new Set<string>();
  const walk = (code: XmlElement): XmlElement[] => {
    expect(code.name).toBe("Code");
    expect(code.attributes.guid).toMatch(GUID_PATTERN);
    expect(["true", "false"]).toContain(code.attributes.isCodable);
    expect(code.attributes.name?.length).toBeGreaterThan(0);
    guids.add(code.attributes.guid!);
    const [first, ...rest] = code.children;
    const children = first?.name === "Description" ? rest : code.children;
    return [code, ...children.flatMap(walk)];
  };
  const codes = root.children[0]!.children.flatMap(walk);
  for (const set of root.children[1]!.children) {
    expect(set.name).toBe("Set");
    for (const member of set.children.filter((c) => c.name === "MemberCode")) expect(guids.has(member.attributes.guid!)).toBe(true);
  }
  return codes;
}

test("the .qdc is a REFI-QDA codebook with the used codes, as application/xml", async () => {
  const res = await download(qdcLoader, "export.qdc", s.project.cookie);
  expect(res.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
  expect(res.headers.get("Content-Disposition")).toMatch(/filename="vagval-.*-codebook-\d{4}-\d{2}-\d{2}\.qdc"/);
  const codes = checkCodebook(await res.text());
  const codable = codes.filter((c) => c.attributes.isCodable === "true").map((c) => c.attributes.name);
  expect(codable.sort()).toEqual(["Robusthet vid frånvaro", "Tillgänglighet", "frånvaro", "sårbarhet"].sort());
});

test("vagval interviews export writes the same CSV and .qdc files; bad input says what to fix", () => {
  const run = (args: string[]) => spawnSync(process.execPath, ["cli/vagval.js", ...args], { env: { ...process.env, LANG: "sv_SE.UTF-8" }, encoding: "utf8" });
  const csvFile = path.join(TMP, `interviews-${process.pid}.csv`);
  const qdcFile = path.join(TMP, `interviews-${process.pid}.qdc`);
  const csv = run(["interviews", "export", "--municipality", s.own.slug, "--format", "csv", "--dialect", "standard", "--out", csvFile, "--json"]);
  expect(csv.stderr).toBe("");
  expect(JSON.parse(csv.stdout)).toEqual({ out: csvFile, format: "csv", segments: 2 });
  const rows = Papa.parse<string[]>(fs.readFileSync(csvFile, "utf8"), { skipEmptyLines: true }).data;
  expect(rows.map((r) => r[7])).toEqual(["model", "local", "shared"]);
  const qdc = run(["interviews", "export", "--municipality", s.own.slug, "--format", "qdc", "--out", qdcFile]);
  expect(qdc.status).toBe(0);
  expect(qdc.stdout).toContain(`Skrev 2 kodade citat till ${qdcFile}`);
  checkCodebook(fs.readFileSync(qdcFile, "utf8"));
  const unknown = run(["interviews", "export", "--municipality", "no-such-place", "--format", "csv", "--out", csvFile]);
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toContain("Kommunen no-such-place finns inte");
  const badFormat = run(["interviews", "export", "--municipality", s.own.slug, "--format", "pdf", "--out", csvFile]);
  expect(badFormat.status).toBe(2);
  fs.rmSync(csvFile, { force: true });
  fs.rmSync(qdcFile, { force: true });
}, 120_000);
