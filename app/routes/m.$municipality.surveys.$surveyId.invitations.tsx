// Respondent links: make N personal links (shown once: only their hashes are kept), as a
// list or a CSV for mail merge; counts of used and submitted links (never who answered
// what); and an optional shared link.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/fields";
import { countInvitations } from "~/db/surveys-invitations.server";
import { isSurveyError } from "~/services/surveys/errors";
import { MAX_INVITATIONS, createInvitations, linkPath, setOpenLink } from "~/services/surveys/invitations.server";
import { field, requestLocale, requireSurveyAccess } from "~/services/surveys/route-helpers.server";
import { SurveySubpageHeading } from "~/components/survey-subpage-heading";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality, survey } = await requireSurveyAccess(request, params);
  const locale = await requestLocale(request);
  const counts = await countInvitations({ municipalityId: municipality.id, surveyId: survey.id });
  return {
    slug: municipality.slug,
    id: survey.id,
    title: survey.definition.title[locale],
    status: survey.status,
    counts,
    openLink: survey.openToken ? linkPath(survey.openToken) : null,
    origin: new URL(request.url).origin,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipality, survey } = await requireSurveyAccess(request, params);
  const form = await request.formData();
  const ids = { municipalityId: municipality.id, surveyId: survey.id };
  const intent = field(form, "intent");
  try {
    if (intent === "open_on" || intent === "open_off") {
      await setOpenLink({ ...ids, on: intent === "open_on" });
      return { links: [] as string[], countError: false, typed: "" };
    }
    const typed = field(form, "count");
    const count = Number(typed);
    if (!Number.isInteger(count) || count < 1 || count > MAX_INVITATIONS) return data({ links: [] as string[], countError: true, typed }, { status: 400 });
    return { links: await createInvitations({ ...ids, count }), countError: false, typed };
  } catch (e) {
    if (isSurveyError(e) && e.code === "not_published") return data({ links: [] as string[], countError: false, typed: "" }, { status: 400 });
    throw e;
  }
}

export default function Invitations() {
  const { slug, id, status, counts, openLink, origin } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("survey");
  const published = status === "published";
  return (
    <div className="stack">
      <SurveySubpageHeading slug={slug} id={id} title={t("invitations.title")} />
      <div className="table-wrap">
        <Table>
          <caption>{t("invitations.countsCaption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("invitations.total")}</Table.HeaderCell>
              <Table.HeaderCell>{t("invitations.unused")}</Table.HeaderCell>
              <Table.HeaderCell>{t("invitations.started")}</Table.HeaderCell>
              <Table.HeaderCell>{t("invitations.submitted")}</Table.HeaderCell>
              <Table.HeaderCell>{t("invitations.viaOpenLink")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            <Table.Row>
              <Table.Cell>{counts.total}</Table.Cell>
              <Table.Cell>{counts.unused}</Table.Cell>
              <Table.Cell>{counts.started}</Table.Cell>
              <Table.Cell>{counts.submitted}</Table.Cell>
              <Table.Cell>{counts.viaOpenLink}</Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      </div>
      <Paragraph className="muted">{t("invitations.privacy")}</Paragraph>
      {!published ? (
        <Alert data-color="warning">
          <Paragraph>{t("flow_errors.not_published")}</Paragraph>
        </Alert>
      ) : (
        <>
          <section aria-labelledby="make-links" className="stack narrow">
            <Heading level={3} data-size="sm" id="make-links">
              {t("invitations.makeTitle")}
            </Heading>
            <Paragraph>{t("invitations.onceOnly")}</Paragraph>
            <Form method="post" className="stack" noValidate>
              <TextField
                id="count"
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_INVITATIONS}
                label={t("invitations.count")}
                defaultValue={result?.typed || "10"}
                error={result?.countError ? t("flow_errors.bad_count", { max: MAX_INVITATIONS }) : undefined}
              />
              <div className="inline-row">
                <Button type="submit" name="intent" value="show">
                  {t("invitations.create")}
                </Button>
                <Button type="submit" variant="secondary" formAction={`/m/${slug}/surveys/${id}/links.csv`} formMethod="post" formEncType="application/x-www-form-urlencoded">
                  {t("invitations.createCsv")}
                </Button>
              </div>
            </Form>
          </section>
          {result && result.links.length > 0 ? (
            <section aria-labelledby="new-links" className="stack">
              <Heading level={3} data-size="sm" id="new-links">
                {t("invitations.created", { count: result.links.length })}
              </Heading>
              <ol className="survey-links">
                {result.links.map((l) => (
                  <li key={l}>
                    <a href={l}>{`${origin}${l}`}</a>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <section aria-labelledby="open-link" className="stack narrow">
            <Heading level={3} data-size="sm" id="open-link">
              {t("invitations.openTitle")}
            </Heading>
            <Paragraph>{t("invitations.openText")}</Paragraph>
            {openLink ? (
              <Paragraph>
                <a href={openLink}>{`${origin}${openLink}`}</a>
              </Paragraph>
            ) : null}
            <Form method="post">
              <Button type="submit" name="intent" value={openLink ? "open_off" : "open_on"} variant="secondary">
                {t(openLink ? "invitations.openOff" : "invitations.openOn")}
              </Button>
            </Form>
          </section>
        </>
      )}
    </div>
  );
}
