import { csvDialect, formatCsv } from "~/domain/csv";
import { decisionMatrixRows, responseRow, surveyAggregateRows } from "~/domain/report/csv-rows";
import { REGION_CSV_HEADER, regionCharts, regionCsvRows, regionTableRows, type RegionRow } from "~/domain/report/region";
import type { SurveyTemplate } from "~/domain/surveys/template";
import { sampleInput } from "./fixtures";
import { translator } from "./t";

const rows: RegionRow[] = [
  { slug: "a", name: "Åmål", responses: 40, seesAdvantages: { share: 0.5 }, lineOneCapable: { share: 0.41 }, singlePerson: { share: 0.25 }, recommended: { model: "partial", probabilityFirst: 0.46 } },
  { slug: "b", name: "Øyrane", responses: 3, seesAdvantages: { suppressed: true }, lineOneCapable: { missing: true }, singlePerson: { share: 0.5 }, recommended: null },
];

describe("the regional comparison", () => {
  test("a municipality below its group size has no share in the chart and 'too few answers' in the table", async () => {
    const t = await translator("sv");
    const sees = regionCharts(rows, t).find((c) => c.id === "region-sees-advantages")!;
    expect(sees.labels).toEqual(["Åmål"]);
    expect(sees.datasets[0]!.data).toEqual([0.5]);
    const table = regionTableRows(rows, "sv", t);
    expect(table[1]!.slice(0, 4)).toEqual(["Øyrane", "3", "För få svar", "Ingen data"]);
  });

  test("the CSV leaves hidden cells empty and names them", () => {
    expect(regionCsvRows(rows)).toEqual([
      ["a", "Åmål", 40, 0.5, 0.41, 0.25, "partial", 0.46, ""],
      ["b", "Øyrane", 3, null, null, 0.5, null, null, "seesAdvantages"],
    ]);
    expect(formatCsv([REGION_CSV_HEADER, ...regionCsvRows(rows)], csvDialect("excel", "nb"))).toContain("a;Åmål;40;0,5;0,41;0,25;partial;0,46;\r\n");
  });
});

describe("CSV rows of the report", () => {
  test("a free-text answer that looks like a formula comes out inert in both dialects", () => {
    const template = { key: "x", version: 1, sections: [{ key: "s", title: { sv: "", nb: "", nn: "", en: "" }, questions: [{ code: "why", kind: "long_text", text: { sv: "", nb: "", nn: "", en: "" } }] }] } as unknown as SurveyTemplate;
    const row = responseRow(1, "2026-03-05T10:11:12.000Z", "sv", { why: '=HYPERLINK("http://x","y")' }, template);
    expect(row).toEqual([1, "2026-03-05", "sv", '=HYPERLINK("http://x","y")']);
    expect(formatCsv([row], csvDialect("excel", "sv"))).toBe('\uFEFF1;2026-03-05;sv;"\'=HYPERLINK(""http://x"",""y"")"\r\n');
    expect(formatCsv([row], csvDialect("standard", "sv"))).toBe('1,2026-03-05,sv,"\'=HYPERLINK(""http://x"",""y"")"\r\n');
  });

  test("a suppressed question is one row with no counts", () => {
    const rows = surveyAggregateRows(sampleInput().survey!.results);
    expect(rows.find((r) => r[0] === "permission_required")).toEqual(["permission_required", "single", 4, true, "", "", null, null, null, null]);
    expect(rows.filter((r) => r[0] === "sees_advantages").map((r) => [r[4], r[6], r[7]])).toEqual([["yes", 11, 0.44], ["no", 9, 0.36], ["both", 5, 0.2]]);
  });

  test("the decision matrix has a row per evidence entry of all 66 cells", async () => {
    const result = sampleInput().decision!.result;
    const rows = decisionMatrixRows(result, await translator("en"));
    const entries = Object.values(result.scores).flatMap((byCriterion) => Object.values(byCriterion).map((c) => Math.max(1, c.evidence.length)));
    expect(rows).toHaveLength(entries.reduce((a, b) => a + b, 0));
    expect(new Set(rows.map((r) => `${r[0]}:${r[1]}`)).size).toBe(66);
  });
});
