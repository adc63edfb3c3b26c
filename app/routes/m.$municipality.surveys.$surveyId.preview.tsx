// Preview of a survey in any of its languages, every page at once, as respondents see it.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { SurveyQuestion } from "~/components/survey-question";
import { LOCALES, isLocale } from "~/domain/ids";
import { requestLocale, requireSurveyAccess } from "~/services/surveys/route-helpers.server";
import { SurveySubpageHeading } from "~/components/survey-subpage-heading";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality, survey } = await requireSurveyAccess(request, params);
  const asked = new URL(request.url).searchParams.get("in");
  const previewLocale = isLocale(asked) ? asked : survey.defaultLocale;
  const locale = await requestLocale(request);
  return { slug: municipality.slug, id: survey.id, title: survey.definition.title[locale], definition: survey.definition, previewLocale };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export default function SurveyPreview() {
  const { slug, id, definition, previewLocale } = useLoaderData<typeof loader>();
  const { t } = useTranslation("survey");
  const l = previewLocale;
  return (
    <div className="stack">
      <SurveySubpageHeading slug={slug} id={id} title={t("preview.title")} />
      <nav aria-label={t("preview.languages")}>
        <ul className="inline-row inline-row--loose plain-list">
          {LOCALES.map((x) => (
            <li key={x}>
              <Link to={`?in=${x}`} lang={x} aria-current={x === l ? "page" : undefined}>
                {t(`common:languages.${x}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Paragraph className="muted">{t("preview.note")}</Paragraph>
      <div lang={l} className="stack narrow">
        <Heading level={3} data-size="sm">
          {definition.title[l]}
        </Heading>
        <Paragraph>{definition.intro[l]}</Paragraph>
        {definition.sections.map((s, i) => (
          <Card key={s.key} data-color="neutral">
            <div className="stack">
              <Heading level={4} data-size="xs">
                {t("preview.page", { page: i + 1, total: definition.sections.length })}: {s.title[l]}
              </Heading>
              {s.questions.map((q) => (
                <SurveyQuestion key={q.code} question={q} locale={l} values={{}} disabled />
              ))}
            </div>
          </Card>
        ))}
      </div>
    </div>
  );
}
