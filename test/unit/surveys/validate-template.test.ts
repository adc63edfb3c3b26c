import { parseTemplate, validateTemplate } from "~/domain/surveys/validate-template";
import { SURVEY_TEMPLATES } from "../../../seeds/templates/surveys";
import { opt, q, same, template } from "./helpers";

const codes = (t: Parameters<typeof validateTemplate>[0]) => validateTemplate(t).map((i) => i.code);

describe("the seeded templates", () => {
  test.each(Object.keys(SURVEY_TEMPLATES))("%s passes validation", (key) => {
    expect(validateTemplate(SURVEY_TEMPLATES[key]!)).toEqual([]);
  });

  test("prestudy-2019 keeps DESIGN.md's question codes in order", () => {
    const t = SURVEY_TEMPLATES["prestudy-2019"]!;
    expect(t.sections.flatMap((s) => s.questions.map((x) => x.code))).toEqual([
      "area", "channels", "tickets_per_day", "permission_required", "permission_kind",
      "sees_advantages", "advantages", "disadvantages", "service_level_kept", "service_level_why",
    ]);
  });
});

describe("validateTemplate reports", () => {
  test("a well-formed small template has no issues", () => {
    expect(validateTemplate(template([q("a", "single", { options: [opt("x")] })]))).toEqual([]);
  });

  test("a question code used twice, with the code as param", () => {
    const issues = validateTemplate(template([q("a", "short_text")], [q("a", "long_text")]));
    expect(issues).toEqual([{ code: "duplicate_question_code", params: { question: "a" } }]);
  });

  test("an option value used twice", () => {
    const issues = validateTemplate(template([q("a", "single", { options: [opt("x"), opt("y"), opt("x")] })]));
    expect(issues).toEqual([{ code: "duplicate_option_value", params: { question: "a", value: "x" } }]);
  });

  test("a condition on a later question, an unknown question and an unknown value", () => {
    const t = template([
      q("a", "short_text", { showIf: { question: "b", equals: ["yes"] } }),
      q("b", "single", { options: [opt("yes"), opt("no")] }),
      q("c", "short_text", { showIf: { question: "zz", equals: ["yes"] } }),
      q("d", "short_text", { showIf: { question: "b", notEquals: ["maybe"] } }),
    ]);
    expect(validateTemplate(t)).toEqual([
      { code: "condition_later_question", params: { question: "a", refers: "b" } },
      { code: "condition_unknown_question", params: { question: "c", refers: "zz" } },
      { code: "condition_unknown_value", params: { question: "d", refers: "b", value: "maybe" } },
    ]);
  });

  test("a condition on itself counts as looking forward", () => {
    expect(codes(template([q("a", "single", { options: [opt("x")], showIf: { question: "a", equals: ["x"] } })]))).toEqual([
      "condition_later_question",
    ]);
  });

  test("conditions on a non-choice question or without values; yes_no_both values are known", () => {
    const t = template([
      q("n", "number"),
      q("ynb", "yes_no_both"),
      q("a", "short_text", { showIf: { question: "n", equals: ["1"] } }),
      q("b", "short_text", { showIf: { question: "ynb" } }),
      q("c", "short_text", { showIf: { question: "ynb", notEquals: ["both"] } }),
    ]);
    expect(codes(t)).toEqual(["condition_not_choice", "condition_empty"]);
  });

  test("an empty translation, naming the field and the locale", () => {
    const t = template([q("a", "short_text", { text: { sv: "Fråga", nb: "Spørsmål", nn: " ", en: "Question" } })]);
    expect(validateTemplate(t)).toEqual([{ code: "missing_translation", params: { field: "a.text", locale: "nn" } }]);
  });

  test("min greater than max", () => {
    expect(validateTemplate(template([q("a", "number", { min: 10, max: 1 })]))).toEqual([
      { code: "min_greater_than_max", params: { question: "a", min: 10, max: 1 } },
    ]);
  });

  test("a list without maxItems and maxItems on a non-list", () => {
    expect(codes(template([q("a", "list"), q("b", "short_text", { maxItems: 3 })]))).toEqual([
      "list_without_max_items",
      "max_items_unexpected",
    ]);
  });

  test("choice without options, options on a number, range on a text, scale problems", () => {
    const scale = { min: 1 as const, max: 5 as const, minLabel: same("low"), maxLabel: same("high") };
    const t = template([
      q("a", "multiple"),
      q("b", "number", { options: [opt("x")] }),
      q("c", "short_text", { max: 3 }),
      q("d", "scale"),
      q("e", "number", { scale }),
    ]);
    expect(codes(t)).toEqual(["options_missing", "options_unexpected", "range_unexpected", "scale_missing", "scale_unexpected"]);
  });

  test("allowOther without an `other` option", () => {
    expect(validateTemplate(template([q("a", "multiple", { allowOther: true, options: [opt("x")] })]))).toEqual([
      { code: "other_option_missing", params: { question: "a", value: "other" } },
    ]);
  });

  test("codes that cannot be form field names, duplicate and empty sections, no sections", () => {
    const t = template([q("A.b", "short_text")], []);
    t.sections[1]!.key = "s1";
    expect(codes(t)).toEqual(["duplicate_section_key", "empty_section", "invalid_code"]);
    expect(codes({ ...t, sections: [] })).toEqual(["no_sections"]);
  });
});

describe("parseTemplate", () => {
  test("rejects a wrong shape with the path of the problem", () => {
    const result = parseTemplate({ key: "x", version: 1, title: same("t"), intro: same("i"), sections: [{ key: "s", title: same("s"), questions: [{ code: "a", kind: "dropdown", text: same("a"), required: true }] }] });
    expect(result).toEqual({ ok: false, issues: [{ code: "schema_invalid", params: { field: "sections.0.questions.0.kind" } }] });
  });

  test("accepts a seeded template after a JSON round trip", () => {
    const json = JSON.parse(JSON.stringify(SURVEY_TEMPLATES["service-desk-maturity"]));
    expect(parseTemplate(json)).toMatchObject({ ok: true, issues: [] });
  });
});
