import { ErrorSummary } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { questionFieldId } from "./survey-question";

/** Lists a survey page's errors (already translated), each linking to its question. */
export function SurveyErrorSummary({ errors, order, texts }: { errors: Record<string, string>; order: string[]; texts: Record<string, string> }) {
  const { t } = useTranslation("survey");
  const codes = order.filter((code) => errors[code]);
  if (codes.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t("respond.errorSummary")}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {codes.map((code) => (
          <ErrorSummary.Item key={code}>
            <ErrorSummary.Link href={`#${questionFieldId(code)}`}>{`${texts[code] ?? code} ${errors[code]}`}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
