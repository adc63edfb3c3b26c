import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { isLocale } from "~/domain/ids";
import { formatNumber, formatPercent } from "~/i18n/format";
import { HelpText } from "./help-text";

// Systems that hang on one person (or nobody), from the systems register, with their tickets.

export function TicketBusFactor({ busFactor }: { busFactor: { systems: number; share: number; singlePerson: { id: string; name: string; administrators: number; tickets: number }[] } }) {
  const { t, i18n } = useTranslation("tickets");
  const locale = isLocale(i18n.language) ? i18n.language : "sv";
  return (
    <section aria-labelledby="bus-factor" className="stack">
      <Heading level={3} data-size="sm" id="bus-factor">
        {t("busFactor.title")}
      </Heading>
      <HelpText concept="busFactor" />
      <Paragraph>{t("busFactor.summary", { count: busFactor.singlePerson.length, systems: busFactor.systems, share: formatPercent(locale, busFactor.share) })}</Paragraph>
      {busFactor.singlePerson.length ? (
        <div className="table-wrap" tabIndex={0}>
          <Table zebra data-size="sm">
            <caption>{t("busFactor.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("busFactor.system")}</Table.HeaderCell>
                <Table.HeaderCell>{t("busFactor.administrators")}</Table.HeaderCell>
                <Table.HeaderCell>{t("page.tickets")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {busFactor.singlePerson.map((s) => (
                <Table.Row key={s.id}>
                  <Table.HeaderCell scope="row">{s.name}</Table.HeaderCell>
                  <Table.Cell>{s.administrators}</Table.Cell>
                  <Table.Cell>{formatNumber(locale, s.tickets, 0)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
