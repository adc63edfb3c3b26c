import { ErrorSummary } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

/** Lists a form's errors at the top, each linking to its field (ids equal field names); `params` fill in their values. */
export function FormErrorSummary({ errors, params }: { errors: Record<string, string | undefined>; params?: Record<string, string | number> }) {
  const { t } = useTranslation();
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (entries.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t("login.errorSummary")}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {entries.map(([field, message]) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link href={`#${field}`}>{t(message, params)}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
