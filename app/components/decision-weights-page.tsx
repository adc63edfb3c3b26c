import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Button, ErrorSummary, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { PRESET_NAMES } from "~/domain/decision";
import type { weightsFormAction, weightsFormLoader } from "~/services/decision/weights-form.server";
import { TextField } from "./fields";
import { DecisionLiveRanking } from "./decision-live-ranking";
import { DecisionRankingTable } from "./decision-ranking-table";
import { PairwiseFields, PointsFields, RankFields, WeightCheck } from "./decision-weight-fields";
import { HelpText } from "./help-text";

const FORM_ID = "weights-form";

/** One of the three weight forms, with the live ranking (JS) and the preview ranking (no JS). */
export function DecisionWeightsPage() {
  const { slug, method, values: stored, stakeholder, live, current } = useLoaderData<typeof weightsFormLoader>();
  const result = useActionData<typeof weightsFormAction>();
  const navigation = useNavigation();
  const { t } = useTranslation("decision");
  const values = result?.values ?? stored;
  const errors: Record<string, string> = result?.errors ?? {};
  const Fields = method === "points" ? PointsFields : method === "pairwise" ? PairwiseFields : RankFields;
  const errorEntries = Object.entries(errors);
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t(`weights.methods.${method}.label`)}
      </Heading>
      <Paragraph>{t(`weights.methods.${method}.definition`)}</Paragraph>
      {method === "pairwise" ? (
        <>
          <Paragraph data-size="sm">{t("weightsPage.pairwiseIntro")}</Paragraph>
          <HelpText concept="pairwise" />
        </>
      ) : null}
      {method === "ranks" ? <Paragraph data-size="sm">{t("weightsPage.rankHelp")}</Paragraph> : null}
      {method === "points" ? (
        <ul className="no-print">
          {PRESET_NAMES.map((p) => (
            <li key={p}>
              <Link to={`/m/${slug}/decision/weights/points?preset=${p}`} reloadDocument>
                {t("weightsPage.startFrom", { preset: t(`presets.${p}.label`) })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {errorEntries.length > 0 ? (
        <ErrorSummary>
          <ErrorSummary.Heading>{t("errors.summary")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {errorEntries.map(([field, code]) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link href={field === "_form" ? `#${FORM_ID}` : `#${field}`}>{t(`errors.${code}`)}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      ) : null}
      <div className="decision-weights-layout">
        <Form method="post" id={FORM_ID} className="stack decision-weights-form" noValidate>
          <TextField
            id="stakeholder"
            label={t("weightsPage.stakeholderLabel")}
            description={t("weightsPage.stakeholderHelp")}
            defaultValue={values.stakeholder ?? stakeholder}
            autoComplete="organization-title"
            error={errors.stakeholder ? t(`errors.${errors.stakeholder}`) : undefined}
          />
          <Fields values={values} errors={errors} />
          {result?.check ? <WeightCheck check={result.check} /> : null}
          <div className="form-actions">
            <Button type="submit" name="intent" value="preview" variant="secondary" aria-disabled={navigation.state === "submitting"}>
              {t("weightsPage.preview")}
            </Button>
            <Button type="submit" name="intent" value="save" aria-disabled={navigation.state === "submitting"}>
              {t("weightsPage.save")}
            </Button>
          </div>
        </Form>
        <div className="stack decision-weights-side">
          <DecisionLiveRanking formId={FORM_ID} method={method} scores={live.scores} simulation={live.simulation} />
          {result?.preview ? (
            <section aria-labelledby="preview-ranking" className="stack" data-testid="preview-ranking">
              <Heading level={2} data-size="sm" id="preview-ranking">
                {t("weightsPage.previewHeading")}
              </Heading>
              <DecisionRankingTable ranking={result.preview.ranking} caption={t("weightsPage.previewHeading")} />
            </section>
          ) : null}
          <DecisionRankingTable ranking={current.ranking} caption={t("weightsPage.currentRanking")} />
        </div>
      </div>
    </div>
  );
}
