import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The top of a survey's sub-page (import, invitations, preview): back to the survey, then the title. */
export function SurveySubpageHeading({ slug, id, title }: { slug: string; id: number | string; title: string }) {
  const { t } = useTranslation("survey");
  return (
    <>
      <Paragraph>
        <Link to={`/m/${slug}/surveys/${id}`}>{t("editor.back")}</Link>
      </Paragraph>
      <Heading level={2} data-size="md">
        {title}
      </Heading>
    </>
  );
}
