// Options every question of a kind shares. yes_no_both declares no options in the template:
// its values are fixed and its labels come from locales/<lng>/survey.json, so that one
// translation serves every template.
import { LOCALES, type LocalizedText } from "~/domain/ids";
import en from "../../../locales/en/survey.json";
import nb from "../../../locales/nb/survey.json";
import nn from "../../../locales/nn/survey.json";
import sv from "../../../locales/sv/survey.json";
import type { Question, QuestionOption } from "./template";

export const YES_NO_BOTH = ["yes", "no", "both"] as const;
type YesNoBoth = (typeof YES_NO_BOTH)[number];

const bundles = { sv, nb, nn, en };

const labelOf = (value: YesNoBoth): LocalizedText =>
  Object.fromEntries(LOCALES.map((l) => [l, bundles[l].yes_no_both[value]])) as LocalizedText;

const YES_NO_BOTH_OPTIONS: QuestionOption[] = YES_NO_BOTH.map((value) => ({ value, label: labelOf(value) }));

/** The options a respondent can choose from, fixed or declared by the template. */
export function questionOptions(q: Question): QuestionOption[] {
  if (q.kind === "yes_no_both") return YES_NO_BOTH_OPTIONS;
  if (q.kind === "scale" && q.scale) {
    const points: QuestionOption[] = [];
    for (let n = q.scale.min; n <= q.scale.max; n++) {
      const label = String(n);
      points.push({ value: label, label: { sv: label, nb: label, nn: label, en: label } });
    }
    return points;
  }
  return q.options ?? [];
}
