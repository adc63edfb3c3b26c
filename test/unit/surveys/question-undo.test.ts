// Taking a question out of a draft and putting it back where it stood (the editor's undo).
import { putQuestionBack, takeQuestion } from "~/services/surveys/editor";
import { allQuestions } from "~/domain/surveys/template";
import { prestudy2019 } from "../../../seeds/templates/surveys/prestudy-2019";

const pristine = structuredClone(prestudy2019);

test("a question goes back exactly where it was, first, middle or last of its section", () => {
  for (const q of allQuestions(prestudy2019)) {
    const taken = takeQuestion(prestudy2019, q.code)!;
    expect(allQuestions(taken.definition).map((x) => x.code)).not.toContain(q.code);
    expect(putQuestionBack(taken.definition, taken.removed)).toEqual(prestudy2019);
  }
});

test("after the question it followed, even when that one has moved within the section", () => {
  const section = prestudy2019.sections.find((s) => s.questions.length >= 3)!;
  const [a, b, c] = section.questions.map((q) => q.code) as [string, string, string];
  const taken = takeQuestion(prestudy2019, b)!;
  expect(taken.removed).toMatchObject({ section: section.key, index: 1, after: a });
  // Someone moved `a` below `c` meanwhile: `b` still follows `a`.
  const moved = structuredClone(taken.definition);
  const s = moved.sections.find((x) => x.key === section.key)!;
  s.questions = [s.questions[1]!, s.questions[0]!, ...s.questions.slice(2)];
  const back = putQuestionBack(moved, taken.removed)!;
  expect(back.sections.find((x) => x.key === section.key)!.questions.slice(0, 3).map((q) => q.code)).toEqual([c, a, b]);
});

test("refused when the code is in use again or the section is gone; unknown codes take nothing", () => {
  const taken = takeQuestion(prestudy2019, "area")!;
  expect(putQuestionBack(prestudy2019, taken.removed)).toBeUndefined();
  expect(putQuestionBack(taken.definition, { ...taken.removed, section: "no_such_section" })).toBeUndefined();
  expect(takeQuestion(prestudy2019, "nope")).toBeUndefined();
  // The template itself is never changed.
  expect(prestudy2019).toEqual(pristine);
});
