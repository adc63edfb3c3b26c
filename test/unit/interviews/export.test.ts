import Papa from "papaparse";
import { csvDialect } from "~/domain/csv";
import { segmentRows, segmentsCsv, SEGMENT_COLUMNS } from "~/domain/interviews/export";
import { INTERVIEW_GUIDE_LIST } from "../../../seeds/templates/interviews";
import { excerpts, interviews } from "./fixtures";

describe("segmentRows", () => {
  const rows = segmentRows(excerpts, interviews, INTERVIEW_GUIDE_LIST, "sv");

  test("starts with the identifier headers", () => {
    expect(rows[0]).toEqual([
      "interview_id",
      "role",
      "department",
      "date",
      "question_key",
      "question",
      "quote",
      "model",
      "stance",
      "criterion",
      "themes",
    ]);
  });

  test("one row per excerpt, by interview date then the question's place in the guide", () => {
    // i2 (03-04): ticket_load, shared_advantages, cluster_workload; i1 (03-06): shared_advantages,
    // shared_disadvantages, shared_partial; i3 (03-15): first_line_reasons, hard_handover.
    expect(rows.slice(1).map((r) => r[6])).toEqual(["quote e4", "quote e3", "quote e7", "quote e1", "quote e2", "quote e8", "quote e6", "quote e5"]);
  });

  test("a row carries role, department, date, question text in the locale and joined themes", () => {
    expect(rows[5]).toEqual([
      "i1",
      "administrator",
      "Vård och omsorg",
      "2024-03-06",
      "shared_disadvantages",
      "Vilka nackdelar ser du?",
      "quote e2",
      "shared",
      "con",
      "domain_knowledge",
      "verksamhetskunskap|förtroende",
    ]);
    expect(segmentRows(excerpts, interviews, INTERVIEW_GUIDE_LIST, "en")[5]?.[5]).toBe("What disadvantages do you see?");
  });

  test("an excerpt whose interview is unknown is kept, with empty interview cells", () => {
    const orphan = { ...excerpts[0]!, id: "o", interviewId: "gone", quote: "kvar" };
    const out = segmentRows([orphan], interviews, INTERVIEW_GUIDE_LIST, "sv");
    expect(out[1]).toEqual(["gone", "", "", "", "shared_advantages", "", "kvar", "shared", "pro", "efficiency", "ärendelogg"]);
  });
});

describe("segmentsCsv", () => {
  test("writes Swedish Excel CSV that parses back, with formulas neutralised", () => {
    const risky = [{ ...excerpts[0]!, quote: '=HYPERLINK("http://x";"klicka")' }];
    const text = segmentsCsv(risky, interviews, INTERVIEW_GUIDE_LIST, "sv", csvDialect("excel", "sv"));
    expect(text.startsWith("\uFEFFinterview_id;role;department;")).toBe(true);
    const parsed = Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...SEGMENT_COLUMNS]);
    expect(parsed[1]?.[6]).toBe('\'=HYPERLINK("http://x";"klicka")');
  });
});
