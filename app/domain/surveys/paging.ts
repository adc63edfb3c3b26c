// One section per page. A section whose questions are all hidden is skipped, so pages are
// counted over the sections the respondent will actually see with the answers so far.
import { isEmptyAnswer, type Answers, type Section, type SurveyTemplate } from "./template";
import { visibleCodes } from "./visibility";

/** Sections with at least one shown question, in template order. */
export function visibleSections(template: SurveyTemplate, answers: Answers): Section[] {
  const shown = visibleCodes(template, answers);
  return template.sections.filter((s) => s.questions.some((q) => shown.has(q.code)));
}

/** The shown section after `current`, or null when `current` is the last page. */
export function nextSection(template: SurveyTemplate, current: string, answers: Answers): string | null {
  return neighbour(template, current, answers, +1);
}

/** The shown section before `current`, or null on the first page. */
export function previousSection(template: SurveyTemplate, current: string, answers: Answers): string | null {
  return neighbour(template, current, answers, -1);
}

function neighbour(template: SurveyTemplate, current: string, answers: Answers, step: 1 | -1): string | null {
  const index = template.sections.findIndex((s) => s.key === current);
  if (index < 0) return null;
  const shown = new Set(visibleSections(template, answers).map((s) => s.key));
  for (let i = index + step; i >= 0 && i < template.sections.length; i += step) {
    const key = template.sections[i]?.key;
    if (key !== undefined && shown.has(key)) return key;
  }
  return null;
}

/** "Page i of n" (1-based). A hidden current section counts as the page it would take. */
export function progress(template: SurveyTemplate, current: string, answers: Answers): { page: number; total: number } {
  const shown = visibleSections(template, answers).map((s) => s.key);
  const order = template.sections.map((s) => s.key);
  const at = order.indexOf(current);
  const before = shown.filter((k) => order.indexOf(k) < at).length;
  return { page: Math.min(before + 1, Math.max(shown.length, 1)), total: shown.length };
}

/**
 * Where a returning respondent continues: the first shown section with a required shown
 * question left empty; else the first shown section after the last one with any answer.
 * Null when nothing is left to fill in (show the summary / submit page).
 */
export function resumeSection(template: SurveyTemplate, answers: Answers): string | null {
  const shownCodes = visibleCodes(template, answers);
  const sections = visibleSections(template, answers);
  const shownIn = (s: Section) => s.questions.filter((q) => shownCodes.has(q.code));
  const missing = sections.find((s) => shownIn(s).some((q) => q.required && isEmptyAnswer(answers[q.code])));
  if (missing) return missing.key;
  let lastAnswered = -1;
  sections.forEach((s, i) => {
    if (shownIn(s).some((q) => q.code in answers)) lastAnswered = i;
  });
  return sections[lastAnswered + 1]?.key ?? null;
}
