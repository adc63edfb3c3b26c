import { readFileSync } from "node:fs";
import { parseCsvText } from "~/domain/surveys/import/csv";
import { importLimeSurvey } from "~/domain/surveys/import/limesurvey";
import { prestudy2019 } from "../../../seeds/templates/surveys";

const text = readFileSync(new URL("../../fixtures/surveys/limesurvey-codes.csv", import.meta.url), "utf8");

describe("LimeSurvey export with question codes", () => {
  const result = importLimeSurvey(prestudy2019, parseCsvText(text));
  const byId = (id: string) => result.rows.find((r) => r.externalId === `limesurvey:${id}`)?.answers;

  test("imports completed rows as limesurvey:<id>", () => {
    expect(result.rows.map((r) => [r.line, r.externalId])).toEqual([
      [2, "limesurvey:1"], [4, "limesurvey:3"], [6, "limesurvey:5"],
    ]);
  });

  test("maps SQ001 columns by position, option columns by value, A<n> codes and Y/N", () => {
    expect(byId("1")).toEqual({
      area: ["school"], "area.other": null, channels: ["phone", "email"], tickets_per_day: 12,
      permission_required: "yes", permission_kind: "Rollbaserad behörighet", sees_advantages: "both",
      advantages: ["Högre effektivitet", "Mer tid till andra arbetsuppgifter"], disadvantages: ["Längre svarstider"],
      service_level_kept: "yes", service_level_why: null,
    });
  });

  test("an [other] text chooses other; a hidden question's answer is dropped", () => {
    expect(byId("3")).toMatchObject({ area: ["other"], "area.other": "Miljö och hälsoskydd", permission_required: "no", sees_advantages: "yes", service_level_kept: "dont_know" });
    expect(byId("3")).not.toHaveProperty("permission_kind");
  });

  test("expression-style columns (disadvantages_SQ001) and a text spanning two lines", () => {
    expect(byId("5")).toMatchObject({ disadvantages: ["Kräver förståelse för verksamheten", "Längre svarstider"], service_level_why: "Rad ett\r\nrad två" });
  });

  test("incomplete, unknown and unreadable rows are rejected with their physical line", () => {
    expect(result.rejected).toEqual([
      { line: 3, code: "incomplete_response", params: { id: "2" } },
      { line: 5, code: "unknown_option", params: { value: "maybe", question: "permission_required" } },
      // Response 5's text spans lines 6–7, so response 6 starts on line 8.
      { line: 8, code: "invalid_value", params: { question: "area", value: "X" } },
    ]);
  });

  test("never keeps ipaddr or token, and reports only truly unknown columns", () => {
    const json = JSON.stringify(result);
    expect(json).not.toContain("192.168");
    expect(json).not.toContain("tok1");
    expect(result.unmatchedHeaders).toEqual(["G01Q99"]);
  });

  test("a file without the id column is refused as a whole", () => {
    const r = importLimeSurvey(prestudy2019, { records: [["submitdate", "area[SQ001]"], ["2019-01-01", "Y"]] });
    expect(r).toEqual({ rows: [], rejected: [{ line: 1, code: "missing_column", params: { column: "id" } }] });
  });
});
