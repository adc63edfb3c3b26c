import fc from "fast-check";
import { CRITERIA, SUPPORT_MODELS } from "~/domain/ids";
import { codingMatrix, evidenceCounts, validateExcerpt, QUOTE_MAX_LENGTH } from "~/domain/interviews/coding";
import { excerpts, interviews } from "./fixtures";

const valid = {
  id: "x1",
  interviewId: "i1",
  questionKey: "shared_advantages",
  quote: "  Ett nummer att ringa.  ",
  model: "shared",
  stance: "pro",
  criterion: "availability",
  themes: [" tillgänglighet ", "", "tillgänglighet"],
};

describe("validateExcerpt", () => {
  test("accepts a valid excerpt, trims the quote and cleans the themes", () => {
    const result = validateExcerpt(valid);
    expect(result).toEqual({ ok: true, excerpt: { ...valid, quote: "Ett nummer att ringa.", themes: ["tillgänglighet"] } });
  });

  test("themes may be left out", () => {
    const { themes: _themes, ...rest } = valid;
    const result = validateExcerpt(rest);
    expect(result.ok && result.excerpt.themes).toEqual([]);
  });

  test("a quote is required: empty or blank fails with quote_required", () => {
    for (const quote of ["", "   ", undefined]) {
      expect(validateExcerpt({ ...valid, quote })).toEqual({ ok: false, errors: [{ field: "quote", code: "quote_required" }] });
    }
  });

  test("a quote may be 1000 characters, not 1001", () => {
    expect(validateExcerpt({ ...valid, quote: "a".repeat(QUOTE_MAX_LENGTH) }).ok).toBe(true);
    expect(validateExcerpt({ ...valid, quote: "a".repeat(QUOTE_MAX_LENGTH + 1) })).toEqual({
      ok: false,
      errors: [{ field: "quote", code: "quote_too_long", params: { max: 1000 } }],
    });
  });

  test("model, stance and criterion must be known identifiers", () => {
    const result = validateExcerpt({ ...valid, model: "outsourced", stance: "maybe", criterion: "price" });
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.code])).toEqual([
      ["model", "model_unknown"],
      ["stance", "stance_unknown"],
      ["criterion", "criterion_unknown"],
    ]);
  });

  test("missing references are reported per field", () => {
    const result = validateExcerpt({ ...valid, id: "", interviewId: undefined, questionKey: " " });
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(["id_required", "interview_required", "question_required"]);
  });
});

describe("codingMatrix", () => {
  test("counts pro, con and neutral per model × criterion (hand-counted)", () => {
    const m = codingMatrix(excerpts);
    expect(m.shared.efficiency).toEqual({ pro: 3, con: 0, neutral: 1, excerptIds: ["e1", "e3", "e4", "e6"] });
    expect(m.shared.domain_knowledge).toEqual({ pro: 0, con: 1, neutral: 0, excerptIds: ["e2"] });
    expect(m.service_center.complex_speed).toEqual({ pro: 0, con: 1, neutral: 0, excerptIds: ["e5"] });
    expect(m.cluster.workload_balance).toEqual({ pro: 0, con: 1, neutral: 0, excerptIds: ["e7"] });
    expect(m.local.efficiency).toEqual({ pro: 0, con: 0, neutral: 0, excerptIds: [] });
  });

  test("always holds the full 6 × 11 grid", () => {
    const m = codingMatrix([]);
    expect(Object.keys(m)).toEqual([...SUPPORT_MODELS]);
    for (const model of SUPPORT_MODELS) expect(Object.keys(m[model])).toEqual([...CRITERIA]);
  });

  test("filters by the interviewee's role", () => {
    const admins = codingMatrix(excerpts, { role: "administrator", interviews });
    expect(admins.shared.efficiency).toEqual({ pro: 2, con: 0, neutral: 1, excerptIds: ["e1", "e3", "e4"] });
    expect(admins.service_center.complex_speed.con).toBe(0);
    const managers = codingMatrix(excerpts, { role: "service_center_manager", interviews });
    expect(managers.shared.efficiency).toEqual({ pro: 1, con: 0, neutral: 0, excerptIds: ["e6"] });
    expect(codingMatrix(excerpts, { role: "reference_project_leader", interviews }).shared.efficiency.pro).toBe(0);
  });

  test("every excerpt is counted exactly once", () => {
    const model = fc.constantFrom(...SUPPORT_MODELS);
    const criterion = fc.constantFrom(...CRITERIA);
    const stance = fc.constantFrom("pro" as const, "con" as const, "neutral" as const);
    fc.assert(
      fc.property(fc.array(fc.record({ model, criterion, stance })), (codes) => {
        const list = codes.map((c, i) => ({ ...c, id: `x${i}`, interviewId: "i1", questionKey: "q", quote: "q", themes: [] }));
        const m = codingMatrix(list);
        const total = SUPPORT_MODELS.flatMap((mo) => CRITERIA.map((c) => m[mo][c])).reduce((s, cell) => s + cell.pro + cell.con + cell.neutral, 0);
        expect(total).toBe(list.length);
      }),
    );
  });
});

describe("evidenceCounts", () => {
  test("lists pro/con cells in model then criterion order and leaves neutral-only cells out", () => {
    expect(evidenceCounts(excerpts)).toEqual([
      { model: "cluster", criterion: "workload_balance", pro: 0, con: 1 },
      { model: "shared", criterion: "efficiency", pro: 3, con: 0 },
      { model: "shared", criterion: "domain_knowledge", pro: 0, con: 1 },
      { model: "service_center", criterion: "complex_speed", pro: 0, con: 1 },
    ]);
  });
});
