import { parseNumber } from "~/domain/surveys/answer-rules";
import { validateAnswers } from "~/domain/surveys/answers";
import { prestudy2019 } from "../../../seeds/templates/surveys";
import { opt, q, same, template } from "./helpers";

const section = (key: string) => prestudy2019.sections.find((s) => s.key === key)!;

describe("numbers", () => {
  test.each([
    ["12", "sv", 12],
    ["2,5", "sv", 2.5],
    ["1 000", "nb", 1000],
    ["1\u00a0000,5", "sv", 1000.5],
    ["2.5", "sv", 2.5],
    ["1,000", "en", 1000],
    ["2,5", "en", 2.5],
    ["1.000,5", "nn", 1000.5],
    ["-3", "en", -3],
  ] as const)("%s in %s reads as %d", (raw, locale, n) => expect(parseNumber(raw, locale)).toBe(n));

  test.each(["", "abc", "1e3", "0x10", "Infinity", "12 ärenden", "1,2,3"])("%j is not a number", (raw) =>
    expect(parseNumber(raw)).toBeNull(),
  );
});

describe("validateAnswers on the pre-study's first page", () => {
  const systems = section("systems");
  const ok = { area: ["school", "hr"], channels: "phone", tickets_per_day: "12" };

  test("parses choices and the number", () => {
    const r = validateAnswers(systems, ok, "sv");
    expect(r.errors).toEqual({});
    expect(r.answers).toEqual({
      area: ["school", "hr"], "area.other": null, channels: ["phone"], "channels.other": null, tickets_per_day: 12,
    });
  });

  test("a number out of range names the range and the unit in the user's language, and keeps what was typed", () => {
    const r = validateAnswers(systems, { ...ok, tickets_per_day: "1200" }, "nb");
    expect(r.errors).toEqual({ tickets_per_day: { code: "out_of_range", params: { min: 0, max: 1000, unit: "saker per dag" } } });
    expect(r.answers.tickets_per_day).toBeUndefined();
    expect(r.values).toEqual({ area: ["school", "hr"], channels: "phone", tickets_per_day: "1200" });
  });

  test("text where a number belongs is an error, not a zero", () => {
    expect(validateAnswers(systems, { ...ok, tickets_per_day: "many" }, "sv").errors.tickets_per_day?.code).toBe("not_a_number");
  });

  test("required questions left empty", () => {
    const r = validateAnswers(systems, { tickets_per_day: " " }, "sv");
    expect(Object.keys(r.errors)).toEqual(["area", "channels", "tickets_per_day"]);
    expect(r.errors.area).toEqual({ code: "required", params: {} });
  });

  test("an other text selects other; other without text is an error", () => {
    expect(validateAnswers(systems, { ...ok, area: "school", "area.other": "Miljö" }, "sv").answers).toMatchObject({
      area: ["school", "other"],
      "area.other": "Miljö",
    });
    expect(validateAnswers(systems, { ...ok, area: ["other"] }, "sv").errors.area?.code).toBe("other_text_required");
  });

  test("an option the question does not have is refused", () => {
    expect(validateAnswers(systems, { ...ok, channels: ["fax"] }, "sv").errors.channels).toEqual({
      code: "unknown_option",
      params: { value: "fax" },
    });
  });

  test("typed values of other pages' fields are not echoed back", () => {
    expect(validateAnswers(systems, { ...ok, honeypot: "x", permission_kind: "y" }, "sv").values).not.toHaveProperty("honeypot");
  });
});

describe("conditions while validating", () => {
  test("a hidden question is not required and its typed answer is dropped", () => {
    const t = template([
      q("a", "single", { required: true, options: [opt("yes"), opt("no")] }),
      q("b", "short_text", { required: true, showIf: { question: "a", equals: ["yes"] } }),
    ]);
    const s = t.sections[0]!;
    expect(validateAnswers(s, { a: "no", b: "typed before changing a" }, "sv")).toMatchObject({ answers: { a: "no" }, errors: {} });
    expect(validateAnswers(s, { a: "yes" }, "sv").errors).toEqual({ b: { code: "required", params: {} } });
  });

  test("conditions look back at answers from earlier pages", () => {
    const shared = section("shared_support");
    const r = validateAnswers(shared, { sees_advantages: "yes", "advantages.0": "Högre effektivitet", "disadvantages.0": "x" }, "sv");
    expect(r.answers).toEqual({ sees_advantages: "yes", advantages: ["Högre effektivitet"] });
    const permissions = section("permissions");
    expect(validateAnswers(permissions, { permission_required: "no", permission_kind: "x" }, "sv").answers).toEqual({ permission_required: "no" });
  });
});

describe("lists and scales", () => {
  const scale = { min: 1 as const, max: 5 as const, minLabel: same("low"), maxLabel: same("high") };
  const s = template([q("l", "list", { maxItems: 3 }), q("s", "scale", { scale })]).sections[0]!;

  test("list items come from code.0, code.1, …; empty ones are skipped", () => {
    expect(validateAnswers(s, { "l.0": " a ", "l.1": "", "l.2": "c" }, "sv").answers.l).toEqual(["a", "c"]);
  });

  test("more items than maxItems is an error", () => {
    expect(validateAnswers(s, { "l.0": "a", "l.1": "b", "l.2": "c", "l.3": "d" }, "sv").errors.l).toEqual({
      code: "too_many_items",
      params: { max: 3 },
    });
  });

  test("scale bounds and whole numbers", () => {
    expect(validateAnswers(s, { s: "5" }, "sv").answers.s).toBe(5);
    expect(validateAnswers(s, { s: "6" }, "sv").errors.s).toEqual({ code: "out_of_scale", params: { min: 1, max: 5 } });
    expect(validateAnswers(s, { s: "2,5" }, "sv").errors.s?.code).toBe("out_of_scale");
  });
});
