import { useTranslation } from "react-i18next";

export const CONCEPTS = ["supportLines", "cluster", "busFactor", "minGroupSize", "pairwise", "probabilityFirst", "sensitivity"] as const;
export type Concept = (typeof CONCEPTS)[number];

/**
 * A short explanation beside a concept a municipal reader may not know. A native
 * <details>, so it opens with the keyboard and without JavaScript; the summary names the
 * concept so a screen reader hears more than "What is this?" out of context.
 */
export function HelpText({ concept }: { concept: Concept }) {
  const { t } = useTranslation("help");
  return (
    <details className="help-text">
      <summary>
        {t("whatIsThis")} <span className="visually-hidden">{t(`concepts.${concept}.term`)}</span>
      </summary>
      <p>{t(`concepts.${concept}.text`)}</p>
    </details>
  );
}
