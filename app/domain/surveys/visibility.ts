// Conditional questions: a question with `showIf` is shown only when an earlier answer
// matches. A hidden question's answer does not count, so hiding cascades down a chain.
import { allQuestions, isEmptyAnswer, otherKey, type Answers, type AnswerValue, type Condition, type Question, type SurveyTemplate } from "./template";

const valuesOf = (v: AnswerValue | undefined): string[] => {
  if (isEmptyAnswer(v) || v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [String(v)];
};

/**
 * `equals`: shown when one of the chosen values is listed (so unanswered = hidden).
 * `notEquals`: shown unless one of the chosen values is listed (so unanswered = shown).
 */
export function conditionHolds(c: Condition, answer: AnswerValue | undefined): boolean {
  const chosen = valuesOf(answer);
  if (c.equals && !chosen.some((v) => c.equals!.includes(v))) return false;
  if (c.notEquals && chosen.some((v) => c.notEquals!.includes(v))) return false;
  return true;
}

/** Codes of the questions shown, given the answers so far; template order. */
export function visibleCodes(template: SurveyTemplate, answers: Answers): Set<string> {
  const shown = new Set<string>();
  for (const q of allQuestions(template)) {
    if (isShown(q, answers, shown)) shown.add(q.code);
  }
  return shown;
}

export function visibleQuestions(template: SurveyTemplate, answers: Answers): Question[] {
  const shown = visibleCodes(template, answers);
  return allQuestions(template).filter((q) => shown.has(q.code));
}

/** Whether q is shown, given which earlier questions are shown (their answers count only then). */
export function isShown(q: Question, answers: Answers, shownEarlier: ReadonlySet<string>): boolean {
  if (!q.showIf) return true;
  const ref = q.showIf.question;
  return conditionHolds(q.showIf, shownEarlier.has(ref) ? answers[ref] : null);
}

/** The answers with those of hidden questions (and their "other" texts) removed. */
export function dropHiddenAnswers(template: SurveyTemplate, answers: Answers): Answers {
  const shown = visibleCodes(template, answers);
  const hidden = allQuestions(template).filter((q) => !shown.has(q.code)).map((q) => q.code);
  const out: Answers = { ...answers };
  for (const code of hidden) {
    delete out[code];
    delete out[otherKey(code)];
  }
  return out;
}
