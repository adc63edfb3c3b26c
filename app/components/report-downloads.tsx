import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

// The CSV exports, each in both dialects (plain links to resource routes: no JavaScript needed).
export function ReportCsvDownloads({ base, exports }: { base: string; exports: readonly string[] }) {
  const { t } = useTranslation("report");
  return (
    <section aria-labelledby="report-csv" className="stack">
      <Heading level={3} data-size="sm" id="report-csv">
        {t("page.csvHeading")}
      </Heading>
      <div className="table-wrap">
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("page.exportColumn")}</Table.HeaderCell>
              <Table.HeaderCell>{t("page.dialects.standard")}</Table.HeaderCell>
              <Table.HeaderCell>{t("page.dialects.excel")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {exports.map((kind) => (
              <Table.Row key={kind}>
                <Table.Cell>{t(`page.exports.${kind}`)}</Table.Cell>
                {(["standard", "excel"] as const).map((dialect) => (
                  <Table.Cell key={dialect}>
                    <a href={`${base}/csv/${kind}?dialect=${dialect}`} download aria-label={t("page.downloadCsvFor", { name: t(`page.exports.${kind}`), dialect: t(`page.dialects.${dialect}`) })}>
                      {t("page.downloadCsv")}
                    </a>
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t("page.csvHelp")}
      </Paragraph>
    </section>
  );
}
