import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { WeightSource } from "~/services/decision/weights.server";

/** One sentence on where the weights in use come from (preset, stakeholders, equal, a preview). */
export function WeightSourceText({ source }: { source: WeightSource }) {
  const { t } = useTranslation("decision");
  const text =
    source.kind === "preset"
      ? t("ranking.weightSource.preset", { preset: t(`presets.${source.preset}.label`) })
      : source.kind === "stakeholders"
        ? t(source.rule === "geometric" ? "ranking.weightSource.stakeholdersGeometric" : "ranking.weightSource.stakeholders", { count: source.count })
        : t(`ranking.weightSource.${source.kind}`);
  return <Paragraph data-testid="weight-source">{text}</Paragraph>;
}
