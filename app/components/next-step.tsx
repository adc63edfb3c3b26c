import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { Step } from "~/domain/report/home";
import { LinkButton } from "./link-button";
import { stepHref } from "./report-steps";

// The assessment home's guide: the step to take now, with a button for it, and the
// recommendation as it stands (it exists from the start, on the pre-study's starting values).
export function NextStep({ slug, step }: { slug: string; step: Step | undefined }) {
  const { t } = useTranslation("report");
  return (
    <Card data-color="accent" className="next-step stack">
      <Heading level={2} data-size="sm" id="next-step">
        {step ? t("home.next.heading", { step: t(`home.steps.${step.key}.title`) }) : t("home.next.doneHeading")}
      </Heading>
      <Paragraph>{step ? t(`home.next.why.${step.key}`) : t("home.next.doneText")}</Paragraph>
      <div className="form-actions">
        {step ? <LinkButton to={stepHref(slug, step.key)}>{t("home.act", { step: t(`home.steps.${step.key}.title`) })}</LinkButton> : null}
        <LinkButton to={`/m/${slug}/decision`} variant={step ? "secondary" : "primary"}>
          {t("home.next.seeRecommendation")}
        </LinkButton>
      </div>
      {step ? <Paragraph data-size="sm">{t("home.next.recommendationSoFar")}</Paragraph> : null}
    </Card>
  );
}
