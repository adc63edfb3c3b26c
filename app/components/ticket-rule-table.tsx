import { Paragraph, Table } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isLocale } from "~/domain/ids";
import { formatNumber } from "~/i18n/format";
import { ConfirmDeleteRow } from "./confirm-action";

type RuleRow = { rowId: number; id: string; order: number; field: string; keywords: string[]; setType: string; setLine: string; hits: number; label: string };

/** The rules in the order they are tried, with how many tickets each one decided. */
export function TicketRuleTable({ slug, rules, unmatched, canEdit }: { slug: string; rules: RuleRow[]; unmatched: number; canEdit: boolean }) {
  const { t, i18n } = useTranslation("tickets");
  const locale = isLocale(i18n.language) ? i18n.language : "sv";
  if (rules.length === 0) {
    return (
      <Paragraph>
        {t("rules.empty")} {canEdit ? <a href="#rule-form">{t("rules.emptyAdd")}</a> : null}
      </Paragraph>
    );
  }
  return (
    <div className="table-wrap" tabIndex={0}>
      <Table zebra data-size="sm">
        <caption>{t("rules.caption", { unmatched: formatNumber(locale, unmatched, 0) })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("rules.order")}</Table.HeaderCell>
            <Table.HeaderCell>{t("rules.rule")}</Table.HeaderCell>
            <Table.HeaderCell>{t("rules.keywords")}</Table.HeaderCell>
            <Table.HeaderCell>{t("rules.setType")}</Table.HeaderCell>
            <Table.HeaderCell>{t("rules.setLine")}</Table.HeaderCell>
            <Table.HeaderCell>{t("rules.hits")}</Table.HeaderCell>
            {canEdit ? <Table.HeaderCell>{t("rules.actions")}</Table.HeaderCell> : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rules.map((r) => {
            const name = r.label || r.keywords.slice(0, 2).join(", ");
            return (
              <Table.Row key={r.rowId}>
                <Table.Cell>{r.order}</Table.Cell>
                <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
                <Table.Cell>
                  {t(`rules.fields.${r.field}`)}: {r.keywords.join(", ")}
                </Table.Cell>
                <Table.Cell>{r.setType ? t(`types.${r.setType}`) : "–"}</Table.Cell>
                <Table.Cell>{r.setLine ? t(`lines.${r.setLine}`) : "–"}</Table.Cell>
                <Table.Cell>{formatNumber(locale, r.hits, 0)}</Table.Cell>
                {canEdit ? (
                  <Table.Cell>
                    <div className="row-actions">
                      <Link to={`/m/${slug}/tickets/rules?edit=${r.rowId}#rule-form`} aria-label={t("rules.editNamed", { name })}>
                        {t("rules.edit")}
                      </Link>
                      <ConfirmDeleteRow label={t("rules.delete")} named={t("rules.deleteNamed", { name })} question={t("rules.confirmDelete", { name })} submit={t("rules.confirmDeleteButton")} intent="delete" idName="rowId" id={r.rowId} />
                    </div>
                  </Table.Cell>
                ) : null}
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
