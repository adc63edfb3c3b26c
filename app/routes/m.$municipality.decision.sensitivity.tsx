import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatNumber, formatPercent } from "~/i18n/format";
import { sensitivityLoader, type ProConView } from "~/services/decision/sensitivity.server";
import { DecisionBarChart } from "~/components/decision-chart";
import { useDecisionLocale, useEvidenceSentence } from "~/components/decision-text";
import { HelpText } from "~/components/help-text";

export const loader = ({ request, params }: LoaderFunctionArgs) => sensitivityLoader({ request, params });

const COLORS = { current: "#1e6fb8", flip: "#c2410c", probability: "#2f7d32" };

export default function DecisionSensitivity() {
  const { slug, sensitivity, ranking, draws, prosCons } = useLoaderData<typeof loader>();
  const { t } = useTranslation("decision");
  const locale = useDecisionLocale();
  const sentence = useEvidenceSentence();
  const criterion = (c: string) => t(`criteria.${c}.label`);
  const item = (p: ProConView) => (
    <li key={p.criterion}>
      <strong>{criterion(p.criterion)}</strong> ({t("sensitivity.difference", { difference: `${p.difference > 0 ? "+" : ""}${formatNumber(locale, p.difference, 1)}` })})
      {p.quote ? (
        <>
          : <q>{p.quote.quote}</q> <Link to={`/m/${slug}/interviews/${p.quote.interviewId}#excerpt-${p.quote.id}`}>{t("score.openInterview")}</Link>
        </>
      ) : p.evidence ? (
        `: ${sentence(p.evidence)}`
      ) : null}
    </li>
  );
  return (
    <div className="stack">
      <section aria-labelledby="flip" className="stack">
        <Heading level={3} data-size="md" id="flip">
          {t("sensitivity.heading")}
        </Heading>
        <Paragraph>{t("sensitivity.intro")}</Paragraph>
        <HelpText concept="sensitivity" />
        <DecisionBarChart
          title={t("sensitivity.flipChart")}
          labels={sensitivity.map((s) => criterion(s.criterion))}
          series={[
            { label: t("sensitivity.current"), values: sensitivity.map((s) => s.weight), color: COLORS.current },
            { label: t("labels.flipsAt"), values: sensitivity.map((s) => s.flipsAt ?? null), color: COLORS.flip },
          ]}
          max={1}
        />
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t("sensitivity.flipCaption")}>
          <Table zebra data-testid="flip-table">
            <caption>{t("sensitivity.flipCaption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("labels.criterion")}</Table.HeaderCell>
                <Table.HeaderCell>{t("sensitivity.current")}</Table.HeaderCell>
                <Table.HeaderCell>{t("labels.flipsAt")}</Table.HeaderCell>
                <Table.HeaderCell>{t("labels.newWinner")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {sensitivity.map((s) => (
                <Table.Row key={s.criterion}>
                  <Table.HeaderCell scope="row">{criterion(s.criterion)}</Table.HeaderCell>
                  <Table.Cell>{formatNumber(locale, s.weight, 3)}</Table.Cell>
                  <Table.Cell>{s.flipsAt === undefined ? t("labels.never") : formatNumber(locale, s.flipsAt, 3)}</Table.Cell>
                  <Table.Cell>{s.newWinner ? t(`models.${s.newWinner}.label`) : null}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </section>

      <section aria-labelledby="probability" className="stack">
        <Heading level={3} data-size="md" id="probability">
          {t("sensitivity.probabilityHeading")}
        </Heading>
        <Paragraph>{t("sensitivity.probabilityIntro", { draws })}</Paragraph>
        <HelpText concept="probabilityFirst" />
        <DecisionBarChart
          title={t("sensitivity.probabilityCaption")}
          labels={ranking.map((r) => t(`models.${r.model}.label`))}
          series={[{ label: t("labels.probabilityFirst"), values: ranking.map((r) => r.probabilityFirst), color: COLORS.probability }]}
          max={1}
          percent
        />
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t("sensitivity.probabilityCaption")}>
          <Table zebra data-testid="probability-table">
            <caption>{t("sensitivity.probabilityCaption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("labels.model")}</Table.HeaderCell>
                <Table.HeaderCell>{t("labels.probabilityFirst")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {ranking.map((r) => (
                <Table.Row key={r.model}>
                  <Table.HeaderCell scope="row">{t(`models.${r.model}.label`)}</Table.HeaderCell>
                  <Table.Cell>{formatPercent(locale, r.probabilityFirst, 1)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </section>

      <section aria-labelledby="proscons" className="stack">
        <Heading level={3} data-size="md" id="proscons">
          {t("sensitivity.prosConsHeading")}
        </Heading>
        <Paragraph>{t("sensitivity.prosConsIntro")}</Paragraph>
        {prosCons.map(({ model, pros, cons }) => (
          <div key={model} className="stack" data-testid={`proscons-${model}`}>
            <Heading level={4} data-size="sm">
              {t(`models.${model}.label`)}
            </Heading>
            <Paragraph data-size="sm" className="muted">
              {t(`models.${model}.definition`)}
            </Paragraph>
            <Heading level={5} data-size="xs">
              {t("labels.pros")}
            </Heading>
            {pros.length > 0 ? <ul>{pros.map(item)}</ul> : <Paragraph data-size="sm">{t("sensitivity.none")}</Paragraph>}
            <Heading level={5} data-size="xs">
              {t("labels.cons")}
            </Heading>
            {cons.length > 0 ? <ul>{cons.map(item)}</ul> : <Paragraph data-size="sm">{t("sensitivity.none")}</Paragraph>}
          </div>
        ))}
      </section>
    </div>
  );
}
