// One survey: its state, what can be done next (edit, preview, publish, invite, import,
// read results, close) and what stands in the way of publishing.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { SurveyLinkButton } from "~/components/survey-link-button";
import { SurveyIssues } from "~/components/survey-issues";
import { LOCALES, isLocale } from "~/domain/ids";
import { validateTemplate } from "~/domain/surveys/validate-template";
import { nextVersionOf } from "~/db/surveys.server";
import { countInvitations } from "~/db/surveys-invitations.server";
import { countSubmitted } from "~/db/surveys-responses.server";
import { isSurveyError } from "~/services/surveys/errors";
import { field, requestLocale, requireSurveyAccess } from "~/services/surveys/route-helpers.server";
import { closeSurvey, newVersion, publishSurvey, setDefaultLocale } from "~/services/surveys/surveys.server";
import { checkErasable, eraseByToken, tokenFrom } from "~/services/surveys/erase.server";
import { audit } from "~/db/audit.server";
import { RadioGroupField, TextField } from "~/components/fields";

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
    erased: new URL(request.url).searchParams.has("erased"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.survey.title ?? ""} – Vägval` }];

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, municipality, survey } = await requireSurveyAccess(request, params);
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
      case "erase_check": {
        // Step one only looks: the group sees that the link has answers before erasing them.
        const link = field(form, "link");
        const found = await checkErasable({ token: tokenFrom(link), municipalityId: municipality.id });
        return data({ erase: { kind: found.kind, link } }, { status: found.kind === "found" ? 200 : 400 });
      }
      case "erase": {
        const erased = await eraseByToken({ token: tokenFrom(field(form, "link")), municipalityId: municipality.id });
        if (erased.kind !== "found") return data({ erase: { kind: erased.kind, link: "" } }, { status: 400 });
        // The token is never written down: the audit says which survey, not which link.
        await audit({ userId: user.id, municipalityId: municipality.id, action: "survey.response_erased", target: `survey:${erased.surveyId}` });
        return redirect(`${base}/${survey.id}?erased=1`);
      }
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
  const { slug, survey, issues, responses, invitations, nextId, erased } = useLoaderData<typeof loader>();
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
      <div className="inline-row">
        <Tag data-color={survey.status === "published" ? "success" : survey.status === "closed" ? "neutral" : "warning"}>{t(`status.${survey.status}`)}</Tag>
        <span>{t("overview.version", { version: survey.version })}</span>
        <span>{t("overview.defaultLanguage", { language: t(`common:languages.${survey.defaultLocale}`) })}</span>
      </div>
      <Paragraph>{t(`overview.about_${survey.status}`)}</Paragraph>
      {erased ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("erase.done")}</Paragraph>
        </Alert>
      ) : null}
      {result && "flow" in result && result.flow ? (
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
      <div className="inline-row">
        {survey.status === "draft" ? link("edit", t("overview.edit"), true) : null}
        {link("preview", t("overview.preview"))}
        {survey.status === "published" ? link("invitations", t("overview.invitationsLink"), true) : null}
        {survey.status === "published" ? (
          <SurveyLinkButton to={`/m/${slug}/mail/${survey.id}`} variant="secondary">
            {t("ops:page.title")}
          </SurveyLinkButton>
        ) : null}
        {survey.status === "published" ? link("import", t("overview.import")) : null}
        {survey.status !== "draft" ? link("results", t("overview.results")) : null}
      </div>
      <div className="inline-row">
        {survey.status === "draft" && issues.length === 0 ? intentButton("publish", t("overview.publish"), "primary") : null}
        {survey.status === "published" ? intentButton("new_version", t("overview.newVersion")) : null}
        {survey.status === "published" ? intentButton("close", t("overview.close")) : null}
      </div>
      {survey.status === "draft" ? (
        <Form method="post" className="stack narrow">
          <input type="hidden" name="intent" value="language" />
          <RadioGroupField
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
      {survey.status !== "draft" ? <EraseResponse erase={result && "erase" in result ? result.erase : undefined} /> : null}
    </div>
  );
}

/** The project group erases one respondent's answers with the link the respondent sent them. */
function EraseResponse({ erase }: { erase?: { kind: string; link: string } }) {
  const { t } = useTranslation("survey");
  const found = erase?.kind === "found";
  return (
    <section aria-labelledby="erase-response" className="stack narrow">
      <Heading level={3} data-size="sm" id="erase-response">
        {t("erase.title")}
      </Heading>
      <Paragraph>{t("erase.help")}</Paragraph>
      {found ? (
        <Form method="post" className="stack">
          <Alert data-color="warning">
            <Paragraph>{t("erase.confirmText")}</Paragraph>
          </Alert>
          <input type="hidden" name="link" value={erase.link} />
          <div className="form-actions">
            <Button type="submit" name="intent" value="erase" data-color="danger">
              {t("erase.confirm")}
            </Button>
            <SurveyLinkButton to="?">{t("erase.cancel")}</SurveyLinkButton>
          </div>
        </Form>
      ) : (
        <Form method="post" className="stack" noValidate>
          <TextField
            id="link"
            label={t("erase.link")}
            description={t("erase.linkHelp")}
            autoComplete="off"
            defaultValue={erase?.link ?? ""}
            error={erase ? t(`erase.${erase.kind === "nothing" ? "nothing" : "notFound"}`) : undefined}
          />
          <div>
            <Button type="submit" name="intent" value="erase_check" variant="secondary">
              {t("erase.check")}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
