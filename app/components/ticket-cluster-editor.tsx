import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/fields";
import { isLocale } from "~/domain/ids";
import { formatNumber } from "~/i18n/format";
import { HelpText } from "./help-text";

// A proposed grouping of business areas into clusters and how evenly it spreads the tickets.
// Without JavaScript: one text field per area holding the name of its cluster.

export type ClusterView = {
  proposal: string;
  clusters: { name: string; load: number }[];
  maxOverMean: number;
  gini: number;
  unassigned: string[];
} | null;

export function TicketClusterLoad({ load }: { load: ClusterView }) {
  const { t, i18n } = useTranslation(["tickets", "common"]);
  const locale = isLocale(i18n.language) ? i18n.language : "sv";
  if (!load) return <Paragraph>{t("clusters.none")}</Paragraph>;
  return (
    <div className="stack">
      <div className="table-wrap" tabIndex={0}>
        <Table zebra data-size="sm">
          <caption>{t("clusters.caption", { name: load.proposal })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("clusters.cluster")}</Table.HeaderCell>
              <Table.HeaderCell>{t("page.tickets")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {load.clusters.map((c) => (
              <Table.Row key={c.name}>
                <Table.HeaderCell scope="row">{c.name}</Table.HeaderCell>
                <Table.Cell>{formatNumber(locale, c.load, 0)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Paragraph>
        {t("clusters.balance", { maxOverMean: formatNumber(locale, load.maxOverMean, 2), gini: formatNumber(locale, load.gini, 2) })}
      </Paragraph>
      {load.unassigned.length ? (
        <Paragraph>{t("clusters.unassigned", { areas: load.unassigned.map((a) => t(`common:areas.${a}`, { defaultValue: a })).join(", ") })}</Paragraph>
      ) : null}
    </div>
  );
}

export function TicketClusterEditor(props: {
  areas: { code: string; name: string }[];
  name: string;
  assignment: Record<string, string>;
  errors?: Record<string, string | undefined>;
  /** Where business areas are registered; the editor has nothing to group without them. */
  organisationHref: string;
}) {
  const { t } = useTranslation("tickets");
  if (props.areas.length === 0)
    return (
      <Paragraph>
        {t("clusters.noAreas")} <Link to={props.organisationHref}>{t("clusters.registerAreas")}</Link>
      </Paragraph>
    );
  return (
    <Form method="post" className="stack narrow" aria-labelledby="cluster-editor">
      <Heading level={4} data-size="xs" id="cluster-editor">
        {t("clusters.edit")}
      </Heading>
      <Paragraph data-size="sm">{t("clusters.help")}</Paragraph>
      <HelpText concept="cluster" />
      <input type="hidden" name="intent" value="cluster" />
      <TextField id="proposal" name="proposal" label={t("clusters.name")} defaultValue={props.name} error={props.errors?.proposal ? t(props.errors.proposal) : undefined} required />
      {props.areas.map((a) => (
        <TextField key={a.code} id={`area-${a.code}`} name={`area.${a.code}`} label={t("clusters.areaLabel", { area: a.name })} defaultValue={props.assignment[a.code] ?? ""} />
      ))}
      {props.errors?.areas ? <Paragraph role="alert">{t(props.errors.areas)}</Paragraph> : null}
      <div>
        <Button type="submit">{t("clusters.save")}</Button>
      </div>
    </Form>
  );
}
