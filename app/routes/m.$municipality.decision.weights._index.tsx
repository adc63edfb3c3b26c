import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { Alert, Button, Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { PRESET_NAMES } from "~/domain/decision";
import { CRITERIA } from "~/domain/ids";
import { formatDate, formatNumber, formatPercent } from "~/i18n/format";
import { stakeholdersAction, stakeholdersLoader } from "~/services/decision/stakeholders.server";
import { useDecisionLocale } from "~/components/decision-text";
import { WeightSourceText } from "~/components/decision-weight-source";
import { ConfirmAction } from "~/components/confirm-action";
import { UndoNotice, UndoOutcome } from "~/components/undo-notice";

export const loader = ({ request, params }: LoaderFunctionArgs) => stakeholdersLoader({ request, params });
export const action = ({ request, params }: ActionFunctionArgs) => stakeholdersAction({ request, params });

export default function Stakeholders() {
  const { weights, source, preset, spread, submissions, canChoose, saved, chosen, undoId, undone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("decision");
  const params = useParams();
  const locale = useDecisionLocale();
  const pct = (x: number) => formatPercent(locale, x, 1);
  const mine = submissions.find((s) => s.mine);
  return (
    <div className="stack">
      {saved ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("weightsPage.saved")}</Paragraph>
        </Alert>
      ) : null}
      {chosen ? (
        <Alert data-color="success" role="status">
          <Paragraph>{preset ? t("weightsPage.presetChosen", { name: t(`presets.${preset}.label`) }) : t("weightsPage.stakeholdersChosen")}</Paragraph>
        </Alert>
      ) : null}
      {undoId !== undefined ? <UndoNotice message={t("weightsPage.deletedMine")} undoId={undoId} /> : null}
      {undone ? <UndoOutcome outcome={undone} restored={t("weightsPage.restoredMine")} conflict={t("weightsPage.undoConflict")} /> : null}
      {result?.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`errors.${result.error}`)}</Paragraph>
        </Alert>
      ) : null}
      <Heading level={3} data-size="md">
        {t("weightsPage.stakeholdersHeading")}
      </Heading>
      <WeightSourceText source={source} />
      {submissions.length === 0 ? (
        <Paragraph>
          {t("weightsPage.noStakeholders")} <Link to={`/m/${params.municipality}/decision/weights/points`}>{t("weightsPage.giveFirst")}</Link>
        </Paragraph>
      ) : null}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t("weightsPage.spreadCaption")}>
        <Table zebra data-testid="stakeholder-table">
          <caption>{t("weightsPage.spreadCaption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("labels.criterion")}</Table.HeaderCell>
              <Table.HeaderCell>{t("weightsPage.inUse")}</Table.HeaderCell>
              {submissions.map((s) => (
                <Table.HeaderCell key={`${s.stakeholder}-${s.updatedAt}`}>
                  {s.stakeholder} ({t(`roles.${s.role}`)}, {t(`weights.methods.${s.method}.label`)}, {formatDate(locale, s.updatedAt)})
                </Table.HeaderCell>
              ))}
              {submissions.length > 1 ? (
                <>
                  <Table.HeaderCell>{t("weightsPage.min")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("weightsPage.max")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("weightsPage.sd")}</Table.HeaderCell>
                </>
              ) : null}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {CRITERIA.map((c) => (
              <Table.Row key={c}>
                <Table.HeaderCell scope="row">{t(`criteria.${c}.label`)}</Table.HeaderCell>
                <Table.Cell>{pct(weights[c])}</Table.Cell>
                {submissions.map((s) => (
                  <Table.Cell key={`${s.stakeholder}-${s.updatedAt}`}>{pct(s.weights[c] ?? 0)}</Table.Cell>
                ))}
                {submissions.length > 1 ? (
                  <>
                    <Table.Cell>{pct(spread[c].min)}</Table.Cell>
                    <Table.Cell>{pct(spread[c].max)}</Table.Cell>
                    <Table.Cell>{formatNumber(locale, spread[c].sd, 3)}</Table.Cell>
                  </>
                ) : null}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {mine ? (
        <ConfirmAction label={t("weightsPage.deleteMine")} question={t("weightsPage.confirmDeleteMine")}>
          <Form method="post">
            <input type="hidden" name="intent" value="delete" />
            <Button type="submit" data-color="danger">
              {t("weightsPage.confirmDeleteMineButton")}
            </Button>
          </Form>
        </ConfirmAction>
      ) : null}
      <section aria-labelledby="presets" className="stack">
        <Heading level={3} data-size="md" id="presets">
          {t("weightsPage.presetsHeading")}
        </Heading>
        {canChoose ? <Paragraph>{t("weightsPage.presetsIntro")}</Paragraph> : null}
        <ul className="stack plain-list">
          {PRESET_NAMES.map((p) => (
            <li key={p}>
              <strong>{t(`presets.${p}.label`)}</strong> {preset === p ? <Tag data-color="success">{t("weightsPage.presetInUse")}</Tag> : null}
              <Paragraph data-size="sm">{t(`presets.${p}.definition`)}</Paragraph>
              {canChoose && preset !== p ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="preset" />
                  <input type="hidden" name="preset" value={p} />
                  <Button type="submit" variant="secondary" data-size="sm">
                    {t("weightsPage.usePreset", { preset: t(`presets.${p}.label`) })}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
        {canChoose && preset ? (
          <Form method="post">
            <input type="hidden" name="intent" value="stakeholders" />
            <Button type="submit">{t("weightsPage.useStakeholders")}</Button>
          </Form>
        ) : null}
      </section>
    </div>
  );
}
