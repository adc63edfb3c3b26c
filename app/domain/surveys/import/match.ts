// Matching what a file says to what the template declares: question codes, question texts
// and option labels, forgiving case, punctuation and spacing.
import { LOCALES } from "~/domain/ids";
import { questionOptions } from "../fixed-options";
import type { Question } from "../template";

/** Lower case, letters and digits only ("Hur får ni in supportärenden?" → "hurfårnininsupportärenden"). */
export const normalise = (s: string): string =>
  s.normalize("NFKC").toLocaleLowerCase("sv").replace(/[^\p{L}\p{N}]/gu, "");

/** The option whose value, label in any language or 1-based position (`A2`, `SQ002`) is given. */
export function findOption(q: Question, given: string): string | null {
  const options = questionOptions(q);
  const n = normalise(given);
  if (n === "") return null;
  const byValue = options.find((o) => o.value === given.trim() || normalise(o.value) === n);
  if (byValue) return byValue.value;
  const byLabel = options.find((o) => LOCALES.some((l) => normalise(o.label[l]) === n));
  if (byLabel) return byLabel.value;
  const position = /^(?:a|sq)0*(\d+)$/i.exec(given.trim());
  if (position) return options[Number(position[1]) - 1]?.value ?? null;
  return null;
}

/** Index of questions by normalised code and by normalised text in every language. */
export function questionIndex(questions: readonly Question[], byText: boolean): Map<string, Question> {
  const index = new Map<string, Question>();
  for (const q of questions) {
    index.set(normalise(q.code), q);
    if (byText) for (const l of LOCALES) if (!index.has(normalise(q.text[l]))) index.set(normalise(q.text[l]), q);
  }
  return index;
}
