import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { CRITERIA, SUPPORT_MODELS } from "~/domain/ids";
import { formatNumber, formatPercent } from "~/i18n/format";
import { requireMembership } from "~/services/auth.server";
import { recommendFor } from "~/services/decision/recommend.server";
import { useDecisionLocale } from "~/components/decision-text";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality);
  const result = await recommendFor({ municipalityId: municipality.id });
  // Only values and whether a cell is overridden: the evidence is one click away.
  const cells = Object.fromEntries(
    SUPPORT_MODELS.map((m) => [m, Object.fromEntries(CRITERIA.map((c) => [c, { value: result.scores[m][c].value, overridden: result.scores[m][c].evidence[0]?.source === "override" }]))]),
  ) as Record<(typeof SUPPORT_MODELS)[number], Record<(typeof CRITERIA)[number], { value: number; overridden: boolean }>>;
  const totals = Object.fromEntries(result.ranking.map((r) => [r.model, r.score]));
  return { slug: municipality.slug, cells, weights: result.weights, totals };
}

export default function DecisionMatrix() {
  const { slug, cells, weights, totals } = useLoaderData<typeof loader>();
  const { t } = useTranslation("decision");
  const locale = useDecisionLocale();
  return (
    <div className="stack">
      <Paragraph>{t("matrix.intro")}</Paragraph>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t("matrix.caption")}>
        <Table zebra data-testid="decision-matrix">
          <caption>{t("matrix.caption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("labels.criterion")}</Table.HeaderCell>
              <Table.HeaderCell>{t("labels.weight")}</Table.HeaderCell>
              {SUPPORT_MODELS.map((m) => (
                <Table.HeaderCell key={m}>{t(`models.${m}.label`)}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {CRITERIA.map((c) => (
              <Table.Row key={c}>
                <Table.HeaderCell scope="row">{t(`criteria.${c}.label`)}</Table.HeaderCell>
                <Table.Cell>{formatPercent(locale, weights[c], 1)}</Table.Cell>
                {SUPPORT_MODELS.map((m) => {
                  const cell = cells[m][c];
                  const score = formatNumber(locale, cell.value, 1);
                  return (
                    <Table.Cell key={m}>
                      <Link
                        to={`/m/${slug}/decision/score/${m}/${c}`}
                        aria-label={t("matrix.openEvidence", { score, model: t(`models.${m}.label`), criterion: t(`criteria.${c}.label`) })}
                      >
                        {score}
                      </Link>
                      {cell.overridden ? (
                        <>
                          {" "}
                          <Tag data-color="warning" data-size="sm">
                            {t("matrix.overridden")}
                          </Tag>
                        </>
                      ) : null}
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t("labels.score")}</Table.HeaderCell>
              <Table.Cell>{formatPercent(locale, 1, 0)}</Table.Cell>
              {SUPPORT_MODELS.map((m) => (
                <Table.Cell key={m}>
                  <strong>{formatNumber(locale, totals[m] ?? 0, 1)}</strong>
                </Table.Cell>
              ))}
            </Table.Row>
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}
