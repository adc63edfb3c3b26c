// One survey: its state, what can be done next (edit, preview, publish, invite, import,
// read results, close) and what stands in the way of publishing.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { SurveyLinkButton } from "~/components/survey-link-button";
import { SurveyIssues } from "~/components/survey-issues";
import { SurveyRadios } from "~/components/survey-radios";
import { LOCALES, isLocale } from "~/domain/ids";
import { validateTemplate } from "~/domain/surveys/validate-template";
import { nextVersionOf } from "~/db/surveys.server";
import { countInvitations } from "~/db/surveys-invitations.server";
import { countSubmitted } from "~/db/surveys-responses.server";
import { isSurveyError } from "~/services/surveys/errors";
import { field, requestLocale, requireSurveyAccess } from "~/services/surveys/route-helpers.server";
import { closeSurvey, newVersion, publishSurvey, setDefaultLocale } from "~/services/surveys/surveys.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality, survey } = await requireSurveyAccess(request, params);
  const locale = await requestLocale(request);
  const ids = { municipalityId: municipality.id, surveyId: survey.id };
  const [responses, invitations, nextId] = await Promise.all([countSubmitted(ids), countInvitations(ids), nextVersionOf({ municipalityId: municipality.id, id: survey.id })]);
  return {
    slug: municipality.slug,
    survey: { id: survey.id, title: survey.definition.title[locale], status: survey.status, version: survey.version, previousId: survey.previousId, defaultLocale: survey.defaultLocale },
    issues: survey.status === "draft" ? validateTemplate(survey.definition) : [],
    responses,
    invitations,
    nextId: nextId ?? null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.survey.title ?? ""} – Vägval` }];

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipality, survey } = await requireSurveyAccess(request, params);
  const form = await request.formData();
  const ids = { municipalityId: municipality.id, surveyId: survey.id };
  const base = `/m/${municipality.slug}/surveys`;
  try {
    switch (field(form, "intent")) {
      case "publish":
        await publishSurvey(ids);
        return redirect(`${base}/${survey.id}`);
      case "close":
        await closeSurvey(ids);
        return redirect(`${base}/${survey.id}`);
      case "new_version":
        return redirect(`${base}/${await newVersion(ids)}/edit`);
      case "language": {
        const locale = field(form, "locale");
        if (isLocale(locale)) await setDefaultLocale({ ...ids, locale });
        return redirect(`${base}/${survey.id}`);
      }
      default:
        return redirect(`${base}/${survey.id}`);
    }
  } catch (e) {
    if (isSurveyError(e)) return data({ flow: e.code }, { status: 400 });
    throw e;
  }
}

export default function SurveyOverview() {
  const { slug, survey, issues, responses, invitations, nextId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("survey");
  const base = `/m/${slug}/surveys/${survey.id}`;
  const link = (to: string, label: string, primary = false) => (
    <SurveyLinkButton to={`${base}/${to}`} variant={primary ? "primary" : "secondary"}>
      {label}
    </SurveyLinkButton>
  );
  const intentButton = (intent: string, label: string, variant: "primary" | "secondary" = "secondary") => (
    <Form method="post">
      <Button type="submit" name="intent" value={intent} variant={variant}>
        {label}
      </Button>
    </Form>
  );
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/m/${slug}/surveys`}>{t("overview.back")}</Link>
      </Paragraph>
      <Heading level={2} data-size="md">
        {survey.title}
      </Heading>
      <div style={{ display: "flex", gap: "var(--ds-size-3)", flexWrap: "wrap", alignItems: "center" }}>
        <Tag data-color={survey.status === "published" ? "success" : survey.status === "closed" ? "neutral" : "warning"}>{t(`status.${survey.status}`)}</Tag>
        <span>{t("overview.version", { version: survey.version })}</span>
        <span>{t("overview.defaultLanguage", { language: t(`common:languages.${survey.defaultLocale}`) })}</span>
      </div>
      <Paragraph>{t(`overview.about_${survey.status}`)}</Paragraph>
      {result?.flow ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`flow_errors.${result.flow}`)}</Paragraph>
        </Alert>
      ) : null}
      {nextId ? (
        <Paragraph>
          <Link to={`/m/${slug}/surveys/${nextId}`}>{t("overview.nextVersion")}</Link>
        </Paragraph>
      ) : null}
      {survey.status !== "draft" ? (
        <Paragraph>
          {t("overview.responses", { count: responses })} {t("overview.invitations", { count: invitations.total, submitted: invitations.submitted })}
        </Paragraph>
      ) : null}
      <SurveyIssues issues={issues} />
      <div style={{ display: "flex", gap: "var(--ds-size-3)", flexWrap: "wrap" }}>
        {survey.status === "draft" ? link("edit", t("overview.edit"), true) : null}
        {link("preview", t("overview.preview"))}
        {survey.status === "published" ? link("invitations", t("overview.invitationsLink"), true) : null}
        {survey.status === "published" ? link("import", t("overview.import")) : null}
        {survey.status !== "draft" ? link("results", t("overview.results")) : null}
      </div>
      <div style={{ display: "flex", gap: "var(--ds-size-3)", flexWrap: "wrap" }}>
        {survey.status === "draft" && issues.length === 0 ? intentButton("publish", t("overview.publish"), "primary") : null}
        {survey.status === "published" ? intentButton("new_version", t("overview.newVersion")) : null}
        {survey.status === "published" ? intentButton("close", t("overview.close")) : null}
      </div>
      {survey.status === "draft" ? (
        <Form method="post" className="stack narrow">
          <input type="hidden" name="intent" value="language" />
          <SurveyRadios
            id="locale"
            name="locale"
            legend={t("create.language")}
            description={t("create.languageHelp")}
            defaultValue={survey.defaultLocale}
            options={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{t(`common:languages.${l}`)}</span> }))}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t("overview.saveLanguage")}
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
