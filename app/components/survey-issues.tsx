import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { Issue } from "~/domain/surveys/template";

/** validateTemplate's issues, translated (what stands in the way of publishing). */
export function SurveyIssues({ issues }: { issues: Issue[] }) {
  const { t } = useTranslation("survey");
  if (issues.length === 0) return null;
  return (
    <Alert data-color="warning">
      <Heading level={3} data-size="xs">
        {t("editor.issuesTitle", { count: issues.length })}
      </Heading>
      <ul>
        {issues.map((i, n) => (
          <li key={n}>
            <Paragraph data-size="sm">{t(`template_issues.${i.code}`, { ...i.params, locale: typeof i.params.locale === "string" ? t(`common:languages.${i.params.locale}`) : i.params.locale })}</Paragraph>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
