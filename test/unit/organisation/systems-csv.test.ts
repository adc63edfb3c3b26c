import { BUSINESS_AREAS, LOCALES } from "~/domain/ids";
import { administratorLabels, busFactorAtRisk, nameKey } from "~/domain/organisation/register";
import { COLUMN_NAMES, MAX_ROWS, SYSTEM_COLUMNS, columnOfHeader, findArea, parseSystemsCsv, type AreaNames } from "~/domain/organisation/systems-csv";
import { resources } from "~/i18n/resources";

// The area names a municipality's file may use: every language's translation, as the service passes them.
const AREAS: AreaNames = BUSINESS_AREAS.map((code) => ({ code, names: LOCALES.map((l) => resources[l].common.areas[code]) }));

test("a Swedish Excel file (semicolons) is read with its departments, areas and administrators", () => {
  const file = "\uFEFFNamn;Leverantör;Förvaltning;Verksamhetsområde;Förvaltare\r\nLönesystem;LönePartner;Kommunledningskontoret;HR och lön;\"AB; CD\"\r\nSkolplattform;EduNord;Förskola & Grundskola;school;\"EF;GH;ef\"\r\n";
  const parsed = parseSystemsCsv(file, AREAS);
  expect(parsed.problems).toEqual([]);
  expect(parsed.columns).toEqual([...SYSTEM_COLUMNS]);
  expect(parsed.rows).toEqual([
    { line: 2, name: "Lönesystem", vendor: "LönePartner", department: "Kommunledningskontoret", area: "hr", administrators: ["AB", "CD"] },
    { line: 3, name: "Skolplattform", vendor: "EduNord", department: "Förskola & Grundskola", area: "school", administrators: ["EF", "GH"] },
  ]);
});

test("headers are accepted in Swedish, Norwegian (bokmål and nynorsk) and English, in any case", () => {
  const headers: Record<string, string> = {
    sv: "Systemnamn,Leverantör,Förvaltning,Verksamhetsområde,Systemförvaltare",
    nb: "Systemnavn,Leverandør,Sektor,Tjenesteområde,Forvaltere",
    nn: "Namn,Leverandør,Sektor,Tenesteområde,Forvaltarar",
    en: "name,vendor,department,business_area,administrators",
    en2: "System name,Vendor,Department,Business area,Administrators",
  };
  for (const [lng, header] of Object.entries(headers)) {
    expect(header.split(",").map(columnOfHeader), lng).toEqual([...SYSTEM_COLUMNS]);
  }
  // The page's own column labels (locales) are accepted too.
  for (const l of LOCALES) {
    const m = resources[l].common.municipality;
    expect([m.vendor, m.department, m.area, m.administrators].map(columnOfHeader), l).toEqual(["vendor", "department", "business_area", "administrators"]);
  }
  expect(COLUMN_NAMES.name).toContain("name");
});

test("a business area is found by its code or by its name in any language", () => {
  expect(findArea("elderly_care", AREAS)).toBe("elderly_care");
  expect(findArea("Elderly care", AREAS)).toBe("elderly_care");
  expect(findArea("vård och omsorg", AREAS)).toBe("elderly_care");
  expect(findArea("Helse og omsorg", AREAS)).toBe("elderly_care");
  expect(findArea("Byggjesak", AREAS)).toBe("building");
  expect(findArea("Sosialtjenester", AREAS)).toBe("social_services");
  expect(findArea("Rymdfart", AREAS)).toBeNull();
  // the municipality's own names are tried first
  expect(findArea("Omsorgen", [{ code: "elderly_care", names: ["Omsorgen"] }, ...AREAS])).toBe("elderly_care");
});

test("every bad row is reported by its line with what is wrong, and no row of a bad file is kept back silently", () => {
  const file = [
    "name,vendor,department,business_area,administrators",
    "Ekonomisystem,EkoNord,Ekonomi,finance,AB",
    ",NoName,Ekonomi,finance,CD",
    "Bygglov,PlanBygg,Samhällsbyggnad,Rymdfart,EF",
    "ekonomisystem ,Other,Ekonomi,finance,GH",
    `${"x".repeat(201)},V,D,other,IJ`,
  ].join("\n");
  const parsed = parseSystemsCsv(file, AREAS);
  expect(parsed.problems).toEqual([
    { line: 3, code: "name_missing", params: {} },
    { line: 4, code: "unknown_area", params: { value: "Rymdfart", codes: BUSINESS_AREAS.join(", ") } },
    { line: 5, code: "duplicate_name", params: { name: "ekonomisystem", first: 2 } },
    { line: 6, code: "name_too_long", params: { max: 200 } },
  ]);
  expect(parsed.rows.map((r) => r.name)).toEqual(["Ekonomisystem"]);
});

test("line numbers are the file's physical lines: blank lines and line breaks inside cells count", () => {
  const file = 'name;administrators\n\nA;"AB\nCD"\n;;\nB;EF\n;X\n';
  const parsed = parseSystemsCsv(file, AREAS);
  expect(parsed.rows).toEqual([
    { line: 3, name: "A", administrators: ["AB", "CD"] },
    { line: 6, name: "B", administrators: ["EF"] },
  ]);
  expect(parsed.problems).toEqual([{ line: 7, code: "name_missing", params: {} }]);
});

test("a column the file lacks is left out of the rows; an empty cell is null", () => {
  const parsed = parseSystemsCsv("Namn,Leverantör\nLönesystem,\n", AREAS);
  expect(parsed.rows).toEqual([{ line: 2, name: "Lönesystem", vendor: null }]);
  expect(parsed.columns).toEqual(["name", "vendor"]);
});

test("unknown headers are ignored and named; a file without a name column or with a column twice is refused", () => {
  expect(parsed("Namn,Kostnad,Leverantör\nA,100,V\n").ignored).toEqual(["Kostnad"]);
  expect(parsed("Leverantör,Förvaltning\nV,D\n").problems).toEqual([{ line: 1, code: "missing_name_column", params: { names: "name, system, system name, namn" } }]);
  expect(parsed("Namn,System\nA,B\n").problems).toEqual([{ line: 1, code: "duplicate_column", params: { header: "System", first: "Namn" } }]);
  expect(parsed("").problems).toEqual([{ line: 1, code: "empty_file", params: {} }]);
  expect(parsed("Namn;Leverantör\n;;\n").problems).toEqual([{ line: 1, code: "no_rows", params: {} }]);
});

test("a file with more systems than a municipality has is refused as a whole", () => {
  const body = Array.from({ length: MAX_ROWS + 1 }, (_, i) => `System ${i}`).join("\n");
  expect(parsed(`name\n${body}\n`).problems).toEqual([{ line: 1, code: "too_many_rows", params: { max: MAX_ROWS } }]);
});

test("administrator labels: one per line in the form, separated by ';' in a file, blanks and repeats dropped", () => {
  expect(administratorLabels("SF-1\r\n\n  Systemförvaltare lön \nsf-1\n", "lines")).toEqual(["SF-1", "Systemförvaltare lön"]);
  expect(administratorLabels("AB; CD ;;ab", "semicolons")).toEqual(["AB", "CD"]);
  expect(administratorLabels("A;B", "lines")).toEqual(["A;B"]);
  expect(nameKey("  Löne  System ")).toBe(nameKey("löne system"));
});

test("a system with fewer than two administrators who can handle support is at risk", () => {
  expect([0, 1, 2, 3].map(busFactorAtRisk)).toEqual([true, true, false, false]);
});

function parsed(text: string) {
  return parseSystemsCsv(text, AREAS);
}

test("the example file shown on the page parses in every language", () => {
  for (const l of LOCALES) {
    const example = parseSystemsCsv(resources[l].organisation.import.exampleFile, AREAS);
    expect(example.problems, l).toEqual([]);
    expect(example.columns, l).toEqual([...SYSTEM_COLUMNS]);
    expect(example.rows.map((r) => [r.area, r.administrators]), l).toEqual([
      ["hr", ["SF-14", "SF-15"]],
      ["building", ["SF-19"]],
    ]);
  }
});
