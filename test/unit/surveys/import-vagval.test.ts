import { readFileSync } from "node:fs";
import { parseCsvText } from "~/domain/surveys/import/csv";
import { importVagvalCsv } from "~/domain/surveys/import/vagval";
import { prestudy2019 } from "../../../seeds/templates/surveys";

const fixture = parseCsvText(readFileSync(new URL("../../fixtures/surveys/vagval.csv", import.meta.url), "utf8"));

describe("Vägval's own CSV", () => {
  const result = importVagvalCsv(prestudy2019, fixture);

  test("imports valid rows with their physical line and response id", () => {
    expect(result.rows.map((r) => [r.line, r.externalId])).toEqual([[2, "r1"], [6, "r4"]]);
    expect(result.rows[0]?.answers).toEqual({
      area: ["school", "hr"], "area.other": null, channels: ["phone", "email"], tickets_per_day: 12,
      permission_required: "yes", permission_kind: "Rollbaserad", sees_advantages: "both",
      advantages: ["Högre effektivitet", "Mer tid till andra arbetsuppgifter"], disadvantages: ["Längre svarstider"],
      service_level_kept: "yes", service_level_why: null,
    });
  });

  test("reads a decimal comma, keeps a multi-line text and drops answers to hidden questions", () => {
    const r4 = result.rows[1]!.answers;
    expect(r4.tickets_per_day).toBe(2.5);
    expect(r4.service_level_why).toBe("Svårt att supporta\nsystem man inte arbetar i");
    expect(r4).not.toHaveProperty("permission_kind");
    expect(r4).not.toHaveProperty("advantages");
  });

  test("rejects bad rows with their line and a reason", () => {
    expect(result.rejected).toEqual([
      { line: 3, code: "out_of_range", params: { min: 0, max: 1000, unit: "ärenden per dag", question: "tickets_per_day", value: "1001" } },
      { line: 4, code: "duplicate_response", params: { id: "r1", firstLine: 2 } },
      { line: 5, code: "too_many_items", params: { max: 3, question: "advantages", value: "a,b,c,d" } },
      { line: 8, code: "unknown_option", params: { value: "fax", question: "channels" } },
    ]);
  });

  test("reports columns that match no question", () => {
    expect(result.unmatchedHeaders).toEqual(["exported_at"]);
  });

  test("responses already stored are not imported again", () => {
    const again = importVagvalCsv(prestudy2019, fixture, { existingIds: new Set(["r1"]) });
    expect(again.rejected[0]).toEqual({ line: 2, code: "already_imported", params: { id: "r1" } });
  });

  test("a mapping renames a column, and \"\" ignores one", () => {
    const records = [["Svarsid", "Antal", "notes"], ["x1", "4", "n"]];
    const r = importVagvalCsv(prestudy2019, { records }, { mapping: { Svarsid: "response_id", Antal: "tickets_per_day", notes: "" } });
    expect(r).toEqual({ rows: [{ line: 2, externalId: "x1", answers: { tickets_per_day: 4 } }], rejected: [] });
  });
});
