import { Card, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { Locale } from "~/domain/ids";
import type { QuestionResult } from "~/domain/surveys/aggregate";
import { formatNumber, formatPercent } from "~/i18n/format";
import { HelpText } from "./help-text";

/** One question's results: counts and shares, mean and median, free texts; or why not shown. */
export function SurveyQuestionResult({ r, text, locale, minGroupSize }: { r: QuestionResult; text: string; locale: Locale; minGroupSize: number }) {
  const { t } = useTranslation("survey");
  const id = `result-${r.code}`;
  return (
    <Card data-color="neutral">
      <section aria-labelledby={id} className="stack">
        <Heading level={3} data-size="xs" id={id}>
          {text}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t("results.answered", { count: r.answered })} · {t(`kinds.${r.kind}`)}
        </Paragraph>
        {r.suppressed ? (
          <>
            <Paragraph>{t("resultsPage.tooFew", { min: minGroupSize })}</Paragraph>
            <HelpText concept="minGroupSize" />
          </>
        ) : (
          <>
            {r.mean !== undefined ? (
              <Paragraph>
                {t("results.mean")}: {formatNumber(locale, r.mean)} · {t("results.median")}: {formatNumber(locale, r.median ?? 0)}
              </Paragraph>
            ) : null}
            {r.options.length > 0 ? (
              <div className="table-wrap">
                <Table>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t("resultsPage.option")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("results.count")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("results.share")}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {r.options.map((o) => (
                      <Table.Row key={o.value}>
                        <Table.Cell>{o.label}</Table.Cell>
                        <Table.Cell>{formatNumber(locale, o.count, 0)}</Table.Cell>
                        <Table.Cell>
                          <span className="survey-share">
                            <span aria-hidden="true" className="share-bar" data-width={Math.round(o.share * 8)} />
                            {formatPercent(locale, o.share)}
                          </span>
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            ) : null}
            {r.texts && r.texts.length > 0 ? (
              <details>
                <summary>{t("resultsPage.texts", { count: r.texts.length })}</summary>
                <ul>
                  {r.texts.map((x, i) => (
                    <li key={i}>{x}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        )}
      </section>
    </Card>
  );
}
