import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "~/i18n/format";
import { scoreAction, scoreLoader } from "~/services/decision/score.server";
import { TextAreaField, TextField } from "~/components/fields";
import { EvidenceLink, useDecisionLocale, useEvidenceSentence, useEvidenceSource } from "~/components/decision-text";

export const loader = ({ request, params }: LoaderFunctionArgs) => scoreLoader({ request, params });
export const action = ({ request, params }: ActionFunctionArgs) => scoreAction({ request, params });

export default function DecisionScore() {
  const { slug, model, criterion, cell, baseline, surveyId, quotes, history, canOverride, saved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("decision");
  const locale = useDecisionLocale();
  const sentence = useEvidenceSentence();
  const sourceOf = useEvidenceSource();
  const override = cell.evidence.find((e) => e.source === "override");
  const adjustments = cell.evidence.filter((e) => e.delta !== undefined);
  const sources = cell.evidence.filter((e) => e.code === "baseline");
  const errors: Record<string, string> = result?.errors ?? {};
  const num = (x: number) => formatNumber(locale, x, 1);
  return (
    <div className="stack">
      <Link to={`/m/${slug}/decision/matrix`}>{t("score.back")}</Link>
      <Heading level={3} data-size="md">
        {t("score.title", { model: t(`models.${model}.label`), criterion: t(`criteria.${criterion}.label`) })}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t(`criteria.${criterion}.definition`)} {t(`criteria.${criterion}.direction`)}
      </Paragraph>
      {saved ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("score.overrideSaved")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph data-testid="score-value">
        <strong>
          {t("score.value")}: {num(cell.value)}
        </strong>{" "}
        {override ? <Tag data-color="warning">{t("matrix.overridden")}</Tag> : null} · {t("score.uncertainty", { value: num(cell.uncertainty) })} · {t("score.baselineValue")}: {num(baseline.value)}
      </Paragraph>
      {override ? (
        <Alert data-color="warning" data-testid="override-notice">
          <Paragraph>{t("score.overrideActive", { value: num(cell.value), reason: override.detail })}</Paragraph>
        </Alert>
      ) : null}

      <section aria-labelledby="adjustments" className="stack">
        <Heading level={4} data-size="sm" id="adjustments">
          {t("score.adjustmentsHeading")}
        </Heading>
        {adjustments.length === 0 ? (
          <Paragraph>{t("score.noAdjustments")}</Paragraph>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t("score.adjustmentsHeading")}>
            <Table data-testid="adjustments">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("score.source")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("score.detail")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("score.delta")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {adjustments.map((e) => (
                  <Table.Row key={`${e.source}-${e.code}`}>
                    <Table.Cell>
                      {sourceOf(e)}
                      <br />
                      <EvidenceLink slug={slug} entry={e} surveyId={surveyId} />
                    </Table.Cell>
                    <Table.Cell>{sentence(e)}</Table.Cell>
                    <Table.Cell>{`${(e.delta ?? 0) > 0 ? "+" : ""}${num(e.delta ?? 0)}`}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>

      <section aria-labelledby="quotes" className="stack">
        <Heading level={4} data-size="sm" id="quotes">
          {t("score.quotesHeading")}
        </Heading>
        {quotes.length === 0 ? (
          <Paragraph>{t("score.noQuotes")}</Paragraph>
        ) : (
          <ul className="stack" data-testid="quotes">
            {quotes.map((q) => (
              <li key={q.id}>
                <Tag data-color={q.stance === "pro" ? "success" : "danger"}>{t(`score.${q.stance === "pro" ? "pro" : "con"}`)}</Tag> <q>{q.quote}</q>{" "}
                <Link to={`/m/${slug}/interviews/${q.interviewId}#excerpt-${q.id}`}>{t("score.openInterview")}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="baseline" className="stack">
        <Heading level={4} data-size="sm" id="baseline">
          {t("score.baselineHeading")}
        </Heading>
        <ul className="stack" data-testid="baseline-sources">
          {sources.map((e) => (
            <li key={`${e.source}-${String(e.params?.id)}`}>
              <strong>{e.source}</strong>: {sentence(e)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="override" className="stack">
        <Heading level={4} data-size="sm" id="override">
          {t("score.overrideHeading")}
        </Heading>
        {history.length > 0 ? (
          <ul data-testid="override-history">
            {history.map((h) => (
              <li key={h.id}>
                {formatDate(locale, h.createdAt)}: {h.value === null ? t("score.historyReset") : t("score.historyValue", { value: num(h.value) })} – {h.reason}
                {h.email ? ` (${t("score.by", { email: h.email })})` : null}
              </li>
            ))}
          </ul>
        ) : null}
        {canOverride ? (
          <Form method="post" className="stack narrow" noValidate>
            <TextField
              id="value"
              inputMode="decimal"
              label={t("score.overrideValue")}
              description={t("score.overrideValueHelp")}
              defaultValue={result?.values.value ?? ""}
              error={errors.value ? t(`errors.${errors.value}`) : undefined}
            />
            <TextAreaField
              id="reason"
              rows={3}
              label={t("score.overrideReason")}
              description={t("score.overrideReasonHelp")}
              defaultValue={result?.values.reason ?? ""}
              error={errors.reason ? t(`errors.${errors.reason}`) : undefined}
            />
            <div>
              <Button type="submit">{t("score.overrideSubmit")}</Button>
            </div>
          </Form>
        ) : (
          <Paragraph>{t("score.onlyProject")}</Paragraph>
        )}
      </section>
    </div>
  );
}
