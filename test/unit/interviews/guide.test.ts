import { LOCALES } from "~/domain/ids";
import { findQuestion, guideQuestions, validateGuide, type InterviewGuide } from "~/domain/interviews/guide";
import { INTERVIEW_GUIDES, INTERVIEW_GUIDE_LIST } from "../../../seeds/templates/interviews";

const text = (s: string) => ({ sv: s, nb: s, nn: s, en: s });
const minimal = (): InterviewGuide => ({
  key: "test-guide",
  version: 1,
  title: text("Titel"),
  intro: text("Intro"),
  sections: [
    { key: "a", title: text("A"), questions: [{ key: "q1", text: text("Fråga 1") }] },
    { key: "b", title: text("B"), questions: [{ key: "q2", text: text("Fråga 2"), prompts: [text("Stödfråga")] }] },
  ],
});
const codes = (input: unknown) => {
  const r = validateGuide(input);
  return r.ok ? [] : r.errors.map((e) => [e.code, e.path]);
};

describe("seeded guides", () => {
  test.each(INTERVIEW_GUIDE_LIST.map((g) => [g.key, g] as const))("%s is valid", (_key, guide) => {
    expect(validateGuide(guide)).toEqual({ ok: true, guide });
  });

  test("the registry holds the three guides of the pre-study under their own keys", () => {
    expect(Object.keys(INTERVIEW_GUIDES)).toEqual(["case-administrator", "reference-shared-support", "reference-service-center"]);
    for (const [key, guide] of Object.entries(INTERVIEW_GUIDES)) expect(guide.key).toBe(key);
  });

  test("the case guide covers the current situation and both scenarios", () => {
    expect(INTERVIEW_GUIDES["case-administrator"].sections.map((s) => s.key)).toEqual(["current", "scenario_shared", "scenario_cluster"]);
  });

  test("every text, title and prompt differs per language somewhere (not copied from Swedish)", () => {
    for (const guide of INTERVIEW_GUIDE_LIST) {
      const sv = guideQuestions(guide).map((q) => q.text.sv);
      for (const locale of LOCALES.filter((l) => l !== "sv")) {
        const other = guideQuestions(guide).map((q) => q.text[locale]);
        expect(other.filter((t, i) => t !== sv[i]).length).toBeGreaterThan(other.length / 2);
      }
    }
  });
});

describe("validateGuide", () => {
  test("accepts a minimal guide", () => {
    expect(validateGuide(minimal()).ok).toBe(true);
  });

  test("requires every locale of every text", () => {
    const g = minimal() as unknown as { sections: { questions: { text: Record<string, string> }[] }[] };
    delete g.sections[0]!.questions[0]!.text.nn;
    g.sections[1]!.questions[0]!.text.en = "  ";
    expect(codes(g)).toEqual([
      ["text_required", "sections.0.questions.0.text.nn"],
      ["text_required", "sections.1.questions.0.text.en"],
    ]);
  });

  test("question keys must be unique across the whole guide, section keys within it", () => {
    const g = minimal();
    g.sections[1]!.questions[0]!.key = "q1";
    g.sections[1]!.key = "a";
    expect(codes(g)).toEqual([
      ["section_duplicate", "sections.1.key"],
      ["question_duplicate", "sections.1.questions.0.key"],
    ]);
    const r = validateGuide(g);
    expect(!r.ok && r.errors[1]?.params).toEqual({ key: "q1" });
  });

  test("rejects bad keys, versions and empty lists", () => {
    expect(codes({ ...minimal(), key: "Test Guide", version: 0 })).toEqual([
      ["key_invalid", "key"],
      ["version_invalid", "version"],
    ]);
    expect(codes({ ...minimal(), version: 1.5, sections: [] })).toEqual([
      ["version_invalid", "version"],
      ["sections_required", "sections"],
    ]);
    expect(codes({ ...minimal(), sections: [{ key: "a", title: text("A"), questions: [] }] })).toEqual([
      ["questions_required", "sections.0.questions"],
    ]);
  });

  test("anything that is not a guide gets the generic code", () => {
    expect(codes("nope")).toEqual([["invalid", ""]]);
  });
});

test("findQuestion looks up a question by key in any section", () => {
  expect(findQuestion(minimal(), "q2")?.text.sv).toBe("Fråga 2");
  expect(findQuestion(minimal(), "q3")).toBeUndefined();
});
