import { Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { RankedModel } from "~/domain/decision";
import { formatNumber, formatPercent } from "~/i18n/format";
import { useDecisionLocale } from "./decision-text";

/** The models in rank order with score and probability of ranking first (probability optional). */
export function DecisionRankingTable({ ranking, caption, id }: { ranking: readonly RankedModel[]; caption: string; id?: string }) {
  const { t } = useTranslation("decision");
  const locale = useDecisionLocale();
  return (
    // Focusable with a name: a table that scrolls sideways on a phone must be reachable by keyboard.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra id={id} data-testid={id}>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("ranking.rank")}</Table.HeaderCell>
            <Table.HeaderCell>{t("labels.model")}</Table.HeaderCell>
            <Table.HeaderCell>{t("labels.score")}</Table.HeaderCell>
            <Table.HeaderCell>{t("labels.probabilityFirst")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {ranking.map((r, i) => (
            <Table.Row key={r.model} data-model={r.model}>
              <Table.Cell>{i + 1}</Table.Cell>
              <Table.Cell>{t(`models.${r.model}.label`)}</Table.Cell>
              <Table.Cell>{formatNumber(locale, r.score, 1)}</Table.Cell>
              <Table.Cell>{formatPercent(locale, r.probabilityFirst, 1)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
