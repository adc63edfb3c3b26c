// Results of a survey: per question counts and shares, mean and median, free texts without
// respondent identifiers; anything built on fewer answers than the minimum group is withheld.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { SurveyQuestionResult } from "~/components/survey-results";
import { allQuestions } from "~/domain/surveys/template";
import { requestLocale, requireSurveyAccess } from "~/services/surveys/route-helpers.server";
import { surveyResults } from "~/services/surveys/results.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality, survey, role } = await requireSurveyAccess(request, params, "decision");
  const locale = await requestLocale(request);
  const results = await surveyResults({ municipalityId: municipality.id, surveyId: survey.id, locale });
  if (!results) throw new Response("Not found", { status: 404 });
  const texts = Object.fromEntries(allQuestions(survey.definition).map((q) => [q.code, q.text[locale]]));
  const erasedOn = results.erasedAt ? new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(results.erasedAt)) : null;
  return { slug: municipality.slug, id: survey.id, title: survey.definition.title[locale], locale, results: { responses: results.responses, minGroupSize: results.minGroupSize, questions: results.questions }, texts, editor: role !== "decision", erasedOn };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export default function SurveyResultsPage() {
  const { slug, id, title, locale, results, texts, editor, erasedOn } = useLoaderData<typeof loader>();
  const { t } = useTranslation("survey");
  return (
    <div className="stack">
      {editor ? (
        <Paragraph>
          <Link to={`/m/${slug}/surveys/${id}`}>{t("editor.back")}</Link>
        </Paragraph>
      ) : null}
      <Heading level={2} data-size="md">
        {t("resultsPage.title", { title })}
      </Heading>
      {erasedOn ? (
        <Alert data-color="info">
          <Paragraph>{t("retention.note", { date: erasedOn })}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>
        {t("resultsPage.responses", { count: results.responses })} {t("resultsPage.minGroup", { min: results.minGroupSize })}
      </Paragraph>
      <Paragraph>
        <a href={`/m/${slug}/surveys/${id}/results.csv`} download>
          {t("resultsPage.download")}
        </a>
      </Paragraph>
      {results.responses === 0 ? <Paragraph>{t("resultsPage.none")}</Paragraph> : null}
      <div className="stack">
        {results.questions.map((r) => (
          <SurveyQuestionResult key={r.code} r={r} text={texts[r.code] ?? r.code} locale={locale} minGroupSize={results.minGroupSize} />
        ))}
      </div>
    </div>
  );
}
