import { parseCsvText } from "~/domain/surveys/import/csv";

describe("parseCsvText", () => {
  test("detects comma, semicolon and tab", () => {
    expect(parseCsvText("a,b\n1,2\n").delimiter).toBe(",");
    expect(parseCsvText("a;b\n1;2\n").delimiter).toBe(";");
    expect(parseCsvText("a\tb\n1\t2\n")).toMatchObject({ delimiter: "\t", records: [["a", "b"], ["1", "2"]] });
  });

  test("strips a BOM, skips blank lines and counts physical lines across quoted line breaks", () => {
    const r = parseCsvText('\uFEFFid,text\r\n1,"two\r\nlines"\r\n\r\n2,x\r\n');
    expect(r.records).toEqual([["id", "text"], ["1", "two\r\nlines"], ["2", "x"]]);
    expect(r.lines).toEqual([1, 2, 5]);
  });
});
