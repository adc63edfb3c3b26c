// The data table beside each chart: always in the HTML, so it reads without JavaScript and
// to a screen reader. Built from the same specTable as the CSV download.
import { Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { ChartSpec } from "~/domain/charts/spec";
import { specTable, type TableValue } from "~/domain/charts/table";
import type { Locale } from "~/domain/ids";
import { formatNumber, formatPercent } from "~/i18n/format";

export function ChartTable({ spec, locale }: { spec: ChartSpec; locale: Locale }) {
  const { t } = useTranslation("dashboard");
  const table = specTable(spec, { label: t("table.label"), share: t("table.share") });
  const show = (v: TableValue) => (v.unit === "share" ? formatPercent(locale, v.value) : formatNumber(locale, v.value));
  // A long table (105 weeks) scrolls inside its own box; focusable so the keyboard can scroll it.
  const long = table.rows.length > 12;
  return (
    <div className={long ? "table-wrap chart-table-scroll" : "table-wrap"} {...(long ? { tabIndex: 0, role: "region", "aria-label": t("dataTable", { title: spec.title }) } : {})}>
      <Table zebra data-size="sm" className="chart-table">
        <caption>{t("dataTable", { title: spec.title })}</caption>
        <Table.Head>
          <Table.Row>
            {table.header.map((h, i) => (
              <Table.HeaderCell key={i} scope="col">
                {h}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {table.rows.map((r, i) => (
            <Table.Row key={i}>
              <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
              {r.values.map((v, j) => (
                <Table.Cell key={j} className="num">
                  {show(v)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
