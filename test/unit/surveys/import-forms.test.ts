import { readFileSync } from "node:fs";
import { parseCsvText } from "~/domain/surveys/import/csv";
import { importMicrosoftForms } from "~/domain/surveys/import/forms";
import { prestudy2019 } from "../../../seeds/templates/surveys";

const csv = parseCsvText(readFileSync(new URL("../../fixtures/surveys/forms-sv.csv", import.meta.url), "utf8"));

describe("Microsoft Forms export with Swedish question headers, saved with ;", () => {
  const result = importMicrosoftForms(prestudy2019, csv);

  test("the delimiter is detected", () => expect(csv.delimiter).toBe(";"));

  test("headers match questions by text regardless of case and punctuation; A;B; lists become options", () => {
    expect(result.rows[0]).toEqual({
      line: 2,
      externalId: "forms:1",
      answers: {
        area: ["school", "elderly_care"], channels: ["phone", "email"], tickets_per_day: 2.5,
        permission_required: "yes", sees_advantages: "yes",
        advantages: ["Högre effektivitet", "Enklare att följa upp ärenden"],
        service_level_kept: "yes", service_level_why: "Med bra rutiner går det",
      },
    });
  });

  test("labels in any of the template's languages; an unknown choice is the other text when allowed", () => {
    expect(result.rows[1]?.answers).toMatchObject({
      area: ["school"], channels: ["phone", "other"], "channels.other": "Fax", sees_advantages: "both", service_level_kept: "dont_know",
    });
  });

  test("bad rows are rejected with their line", () => {
    expect(result.rejected).toEqual([
      { line: 4, code: "unknown_option", params: { question: "permission_required", value: "Kanske" } },
      { line: 5, code: "not_a_number", params: { question: "tickets_per_day", value: "många" } },
    ]);
  });

  test("unmatched headers are returned; Email and Name are never read", () => {
    expect(result.unmatchedHeaders).toEqual(["Vilken förvaltning tillhör du?"]);
    expect(JSON.stringify(result)).not.toContain("anonymous");
  });

  test("an explicit mapping takes the unmatched header", () => {
    const mapped = importMicrosoftForms(prestudy2019, csv, { mapping: { "Vilken förvaltning tillhör du?": "permission_kind" } });
    expect(mapped.unmatchedHeaders).toBeUndefined();
    expect(mapped.rows[0]?.answers.permission_kind).toBe("Barn och utbildning");
  });

  test("English headers match the same template", () => {
    const records = [
      ["ID", "Start time", "Completion time", "Email", "Name", "How many support tickets do you receive per day on average?"],
      ["9", "10/9/2024 11:02", "10/9/2024 11:05", "anonymous", "", "1,000"],
    ];
    const r = importMicrosoftForms(prestudy2019, { records }, { locale: "en" });
    expect(r.rows).toEqual([{ line: 2, externalId: "forms:9", answers: { tickets_per_day: 1000 } }]);
  });
});
