// Charts of the decision result, as ChartSpecs like the dashboard's: the probability of
// ranking first, the weights with the stakeholders' range, and where each weight would
// change the winner. Only numbers already in the result are shown; nothing is recomputed.
import type { ChartSpec } from "~/domain/charts/spec";
import type { RecommendResult } from "~/domain/decision/types";
import type { Spread } from "~/domain/decision/weights";
import { CRITERIA, type Criterion, type Locale } from "~/domain/ids";
import { formats } from "./format";
import type { Translate } from "./types";

export function decisionCharts(result: RecommendResult, spread: Record<Criterion, Spread> | undefined, stakeholders: number, locale: Locale, t: Translate): ChartSpec[] {
  const { num } = formats(locale);
  const model = (m: string) => t(`decision:models.${m}.label`);
  const criterion = (c: Criterion) => t(`decision:criteria.${c}.label`);
  const source = t("report:charts.decisionSource");
  const draws = result.simulation.draws;
  const [first] = result.ranking;
  const charts: ChartSpec[] = [
    {
      id: "decision-ranking-probability",
      kind: "hbar",
      title: t("report:charts.probabilityTitle"),
      caption: first ? t("report:charts.probabilityCaption", { model: model(first.model), draws: num(draws, 0) }) : "",
      labels: result.ranking.map((r) => model(r.model)),
      datasets: [{ key: "probabilityFirst", label: t("report:columns.probabilityFirst"), data: result.ranking.map((r) => r.probabilityFirst) }],
      n: draws,
      source,
      unit: "share",
    },
    {
      id: "decision-weights",
      kind: "hbar",
      title: t("report:charts.weightsTitle"),
      caption: t("report:charts.weightsCaption", { n: stakeholders }),
      labels: CRITERIA.map(criterion),
      datasets: [
        { key: "weight", label: t("report:columns.weight"), data: CRITERIA.map((c) => result.weights[c]) },
        ...(spread && stakeholders > 1
          ? [
              { key: "min", label: t("report:columns.lowest"), data: CRITERIA.map((c) => spread[c].min) },
              { key: "max", label: t("report:columns.highest"), data: CRITERIA.map((c) => spread[c].max) },
            ]
          : []),
      ],
      n: stakeholders,
      source,
      unit: "share",
    },
  ];
  const flips = result.sensitivity.filter((s) => s.flipsAt !== undefined);
  if (flips.length > 0)
    charts.push({
      id: "decision-sensitivity",
      kind: "hbar",
      title: t("report:charts.sensitivityTitle"),
      caption: t("report:charts.sensitivityCaption"),
      labels: flips.map((s) => criterion(s.criterion)),
      datasets: [
        { key: "weight", label: t("report:columns.weight"), data: flips.map((s) => s.weight) },
        { key: "flipsAt", label: t("report:columns.flipsAt"), data: flips.map((s) => s.flipsAt ?? 0) },
      ],
      n: CRITERIA.length,
      source,
      unit: "share",
    });
  return charts;
}
