import Papa from "papaparse";
import fc from "fast-check";
import { csvDialect, csvLine, csvPreamble, formatCsv, neutraliseFormula, type CsvCell } from "~/domain/csv";

const standard = csvDialect("standard", "sv");
const excelSv = csvDialect("excel", "sv");

const parse = (text: string, delimiter: string): string[][] =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data;

describe("dialects", () => {
  test("standard is RFC 4180 whatever the locale", () => {
    for (const locale of ["sv", "nb", "nn", "en"] as const) {
      expect(csvDialect("standard", locale)).toEqual({ kind: "standard", delimiter: ",", decimal: ".", bom: false, newline: "\r\n" });
    }
  });

  test("excel uses semicolon and decimal comma for sv, nb and nn, comma and dot for en", () => {
    for (const locale of ["sv", "nb", "nn"] as const) {
      expect(csvDialect("excel", locale)).toMatchObject({ delimiter: ";", decimal: ",", bom: true });
    }
    expect(csvDialect("excel", "en")).toMatchObject({ delimiter: ",", decimal: ".", bom: true });
  });

  test("the BOM is written only for excel", () => {
    expect(csvPreamble(excelSv)).toBe("\uFEFF");
    expect(csvPreamble(standard)).toBe("");
    expect(formatCsv([["a"]], excelSv).charCodeAt(0)).toBe(0xfeff);
    expect(formatCsv([["a"]], standard)).toBe("a\r\n");
  });
});

describe("values", () => {
  test("numbers use the dialect's decimal separator and stay unquoted", () => {
    expect(csvLine([1.5, -2.25, 3, "x"], excelSv)).toBe("1,5;-2,25;3;x\r\n");
    expect(csvLine([1.5, -2.25, 3, "x"], standard)).toBe("1.5,-2.25,3,x\r\n");
  });

  test("empty, boolean, non-finite and date cells", () => {
    const d = new Date(Date.UTC(2024, 9, 9, 11, 2, 3));
    expect(csvLine([null, undefined, true, false, Number.NaN, Infinity, d], standard)).toBe(
      ",,true,false,,,2024-10-09T11:02:03.000Z\r\n",
    );
    expect(csvLine([d], excelSv)).toBe("2024-10-09 11:02:03\r\n");
  });

  test("quotes only when the text holds the delimiter, a quote, CR or LF", () => {
    expect(csvLine(["a,b", "a;b", 'say "hi"', "two\nlines", "cr\rx", "plain"], standard)).toBe(
      '"a,b",a;b,"say ""hi""","two\nlines","cr\rx",plain\r\n',
    );
    expect(csvLine(["a,b", "a;b"], excelSv)).toBe('a,b;"a;b"\r\n');
  });
});

describe("formula injection", () => {
  test("a HYPERLINK formula comes out inert and correctly quoted", () => {
    const line = csvLine(['=HYPERLINK("http://x","y")'], standard);
    expect(line).toBe('"\'=HYPERLINK(""http://x"",""y"")"\r\n');
    expect(parse(line, ",")).toEqual([['\'=HYPERLINK("http://x","y")']]);
  });

  test("every dangerous first character is neutralised, headers included", () => {
    const text = formatCsv([["=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"], ["ok", "a=b", "", " =x", "'x", "x-"]], standard);
    expect(parse(text, ",")).toEqual([
      ["'=SUM(A1)", "'+1", "'-1", "'@cmd", "'\tx", "'\rx"],
      ["ok", "a=b", "", " =x", "'x", "x-"],
    ]);
  });

  test("a negative number stays a number; the string '-5' is neutralised", () => {
    expect(csvLine([-5, "-5"], excelSv)).toBe("-5;'-5\r\n");
  });

  test("neutralised text never starts with a formula character", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(neutraliseFormula(s)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe("round trip with papaparse", () => {
  const textCell = fc.string({ unit: fc.constantFrom("a", "å", ",", ";", '"', "\n", "\r", "=", "-", "@", " ", "1") });

  test.each([
    ["standard", standard],
    ["excel sv", excelSv],
    ["excel en", csvDialect("excel", "en")],
  ] as const)("%s: parsing gives back the neutralised texts", (_name, dialect) => {
    fc.assert(
      fc.property(fc.array(fc.array(textCell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A row of one empty cell is an empty line, which no CSV reader can tell from nothing.
        const parsed = Papa.parse<string[]>(formatCsv(rows, dialect), { delimiter: dialect.delimiter }).data;
        expect(parsed.slice(0, rows.length)).toEqual(rows.map((r) => r.map(neutraliseFormula)));
      }),
    );
  });

  test("a mixed row in Swedish Excel parses back to the expected cells", () => {
    const rows: CsvCell[][] = [
      ["kommun", "andel", "kommentar"],
      ["Kungsbacka", 0.494, "Hälften; ungefär"],
    ];
    expect(parse(formatCsv(rows, excelSv), ";")).toEqual([
      ["kommun", "andel", "kommentar"],
      ["Kungsbacka", "0,494", "Hälften; ungefär"],
    ]);
  });
});
