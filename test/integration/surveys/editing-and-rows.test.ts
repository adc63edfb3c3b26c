// Pure pieces the routes rely on: answers ↔ stored rows, and the editor's operations.
import fc from "fast-check";
import { allQuestions, type Answers } from "~/domain/surveys/template";
import { validateTemplate } from "~/domain/surveys/validate-template";
import { answersToRows, countsFromGroups, rowsToAnswers } from "~/services/surveys/answer-rows";
import { aggregateFromCounts } from "~/domain/surveys/aggregate";
import { addQuestion, moveQuestion, optionValue, removeQuestion, updateTexts } from "~/services/surveys/editor";
import { answersToFormValues } from "~/services/surveys/form-values";
import { prestudy2019 } from "../../../seeds/templates/surveys";

const codes = (t = prestudy2019) => allQuestions(t).map((q) => q.code);

describe("stored answer rows", () => {
  test("any answers survive the trip to rows and back", () => {
    const text = fc.string({ minLength: 1, maxLength: 20 });
    const answers = fc.record(
      {
        area: fc.uniqueArray(fc.constantFrom("school", "hr", "other"), { minLength: 1 }),
        "area.other": fc.option(text, { nil: null }),
        tickets_per_day: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }),
        permission_required: fc.constantFrom("yes", "no"),
        advantages: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: null }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answers, (a) => {
        expect(rowsToAnswers(prestudy2019, answersToRows(a as Answers))).toEqual(a);
      }),
    );
  });

  test("a list becomes one row per item; an empty answer one null row", () => {
    expect(answersToRows({ advantages: ["a", "b"], permission_kind: null })).toEqual([
      { question_code: "advantages", position: 0, value: '"a"' },
      { question_code: "advantages", position: 1, value: '"b"' },
      { question_code: "permission_kind", position: 0, value: "null" },
    ]);
  });

  test("grouped counts become the domain's counts, texts repeated by their count once aggregated", () => {
    const groups = [
      { code: "permission_required", value: '"yes"', n: 3 },
      { code: "tickets_per_day", value: "4", n: 2 },
      { code: "area.other", value: '"Miljö"', n: 3 },
      { code: "advantages", value: '"Snabbare"', n: 3 },
    ];
    const c = countsFromGroups(prestudy2019, groups, new Map([["permission_required", 3], ["tickets_per_day", 2], ["area", 3], ["advantages", 3]]), 3);
    expect(c.questions.permission_required).toEqual({ answered: 3, options: { yes: 3 } });
    expect(c.questions.tickets_per_day).toEqual({ answered: 2, numbers: [{ value: 4, count: 2 }] });
    expect(c.questions.area).toEqual({ answered: 3, options: {}, textCounts: [{ text: "Miljö", n: 3 }] });
    const results = aggregateFromCounts(prestudy2019, c, { locale: "sv", minGroupSize: 3 });
    expect(results.questions.find((q) => q.code === "area")?.texts).toEqual(["Miljö", "Miljö", "Miljö"]);
    expect(results.questions.find((q) => q.code === "advantages")?.texts).toEqual(["Snabbare", "Snabbare", "Snabbare"]);
  });

  test("form fields are filled from saved answers", () => {
    const section = prestudy2019.sections[2]!;
    expect(answersToFormValues(section, { sees_advantages: "both", advantages: ["x", "y"] })).toEqual({ sees_advantages: "both", "advantages.0": "x", "advantages.1": "y" });
  });
});

describe("the editor", () => {
  test("moving up and down, across the edge of a page, and removing", () => {
    expect(codes(moveQuestion(prestudy2019, "channels", -1)).slice(0, 3)).toEqual(["channels", "area", "tickets_per_day"]);
    const across = moveQuestion(prestudy2019, "tickets_per_day", 1);
    expect(across.sections[0]!.questions.map((q) => q.code)).toEqual(["area", "channels"]);
    expect(across.sections[1]!.questions[0]!.code).toBe("tickets_per_day");
    expect(codes(moveQuestion(prestudy2019, "area", -1))).toEqual(codes());
    expect(codes(removeQuestion(prestudy2019, "area"))).not.toContain("area");
    expect(codes()).toContain("area");
  });

  test("removing a question others depend on is reported by validation", () => {
    expect(validateTemplate(removeQuestion(prestudy2019, "sees_advantages")).map((i) => i.code)).toEqual(["condition_unknown_question", "condition_unknown_question"]);
  });

  test("texts change per language; a new question needs its translations", () => {
    const fields: Record<string, string> = { "text.nb": "Nytt spørsmål?", "help.en": "" };
    const changed = updateTexts(prestudy2019, "tickets_per_day", (n) => fields[n]);
    const q = allQuestions(changed).find((x) => x.code === "tickets_per_day")!;
    expect(q.text.nb).toBe("Nytt spørsmål?");
    expect(q.text.sv).toBe(prestudy2019.sections[0]!.questions[2]!.text.sv);
    const added = addQuestion(prestudy2019, { section: "systems", code: "systems_count", kind: "single", text: { sv: "Antal?", nb: "Antall?", nn: "Tal?", en: "How many?" }, options: ["Ett", "Två eller fler"], locale: "sv", required: true });
    const issues = validateTemplate(added);
    expect(issues).toHaveLength(6);
    expect(issues[0]).toEqual({ code: "missing_translation", params: { field: "systems_count.options.ett", locale: "nb" } });
    expect(optionValue("Två eller fler", new Set())).toBe("tva_eller_fler");
    expect(optionValue("1", new Set(["o_1"]))).toBe("1_2");
  });
});
