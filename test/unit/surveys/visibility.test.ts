import { dropHiddenAnswers, visibleQuestions } from "~/domain/surveys/visibility";
import { prestudy2019 } from "../../../seeds/templates/surveys";
import { opt, q, template } from "./helpers";

const shown = (answers: Parameters<typeof visibleQuestions>[1]) => visibleQuestions(prestudy2019, answers).map((x) => x.code);

describe("prestudy-2019 conditions", () => {
  test("permission_kind only after a yes on permission_required", () => {
    expect(shown({ permission_required: "yes" })).toContain("permission_kind");
    expect(shown({ permission_required: "no" })).not.toContain("permission_kind");
    expect(shown({})).not.toContain("permission_kind");
  });

  test("advantages unless no, disadvantages unless yes; both shows both", () => {
    const pair = (v: string | null) => shown({ sees_advantages: v }).filter((c) => c.endsWith("advantages") && c !== "sees_advantages");
    expect(pair("yes")).toEqual(["advantages"]);
    expect(pair("no")).toEqual(["disadvantages"]);
    expect(pair("both")).toEqual(["advantages", "disadvantages"]);
    expect(pair(null)).toEqual(["advantages", "disadvantages"]);
  });
});

describe("conditions in general", () => {
  const t = template([
    q("a", "single", { options: [opt("yes"), opt("no")] }),
    q("b", "multiple", { options: [opt("x"), opt("y")], showIf: { question: "a", equals: ["yes"] } }),
    q("c", "short_text", { showIf: { question: "b", equals: ["y"] } }),
  ]);

  test("equals on a multiple choice holds when any chosen value is listed", () => {
    expect(visibleQuestions(t, { a: "yes", b: ["x", "y"] }).map((x) => x.code)).toEqual(["a", "b", "c"]);
    expect(visibleQuestions(t, { a: "yes", b: ["x"] }).map((x) => x.code)).toEqual(["a", "b"]);
  });

  test("hiding cascades: a stale answer to a hidden question does not show its dependants", () => {
    expect(visibleQuestions(t, { a: "no", b: ["y"] }).map((x) => x.code)).toEqual(["a"]);
    expect(dropHiddenAnswers(t, { a: "no", b: ["y"], c: "text" })).toEqual({ a: "no" });
  });

  test("dropping hidden answers also drops their other text", () => {
    const t2 = template([
      q("a", "single", { options: [opt("yes"), opt("no")] }),
      q("b", "multiple", { allowOther: true, options: [opt("other")], showIf: { question: "a", equals: ["yes"] } }),
    ]);
    expect(dropHiddenAnswers(t2, { a: "no", b: ["other"], "b.other": "x" })).toEqual({ a: "no" });
    expect(dropHiddenAnswers(t2, { a: "yes", b: ["other"], "b.other": "x" })).toEqual({ a: "yes", b: ["other"], "b.other": "x" });
  });
});
