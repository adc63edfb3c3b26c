// CSV downloads: both dialects, formula injection, suppression below the group size, access.
import Papa from "papaparse";
import { listAudit } from "~/db/audit.server";
import { loader as csvLoader } from "~/routes/m.$municipality.report.csv.$kind";
import { CSV_EXPORTS } from "~/domain/report/csv-rows";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";
import { FORMULA, seedAll, seedSurvey } from "./data";

let m: Awaited<ReturnType<typeof makeMunicipality>>;
let few: Awaited<ReturnType<typeof makeMunicipality>>;
let cookie: string;
let fewCookie: string;

beforeAll(async () => {
  m = await makeMunicipality();
  few = await makeMunicipality();
  await seedAll(m.id);
  await seedSurvey(few.id, 3);
  cookie = await sessionCookie((await makeUser({ role: "decision", municipalityId: m.id })).id);
  fewCookie = await sessionCookie((await makeUser({ role: "project", municipalityId: few.id })).id);
});

async function download(slug: string, kind: string, dialect: string, c = cookie, lang = "sv") {
  const response = (await csvLoader({ request: request(`/m/${slug}/report/csv/${kind}?dialect=${dialect}&lng=${lang}`, { cookie: c }), params: { municipality: slug, kind }, context: {} })) as Response;
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}
const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const parse = (body: string, delimiter: string) => Papa.parse<string[]>(body.replace(/^\uFEFF/, ""), { delimiter, skipEmptyLines: true }).data;

test("Excel dialect for Swedish: BOM, semicolons, decimal comma", async () => {
  const { response, bytes } = await download(m.slug, "survey_aggregates", "excel");
  expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("Content-Disposition")).toMatch(new RegExp(`attachment; filename="${m.slug}-survey-aggregates-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(text(bytes), ";");
  expect(rows[0]).toEqual(["question", "kind", "answered", "suppressed", "value", "label", "count", "share", "mean", "median"]);
  // 4 of 7 see advantages: 0.5714 with a decimal comma.
  expect(rows.find((r) => r[0] === "sees_advantages" && r[4] === "yes")?.slice(6, 8)).toEqual(["4", "0,5714"]);
});

test("standard dialect: commas, decimal point, no BOM", async () => {
  const { bytes } = await download(m.slug, "survey_aggregates", "standard");
  expect(bytes[0]).not.toBe(0xef);
  const rows = parse(text(bytes), ",");
  expect(rows.find((r) => r[0] === "sees_advantages" && r[4] === "yes")?.slice(6, 8)).toEqual(["4", "0.5714"]);
});

test("a free-text answer =HYPERLINK(…) comes out inert in every export and dialect", async () => {
  for (const kind of CSV_EXPORTS) {
    for (const dialect of ["excel", "standard"]) {
      const body = text((await download(m.slug, kind, dialect)).bytes);
      const cells = parse(body, dialect === "excel" ? ";" : ",").flat();
      // A negative number is a number (the writer leaves it be); any other such start is a formula.
      const number = dialect === "excel" ? /^-\d+(,\d+)?$/ : /^-\d+(\.\d+)?$/;
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !number.test(c)), `${kind} ${dialect}`).toEqual([]);
      if (kind === "survey_responses") expect(cells).toContain(`'${FORMULA}`);
    }
  }
});

test("survey answers are anonymised: a running number and the day, no ids or tokens", async () => {
  const rows = parse(text((await download(m.slug, "survey_responses", "standard")).bytes), ",");
  expect(rows[0]!.slice(0, 3)).toEqual(["respondent", "date", "language"]);
  expect(rows.slice(1).map((r) => r[0])).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
  for (const r of rows.slice(1)) expect(r[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(rows[0]).not.toContain("id");
});

test("below the minimum group size the answers are left out entirely", async () => {
  const rows = parse(text((await download(few.slug, "survey_responses", "standard", fewCookie)).bytes), ",");
  expect(rows).toHaveLength(1);
  const aggregates = parse(text((await download(few.slug, "survey_aggregates", "standard", fewCookie)).bytes), ",");
  for (const r of aggregates.slice(1)) {
    expect(r[3]).toBe("true");
    expect(r[6]).toBe("");
  }
});

test("ticket KPIs and the decision matrix carry identifiers and values", async () => {
  const kpis = parse(text((await download(m.slug, "ticket_kpis", "standard")).bytes), ",");
  expect(kpis.find((r) => r[0] === "total")?.[3]).toBe("4");
  expect(kpis.find((r) => r[0] === "line_one_capable_share")?.[3]).toBe("0.5");
  const matrix = parse(text((await download(m.slug, "decision_matrix", "standard")).bytes), ",");
  expect(new Set(matrix.slice(1).map((r) => `${r[0]}:${r[1]}`)).size).toBe(66);
});

test("another municipality's export is 404; an unknown export is 404; each export is audit-logged", async () => {
  const status = (fn: () => Promise<unknown>) => fn().then(() => 200, (e: Response) => e.status);
  expect(await status(() => download(few.slug, "survey_responses", "excel", cookie))).toBe(404);
  expect(await status(() => download(m.slug, "passwords", "excel", cookie))).toBe(404);
  const log = await listAudit({ municipalityId: m.id });
  expect(log.filter((l) => l.action === "export").length).toBeGreaterThanOrEqual(CSV_EXPORTS.length * 2);
});
