import { Heading, Table } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isLocale } from "~/domain/ids";
import { formatDateTime, formatNumber } from "~/i18n/format";

type ImportRow = { id: number; fileName: string; status: string; imported: number; rejectedCount: number; startedAt: string };

/** The latest imports with their outcome, each linking to its result page. */
export function TicketImportList({ slug, imports }: { slug: string; imports: ImportRow[] }) {
  const { t, i18n } = useTranslation("tickets");
  const locale = isLocale(i18n.language) ? i18n.language : "sv";
  if (imports.length === 0) return null;
  return (
    <section aria-labelledby="imports" className="stack">
      <Heading level={3} data-size="sm" id="imports">
        {t("imports.title")}
      </Heading>
      <div className="table-wrap" tabIndex={0}>
        <Table zebra data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("imports.file")}</Table.HeaderCell>
              <Table.HeaderCell>{t("imports.started")}</Table.HeaderCell>
              <Table.HeaderCell>{t("imports.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("imports.imported")}</Table.HeaderCell>
              <Table.HeaderCell>{t("imports.rejected")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {imports.map((i) => (
              <Table.Row key={i.id}>
                <Table.Cell>
                  <Link to={`/m/${slug}/tickets/import/${i.id}`}>{i.fileName}</Link>
                </Table.Cell>
                <Table.Cell>{formatDateTime(locale, i.startedAt)}</Table.Cell>
                <Table.Cell>{t(`imports.statuses.${i.status}`)}</Table.Cell>
                <Table.Cell>{formatNumber(locale, i.imported, 0)}</Table.Cell>
                <Table.Cell>{formatNumber(locale, i.rejectedCount, 0)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
