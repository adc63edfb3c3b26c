import { useEffect, useState } from "react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { monteCarlo, rankModels, readWeightInput, type RankedModel, type Scores, type WeightMethod } from "~/domain/decision";
import { DecisionRankingTable } from "./decision-ranking-table";
import { WeightCheck, type WeightCheckData } from "./decision-weight-fields";

type Simulation = { draws: number; seed: number; concentration: number };

/** Re-ranks in the browser as the form changes, with the same domain code and simulation
 * settings as the server, so it shows what "preview" would. Renders nothing without JavaScript. */
export function DecisionLiveRanking({ formId, method, scores, simulation }: { formId: string; method: WeightMethod; scores: Scores; simulation: Simulation }) {
  const { t } = useTranslation("decision");
  const [ranking, setRanking] = useState<RankedModel[] | null>(null);
  const [check, setCheck] = useState<WeightCheckData>({});
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const data = new FormData(form);
      const input = readWeightInput(method, (name) => {
        const v = data.get(name);
        return typeof v === "string" ? v : undefined;
      });
      const probability = monteCarlo(scores, input.weights, simulation);
      setRanking(rankModels(scores, input.weights).map(({ model, score }) => ({ model, score, probabilityFirst: probability[model] })));
      setCheck({ total: input.total, cr: input.cr, worstPair: input.worstPair });
    };
    // Debounced: typing "25" should not run the simulation twice.
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(update, 120);
    };
    update();
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", schedule);
      form.removeEventListener("change", schedule);
    };
  }, [formId, method, scores, simulation]);
  if (!ranking) return null;
  const winner = ranking[0];
  return (
    <section aria-labelledby="live-ranking" className="stack" data-testid="live-ranking">
      <Heading level={2} data-size="sm" id="live-ranking">
        {t("weightsPage.live")}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t("weightsPage.liveHelp")}
      </Paragraph>
      <Paragraph aria-live="polite" data-testid="live-winner">
        {winner ? t(`models.${winner.model}.label`) : null}
      </Paragraph>
      <WeightCheck check={check} live />
      <DecisionRankingTable ranking={ranking} caption={t("weightsPage.live")} />
    </section>
  );
}
