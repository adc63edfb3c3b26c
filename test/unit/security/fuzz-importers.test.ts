// Hostile input: every importer either reads a file or rejects it with a clear error code;
// it never crashes with an unexpected exception.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { readTicketExport, TicketImportError } from "~/services/tickets/read-export.server";
import { parseCsvText } from "~/domain/surveys/import/csv";
import { importLimeSurvey } from "~/domain/surveys/import/limesurvey";
import { importMicrosoftForms } from "~/domain/surveys/import/forms";
import { importVagvalCsv } from "~/domain/surveys/import/vagval";
import { SURVEY_TEMPLATES } from "../../../seeds/templates/surveys";

const TMP = path.resolve("test/.tmp");
fs.mkdirSync(TMP, { recursive: true });

async function readAll(bytes: Uint8Array): Promise<"ok" | string> {
  const file = path.join(TMP, `fuzz-${process.pid}-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, bytes);
  try {
    for await (const _ of readTicketExport(file, { preset: "generic" })) {
      // drain
    }
    return "ok";
  } catch (error) {
    if (error instanceof TicketImportError) return error.code;
    throw error;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const csvish = fc
  .array(fc.constantFrom("id", "opened_at", ",", ";", "\t", '"', "\n", "\r\n", "=cmd()", "<script>", "2024-01-02", "ä", "\u0000", "x"), { maxLength: 200 })  .map((parts) => parts.join(""));

describe("ticket exports", () => {
  test("random bytes, truncated files and unclosed quotes never crash the reader", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 4000 }), csvish.map((s) => new TextEncoder().encode(s))), async (bytes) => {
        const outcome = await readAll(bytes);
        expect(typeof outcome).toBe("string");
      }),
      { numRuns: 150 },
    );
  });

  test("a UTF-16 file named .csv, a 1 MB line and 100,000 columns get a clear answer", async () => {
    const header = "id;opened_at\r\n1;2024-01-02 10:00\r\n";
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, "utf16le")]);
    expect(await readAll(utf16)).toBe("ok");
    expect(await readAll(new TextEncoder().encode(`id,opened_at\n1,"${"x".repeat(1_100_000)}`))).toBe("unclosed_quote");
    const wide = `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(",")}\n`;
    expect(await readAll(new TextEncoder().encode(wide))).toBe("missing_columns");
    expect(await readAll(new Uint8Array())).toBe("empty_file");
    expect(await readAll(new Uint8Array(5000).fill(0))).toBe("binary_file");
  });
});

describe("survey response files", () => {
  const template = SURVEY_TEMPLATES["prestudy-2019"]!;
  test("random text never throws from any importer; every rejected row names a line", () => {
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string({ maxLength: 2000 })), (text) => {
        const parsed = parseCsvText(text);
        for (const importer of [importVagvalCsv, importLimeSurvey, importMicrosoftForms]) {
          const result = importer(template, parsed);
          for (const r of result.rejected) expect(r.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
