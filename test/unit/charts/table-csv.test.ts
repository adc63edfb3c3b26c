import { specTable } from "~/domain/charts/table";
import { specCsv, specFileName } from "~/domain/charts/csv";
import type { ChartSpec } from "~/domain/charts/spec";
import { PALETTE, PATTERNS, contrast, greyLevel } from "~/domain/charts/palette";
import { filterToSearch, parseFilter } from "~/domain/charts/filters";

const headings = { label: "Label", share: "Andel" };
const yesNo: ChartSpec = {
  id: "survey-permission_required", kind: "diverging", title: "Behörighet", caption: "…", n: 80, source: "enkät", unit: "count",
  labelHeader: "Svar", labels: ["Antal svar"],
  datasets: [{ key: "yes", label: "Ja", data: [74], side: 1 }, { key: "no", label: "=Nej", data: [6], side: -1 }],
};

test("a one-row diverging chart becomes one table row per answer with its share", () => {
  expect(specTable(yesNo, headings)).toEqual({
    header: ["Svar", "Antal svar", "Andel"],
    rows: [
      { label: "Ja", values: [{ value: 74, unit: "count" }, { value: 0.925, unit: "share" }] },
      { label: "=Nej", values: [{ value: 6, unit: "count" }, { value: 0.075, unit: "share" }] },
    ],
  });
});

test("CSV: Excel dialect with BOM, `;` and decimal comma for sv; formula-safe; standard for en", () => {
  expect(specCsv(yesNo, "sv", headings)).toBe("\uFEFFSvar;Antal svar;Andel\r\nJa;74;0,925\r\n'=Nej;6;0,075\r\n");
  expect(specCsv(yesNo, "en", headings)).toBe("Svar,Antal svar,Andel\r\nJa,74,0.925\r\n'=Nej,6,0.075\r\n");
  expect(specFileName(yesNo)).toBe("survey-permission_required.csv");
});

test("a share series shows its weights column and no share-of-n column", () => {
  const line: ChartSpec = { id: "x", kind: "line", title: "", caption: "", n: 100, source: "", unit: "share", labels: ["jan", "feb"], datasets: [{ key: "share", label: "Andel", data: [0.75, 0.25] }], weights: [40, 60], weightsLabel: "Ärenden" };
  expect(specTable(line, headings).header).toEqual(["Label", "Andel", "Ärenden"]);
  expect(specTable(line, headings).rows[1]).toEqual({ label: "feb", values: [{ value: 0.25, unit: "share" }, { value: 60, unit: "count" }] });
});

test("the palette passes 3:1 on white and neighbours differ in greyscale; patterns are distinct", () => {
  for (const c of PALETTE) expect(contrast(c, "#ffffff")).toBeGreaterThanOrEqual(3);
  for (let i = 1; i < PALETTE.length; i++) expect(Math.abs(greyLevel(PALETTE[i]!) - greyLevel(PALETTE[i - 1]!))).toBeGreaterThanOrEqual(20);
  expect(new Set(PATTERNS).size).toBe(PALETTE.length);
});

test("the filter round-trips through the URL and drops what is malformed", () => {
  const f = parseFilter(new URLSearchParams("department=Vård%20%26%20Omsorg&area=school&from=2024-03-01&to=2024-01-01&answer=bad%20code:x&answer=area:school&answer=sees_advantages:yes&system="));
  expect(f).toEqual({ department: "Vård & Omsorg", area: "school", from: "2024-01-01", to: "2024-03-01", answers: { area: "school", sees_advantages: "yes" } });
  expect(parseFilter(new URLSearchParams(filterToSearch(f).slice(1)))).toEqual(f);
  // Filters combine; one answer per question (the first), an interviewee role, unknown roles dropped.
  const g = parseFilter(new URLSearchParams("answer=area:hr&answer=area:school&answer=permission_required:no&role=administrator&system=Lön"));
  expect(g).toEqual({ system: "Lön", role: "administrator", answers: { area: "hr", permission_required: "no" } });
  expect(parseFilter(new URLSearchParams(filterToSearch(g).slice(1)))).toEqual(g);
  expect(parseFilter(new URLSearchParams("role=boss"))).toEqual({ answers: {} });
  expect(parseFilter(new URLSearchParams("area=nowhere&from=2024-13-45"))).toEqual({ answers: {} });
});
