import { Heading, Table, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { CHANNELS, SUPPORT_LINES, SUPPORT_MODELS, TICKET_TYPES, isLocale } from "~/domain/ids";
import { formatNumber, formatPercent } from "~/i18n/format";
import type { TicketStatsReport, FigureSource } from "~/services/tickets/stats.server";
import { HelpText } from "./help-text";

// The ticket figures as tables (the dashboard charts them), each with where it comes from.

type Stats = Omit<TicketStatsReport, "freedCapacity"> & { freedCapacity: TicketStatsReport["freedCapacity"] };

export function SourceTag({ source }: { source: FigureSource }) {
  const { t } = useTranslation("tickets");
  const color = source === "tickets" ? "success" : source === "none" ? "neutral" : "info";
  return (
    <Tag data-color={color} data-size="sm">
      {t(`sources.${source}`)}
    </Tag>
  );
}

function useLocale() {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : "sv";
}

export function TicketSummary({ stats }: { stats: Stats }) {
  const { t } = useTranslation("tickets");
  const locale = useLocale();
  const n = (v: number | null, digits = 1) => (v === null ? t("page.notAvailable") : formatNumber(locale, v, digits));
  const p = (v: number | null) => (v === null ? t("page.notAvailable") : formatPercent(locale, v));
  const rows: [string, string, FigureSource][] = [
    [t("stats.total"), n(stats.total, 0), stats.source.total],
    [t("stats.perDayMean"), n(stats.perDay.mean), stats.source.perDay],
    [t("stats.perDayP50"), n(stats.perDay.p50), stats.source.perDay],
    [t("stats.perDayP90"), n(stats.perDay.p90), stats.source.perDay],
    [t("stats.lineOneCapableShare"), stats.total ? p(stats.lineOneCapableShare) : t("page.notAvailable"), stats.source.lineOneCapableShare],
    [t("stats.resolutionP50"), n(stats.resolutionHours.p50), stats.source.resolutionHours],
    [t("stats.resolutionP90"), n(stats.resolutionHours.p90), stats.source.resolutionHours],
  ];
  if (stats.firstResponseHours.p50 !== null) {
    rows.push([t("stats.firstResponseP50"), n(stats.firstResponseHours.p50), "tickets"], [t("stats.firstResponseP90"), n(stats.firstResponseHours.p90), "tickets"]);
  }
  if (stats.escalationShare !== null) rows.push([t("stats.escalationShare"), p(stats.escalationShare), "tickets"]);
  if (stats.reopenShare !== null) rows.push([t("stats.reopenShare"), p(stats.reopenShare), "tickets"]);
  return (
    <div className="table-wrap" tabIndex={0}>
      <Table zebra>
        <caption>{t("page.summaryCaption")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("page.figure")}</Table.HeaderCell>
            <Table.HeaderCell>{t("page.value")}</Table.HeaderCell>
            <Table.HeaderCell>{t("page.source")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map(([label, value, source]) => (
            <Table.Row key={label}>
              <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
              <Table.Cell>{value}</Table.Cell>
              <Table.Cell>
                <SourceTag source={source} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** A two-column count table (label, tickets, share) for one breakdown. */
export function CountTable({ id, caption, rows, total }: { id: string; caption: string; rows: [string, number][]; total: number }) {
  const { t } = useTranslation("tickets");
  const locale = useLocale();
  if (rows.length === 0) return null;
  return (
    <div className="table-wrap" tabIndex={0}>
      <Table zebra data-size="sm" id={id}>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("page.category")}</Table.HeaderCell>
            <Table.HeaderCell>{t("page.tickets")}</Table.HeaderCell>
            <Table.HeaderCell>{t("page.share")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map(([label, count]) => (
            <Table.Row key={label}>
              <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
              <Table.Cell>{formatNumber(locale, count, 0)}</Table.Cell>
              <Table.Cell>{total ? formatPercent(locale, count / total) : "–"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function TicketBreakdowns({ stats }: { stats: Stats }) {
  const { t } = useTranslation(["tickets", "common"]);
  const top = (m: Record<string, number>, label: (k: string) => string = (k) => k) =>
    Object.entries(m).sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => [label(k), v] as [string, number]);
  return (
    <section aria-labelledby="breakdowns" className="stack">
      <Heading level={3} data-size="sm" id="breakdowns">
        {t("page.breakdowns")}
      </Heading>
      <HelpText concept="supportLines" />
      <div className="ticket-breakdowns">
        <CountTable id="by-channel" caption={t("page.byChannel")} total={stats.total} rows={CHANNELS.map((c) => [t(`channels.${c}`), stats.byChannel[c]])} />
        <CountTable id="by-type" caption={t("page.byType")} total={stats.total} rows={TICKET_TYPES.map((x) => [t(`types.${x}`), stats.byType[x]])} />
        <CountTable id="by-line" caption={t("page.byLine")} total={stats.total} rows={SUPPORT_LINES.map((l) => [t(`lines.${l}`), stats.byLine[String(l) as "1"]])} />
        <CountTable id="by-area" caption={t("page.byArea")} total={stats.total} rows={top(stats.byArea, (a) => t(`common:areas.${a}`, { defaultValue: a }))} />
        <CountTable id="by-system" caption={t("page.bySystem")} total={stats.total} rows={top(stats.bySystem)} />
        <CountTable id="by-department" caption={t("page.byDepartment")} total={stats.total} rows={top(stats.byDepartment)} />
      </div>
    </section>
  );
}

export function TicketCapacity({ stats }: { stats: Stats }) {
  const { t } = useTranslation(["tickets", "decision"]);
  const locale = useLocale();
  if (!stats.freedCapacity) return null;
  const capacity = stats.freedCapacity;
  return (
    <section aria-labelledby="capacity" className="stack">
      <Heading level={3} data-size="sm" id="capacity">
        {t("page.capacity")}
      </Heading>
      <div className="table-wrap" tabIndex={0}>
        <Table zebra data-size="sm">
          <caption>{t("page.hoursCaption", { hours: formatNumber(locale, stats.lineOneCapableHoursPerYear, 0) })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("page.type")}</Table.HeaderCell>
              <Table.HeaderCell>{t("page.hoursPerYear")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {TICKET_TYPES.filter((x) => stats.hoursPerYearByType[x] !== undefined).map((x) => (
              <Table.Row key={x}>
                <Table.HeaderCell scope="row">{t(`types.${x}`)}</Table.HeaderCell>
                <Table.Cell>{formatNumber(locale, stats.hoursPerYearByType[x] ?? 0, 0)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <div className="table-wrap" tabIndex={0}>
        <Table zebra data-size="sm">
          <caption>{t("page.freedCaption", { hoursPerFte: capacity.assumptions.hoursPerFte, gain: formatPercent(locale, capacity.assumptions.efficiencyGain) })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("page.model")}</Table.HeaderCell>
              <Table.HeaderCell>{t("page.movedHours")}</Table.HeaderCell>
              <Table.HeaderCell>{t("page.freedHours")}</Table.HeaderCell>
              <Table.HeaderCell>{t("stats.freedFte")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {SUPPORT_MODELS.map((m) => (
              <Table.Row key={m}>
                <Table.HeaderCell scope="row">{t(`decision:models.${m}.label`)}</Table.HeaderCell>
                <Table.Cell>{formatNumber(locale, capacity.models[m].movedHours, 0)}</Table.Cell>
                <Table.Cell>{formatNumber(locale, capacity.models[m].freedHours, 0)}</Table.Cell>
                <Table.Cell>{formatNumber(locale, capacity.models[m].fte, 2)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
