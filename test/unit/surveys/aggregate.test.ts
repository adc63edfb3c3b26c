import fc from "fast-check";
import { aggregateFromCounts, aggregateSurvey, clampGroupSize } from "~/domain/surveys/aggregate";
import type { Answers } from "~/domain/surveys/template";
import { opt, q, same, template } from "./helpers";

const scale = { min: 1 as const, max: 5 as const, minLabel: same("low"), maxLabel: same("high") };
const t = template([
  q("pick", "single", { options: [opt("yes", { sv: "Ja", nb: "Ja", nn: "Ja", en: "Yes" }), opt("no", { sv: "Nej", nb: "Nei", nn: "Nei", en: "No" })] }),
  q("many", "multiple", { allowOther: true, options: [opt("a"), opt("b"), opt("other")] }),
  q("n", "number"),
  q("s", "scale", { scale }),
  q("free", "long_text"),
  q("items", "list", { maxItems: 3 }),
  q("ynb", "yes_no_both"),
]);

// Six responses; every count below is worked out by hand from this table.
const responses: Answers[] = [
  { pick: "yes", many: ["a", "b"], n: 2, s: 5, free: "Bra", items: ["x", "y"], ynb: "yes" },
  { pick: "yes", many: ["a"], n: 4, s: 4, free: "Dåligt", items: ["z"], ynb: "both" },
  { pick: "no", many: ["b", "other"], "many.other": "c", n: 4, s: 4, free: " ", ynb: "no" },
  { pick: "yes", many: ["a"], n: 10, s: 2, free: "Okej", items: ["w"], ynb: "yes" },
  { pick: "no", many: [], n: 1, s: 3, free: "Bättre", items: ["v", "u", "t"] },
  { pick: null, n: 3, free: "Ändå", ynb: "yes" },
];

describe("aggregateSurvey with hand-computed numbers (minimum group size 3)", () => {
  const r = aggregateSurvey(t, responses, { minGroupSize: 3, locale: "en" });
  const get = (code: string) => r.questions.find((x) => x.code === code)!;

  test("single choice: count and share of answered, labels in the locale", () => {
    expect(r.responses).toBe(6);
    expect(get("pick")).toEqual({
      code: "pick", kind: "single", answered: 5,
      options: [{ value: "yes", label: "Yes", count: 3, share: 0.6 }, { value: "no", label: "No", count: 2, share: 0.4 }],
    });
  });

  test("multiple choice: shares of respondents may add up to more than 1", () => {
    const many = get("many");
    expect(many.answered).toBe(4);
    expect(many.options.map((o) => [o.value, o.count, o.share])).toEqual([["a", 3, 0.75], ["b", 2, 0.5], ["other", 1, 0.25]]);
    // One "other" text is fewer than the minimum group: not shown.
    expect(many.texts).toBeUndefined();
  });

  test("number: mean and median (even count → middle two averaged)", () => {
    // 1 2 3 4 4 10 → mean 24/6 = 4, median (3+4)/2 = 3.5
    expect(get("n")).toMatchObject({ answered: 6, mean: 4, median: 3.5, options: [] });
  });

  test("scale: a count per point plus mean and median", () => {
    // 5 4 4 2 3 → mean 18/5 = 3.6, median 4
    const s = get("s");
    expect(s).toMatchObject({ answered: 5, mean: 3.6, median: 4 });
    expect(s.options.map((o) => o.count)).toEqual([0, 1, 1, 2, 1]);
  });

  test("texts: blank ones do not count; texts are sorted so order says nothing about who wrote them", () => {
    // Sorted by the reader's language: Ä and ä are an accented a in English, letters after z in Swedish.
    expect(get("free")).toMatchObject({ answered: 5, texts: ["Ändå", "Bättre", "Bra", "Dåligt", "Okej"] });
    const sv = aggregateSurvey(t, responses, { minGroupSize: 3, locale: "sv" }).questions.find((x) => x.code === "free");
    expect(sv?.texts).toEqual(["Bra", "Bättre", "Dåligt", "Okej", "Ändå"]);
    expect(get("items")).toMatchObject({ answered: 4, texts: ["t", "u", "v", "w", "x", "y", "z"] });
  });

  test("yes/no/both labels come from the locale files", () => {
    const sv = aggregateSurvey(t, responses, { minGroupSize: 3, locale: "sv" }).questions.find((x) => x.code === "ynb")!;
    expect(sv.options.map((o) => [o.label, o.count])).toEqual([["Ja", 3], ["Nej", 1], ["Både ja och nej", 1]]);
  });
});

describe("suppression of small groups", () => {
  test("default 5: a question with 4 answers shows nothing but that it is suppressed", () => {
    const r = aggregateSurvey(t, responses, { locale: "sv" });
    expect(r.questions.find((x) => x.code === "many")).toEqual({ code: "many", kind: "multiple", answered: 4, options: [], suppressed: true });
    expect(r.questions.find((x) => x.code === "n")?.suppressed).toBeUndefined();
  });

  test("the threshold is never below 3", () => {
    expect(clampGroupSize(1)).toBe(3);
    expect(clampGroupSize(0)).toBe(3);
    expect(clampGroupSize(-10)).toBe(3);
    expect(clampGroupSize(Number.NaN)).toBe(5);
    expect(clampGroupSize(7.9)).toBe(7);
  });

  const answersArb = fc.array(
    fc.record({
      pick: fc.option(fc.constantFrom("yes", "no"), { nil: undefined }),
      free: fc.option(fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s.trim() !== ""), { nil: undefined }),
      n: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
    }),
    { maxLength: 12 },
  );

  test("property: any question answered by fewer than the (clamped) threshold exposes no counts or texts", () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: -2, max: 8 }), (rs, min) => {
        const records = rs.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Answers);
        const threshold = Math.max(3, min);
        for (const x of aggregateSurvey(t, records, { minGroupSize: min, locale: "sv" }).questions) {
          if (x.answered < threshold) {
            expect(x.suppressed).toBe(true);
            expect(x.options).toEqual([]);
            expect(x).not.toHaveProperty("texts");
            expect(x).not.toHaveProperty("mean");
            expect(x).not.toHaveProperty("median");
          } else {
            expect(x.suppressed).toBeUndefined();
            if (x.texts) expect(x.texts.length).toBeGreaterThanOrEqual(threshold);
          }
        }
      }),
    );
  });
});

describe("aggregateFromCounts (counts made elsewhere, e.g. in SQL)", () => {
  test("finishes pre-counted options, a numeric histogram and texts", () => {
    const r = aggregateFromCounts(
      t,
      {
        responses: 100000,
        questions: {
          pick: { answered: 80000, options: { yes: 74000, no: 6000 } },
          n: { answered: 100000, numbers: [{ value: 2, count: 50000 }, { value: 10, count: 49999 }, { value: 100, count: 1 }] },
          free: { answered: 3, texts: ["a", "b", "c"] },
        },
      },
      { locale: "sv" },
    );
    expect(r.questions.find((x) => x.code === "pick")?.options.map((o) => o.share)).toEqual([0.925, 0.075]);
    // mean (100000 + 499990 + 100) / 100000 = 6.0009; middle two of 100000 are positions 49999 and 50000: 2 and 10
    expect(r.questions.find((x) => x.code === "n")).toMatchObject({ mean: 6.0009, median: 6 });
    expect(r.questions.find((x) => x.code === "free")).toMatchObject({ suppressed: true, options: [] });
    expect(r.questions.find((x) => x.code === "s")).toMatchObject({ answered: 0, suppressed: true });
  });
});
