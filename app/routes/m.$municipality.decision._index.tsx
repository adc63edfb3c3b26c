import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { recommendation } from "~/domain/decision";
import { i18next } from "~/i18n/i18next.server";
import { canEdit, requireMembership } from "~/services/auth.server";
import { recommendFor } from "~/services/decision/recommend.server";
import { DecisionRankingTable } from "~/components/decision-ranking-table";
import { WeightSourceText } from "~/components/decision-weight-source";
import { evidencePage } from "~/components/evidence-pages";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireMembership(request, params.municipality);
  const { municipality } = access;
  const result = await recommendFor({ municipalityId: municipality.id });
  const t = await i18next.getFixedT(request, "decision");
  const text = recommendation(result, (key, options) => t(key, options as Record<string, unknown>));
  return { ranking: result.ranking, weightSource: result.weightSource, missingSources: result.missingSources, recommendation: text, slug: municipality.slug, canAct: canEdit(access) };
}

export default function DecisionRanking() {
  const { ranking, weightSource, missingSources, recommendation: text, slug, canAct } = useLoaderData<typeof loader>();
  const { t } = useTranslation("decision");
  return (
    <div className="stack">
      {missingSources.length > 0 ? (
        <Alert data-color="warning" data-testid="missing-sources">
          <Heading level={3} data-size="xs">
            {t("ranking.missingHeading")}
          </Heading>
          <Paragraph>{t("ranking.missingBody", { sources: missingSources.map((s) => t(`sources.${s}`)).join(", ") })}</Paragraph>
          {canAct ? (
            <>
              <Paragraph>{t("ranking.addSource.intro")}</Paragraph>
              <ul>
                {missingSources.map((s) => (
                  <li key={s}>
                    <Link to={evidencePage(slug, s)}>{t(`ranking.addSource.${s}`)}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Alert>
      ) : null}
      <section aria-labelledby="recommendation" className="stack">
        <Heading level={3} data-size="md" id="recommendation">
          {t("ranking.recommendation")}
        </Heading>
        <div className="stack" data-testid="recommendation">
          {text.paragraphs.map((p) => (
            <Paragraph key={p}>{p}</Paragraph>
          ))}
        </div>
      </section>
      <section aria-labelledby="ranking" className="stack">
        <Heading level={3} data-size="md" id="ranking">
          {t("ranking.heading")}
        </Heading>
        <WeightSourceText source={weightSource} />
        <DecisionRankingTable ranking={ranking} caption={t("ranking.caption")} id="ranking-table" />
      </section>
    </div>
  );
}
