// Small templates for tests, built from the same pieces as the seeds.
import type { LocalizedText } from "~/domain/ids";
import type { Question, SurveyTemplate } from "~/domain/surveys/template";

export const same = (s: string): LocalizedText => ({ sv: s, nb: s, nn: s, en: s });

export const q = (code: string, kind: Question["kind"], extra: Partial<Question> = {}): Question => ({
  code,
  kind,
  text: same(`Question ${code}`),
  required: false,
  ...extra,
});

export const opt = (value: string, label: LocalizedText = same(value)) => ({ value, label });

export const template = (...sections: Question[][]): SurveyTemplate => ({
  key: "test",
  version: 1,
  title: same("Test"),
  intro: same("Intro"),
  sections: sections.map((questions, i) => ({ key: `s${i + 1}`, title: same(`Section ${i + 1}`), questions })),
});
