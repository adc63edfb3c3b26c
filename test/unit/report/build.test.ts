import { recommendation } from "~/domain/decision/explain";
import { buildReport } from "~/domain/report/build";
import type { Block, ReportDocument } from "~/domain/report/types";
import { SECTION_IDS } from "~/domain/report/types";
import { emptyInput, sampleInput, suppressedChart } from "./fixtures";
import { translator } from "./t";

const section = (doc: ReportDocument, id: string) => doc.sections.find((s) => s.id === id)!;
const texts = (blocks: Block[]) => blocks.flatMap((b) => ("text" in b ? [b.text] : b.kind === "list" ? b.items : b.kind === "table" ? [b.caption, ...b.rows.flat()] : []));

describe("the report model", () => {
  test("has the pre-study's chapters in order", async () => {
    const doc = buildReport(sampleInput(), await translator("sv"));
    expect(doc.sections.map((s) => s.id)).toEqual(SECTION_IDS.filter((id) => !id.startsWith("region")));
    expect(doc.title).toBe("Support för verksamhetssystem i Sjöbacka kommun");
  });

  test("the summary opens with the decision area's recommendation sentence, in bold", async () => {
    const t = await translator("sv");
    const input = sampleInput();
    const doc = buildReport(input, t);
    const first = section(doc, "summary").blocks[0]!;
    expect(first).toEqual({ kind: "paragraph", text: recommendation(input.decision!.result, t).paragraphs[0], strong: true });
    expect((first as { text: string }).text).toMatch(/^Delvis centralisering rankas först/);
  });

  test("the ranking table lists the six models with score and probability in the reader's format", async () => {
    const doc = buildReport(sampleInput(), await translator("nb"));
    const table = section(doc, "summary").blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.rows).toHaveLength(6);
    expect(table.rows[0]![0]).toBe("1");
    // Norwegian decimals use a comma; percentages come from Intl.
    expect(table.rows[0]![2]).toMatch(/^\d+(,\d)?$/);
    expect(table.rows[0]![3]).toMatch(/^\d+\s%$/);
  });

  test("a suppressed chart stays a chart block (the PDF says too few answers), never gains data", async () => {
    const doc = buildReport(sampleInput(), await translator("sv"));
    const charts = section(doc, "survey").blocks.filter((b) => b.kind === "chart");
    expect(charts.map((c) => (c.kind === "chart" ? c.spec.id : ""))).toEqual(["survey-sees_advantages", suppressedChart.id]);
    const hidden = charts[1]!;
    expect(hidden.kind === "chart" && hidden.spec.suppressed && hidden.spec.labels.length === 0).toBe(true);
  });

  test("below the minimum group size the survey chapter shows no figures at all", async () => {
    const input = sampleInput();
    const doc = buildReport({ ...input, minGroupSize: 30 }, await translator("en"));
    const blocks = section(doc, "survey").blocks;
    expect(blocks.some((b) => b.kind === "chart" || b.kind === "table")).toBe(false);
    expect(texts(blocks)).toContain("Too few answers to show.");
  });

  test("every chapter without a source says 'not yet available'", async () => {
    const doc = buildReport(emptyInput(), await translator("en"));
    for (const id of ["summary", "survey", "tickets", "interviews", "decision", "weights", "sensitivity", "pros_cons"]) {
      expect(texts(section(doc, id).blocks), id).toContain("Not yet available: this part of the pre-study has no data yet.");
    }
    expect(texts(section(doc, "summary").blocks)).toContain("No ticket export imported");
  });

  test("counts of one read in the singular: one interview, one stakeholder, one system", async () => {
    const base = sampleInput();
    const input = sampleInput({
      interviews: { ...base.interviews!, interviews: 1 },
      decision: { ...base.decision!, stakeholders: 1 },
      systems: base.systems.slice(0, 1),
    });
    const sv = buildReport(input, await translator("sv"));
    expect(texts(section(sv, "interviews").blocks)).toContain("1 intervju genomfördes och kodades.");
    expect(texts(section(sv, "summary").blocks)).toEqual(expect.arrayContaining(["1 intervju", "Vikter från 1 intressent", "1 verksamhetssystem registrerat"]));
    const nn = buildReport(input, await translator("nn"));
    expect(texts(section(nn, "weights").blocks)[0]).toBe("1 interessent sette vekter, og dei vektene blir brukte.");
    const en = buildReport(sampleInput(), await translator("en"));
    expect(texts(section(en, "interviews").blocks)).toContain("6 interviews were held and coded.");
  });

  test("the weights table shows each criterion's weight and the stakeholders' range from the spread", async () => {
    const doc = buildReport({ ...sampleInput(), locale: "en" }, await translator("en"));
    const table = section(doc, "weights").blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    const contact = table.rows.find((r) => r[0] === "Personal contact")!;
    // Stakeholder weights 10/100 and 30/120 for personal contact: lowest 10 %, highest 25 %.
    expect(contact.slice(2, 4)).toEqual(["10%", "25%"]);
  });

  test("quotes keep their anonymised text and name role, stance, model and criterion", async () => {
    const doc = buildReport(sampleInput(), await translator("sv"));
    const quote = section(doc, "interviews").blocks.find((b) => b.kind === "quote");
    expect(quote).toEqual({ kind: "quote", text: "Vi förlorar närheten till verksamheten om [namn] slutar.", attribution: "Systemförvaltare · emot kommungemensam support · verksamhetskunskap" });
  });
});
