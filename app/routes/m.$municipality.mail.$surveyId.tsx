// E-mail invitations for one survey: paste addresses, set the reminder plan, watch the queue.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, Field, Heading, Label, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { RadioGroupField, TextAreaField, TextField } from "~/components/fields";
import { LOCALES, isLocale } from "~/domain/ids";
import { i18next } from "~/i18n/i18next.server";
import { countRecipients, getMailSettings, saveMailSettings } from "~/db/mail-recipients.server";
import { MAIL_STATUSES, outboxCounts, problemMails, requeueMail, type QueueCounts } from "~/db/mail-outbox.server";
import { field, requestLocale, requireSurveyAccess } from "~/services/surveys/route-helpers.server";
import { isSurveyError } from "~/services/surveys/errors";
import { addRecipients, type AddRecipientsResult } from "~/services/mail/recipients.server";
import { MAX_RECIPIENTS, parseReminderDays } from "~/services/mail/parse-recipients";
import { mailConfigured } from "~/services/mail/transport.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality, survey } = await requireSurveyAccess(request, params, "project");
  const locale = await requestLocale(request);
  const t = await i18next.getFixedT(request, "ops");
  const ids = { municipalityId: municipality.id, surveyId: survey.id };
  const [settings, counts, recipients, problems] = await Promise.all([getMailSettings(ids), outboxCounts(ids), countRecipients(ids), problemMails(ids)]);
  return {
    title: t("page.title"),
    slug: municipality.slug,
    survey: { id: survey.id, title: survey.definition.title[locale], version: survey.version, status: survey.status, defaultLocale: survey.defaultLocale },
    settings,
    counts,
    recipients,
    problems: problems.map((p) => ({ id: p.id, recipient: p.recipient, status: p.status, error: p.lastError })),
    configured: mailConfigured(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

type ActionData =
  | { intent: "add"; text: string; result?: AddRecipientsResult; error?: "empty" | "not_published" }
  | { intent: "settings"; days: string; error?: "days"; saved?: boolean };

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipality, survey, user } = await requireSurveyAccess(request, params, "project");
  const form = await request.formData();
  const ids = { municipalityId: municipality.id, surveyId: survey.id };
  const here = `/m/${municipality.slug}/mail/${survey.id}`;
  switch (field(form, "intent")) {
    case "add": {
      const text = String(form.get("addresses") ?? "");
      const locale = field(form, "locale");
      if (!text.trim()) return data<ActionData>({ intent: "add", text, error: "empty" }, { status: 400 });
      try {
        const result = await addRecipients({ ...ids, userId: user.id, text, defaultLocale: isLocale(locale) ? locale : survey.defaultLocale });
        const bad = result.invalid.length > 0 || result.tooMany;
        return data<ActionData>({ intent: "add", text: bad ? text : "", result }, { status: bad ? 400 : 200 });
      } catch (e) {
        if (isSurveyError(e) && e.code === "not_published") return data<ActionData>({ intent: "add", text, error: "not_published" }, { status: 400 });
        throw e;
      }
    }
    case "settings": {
      const days = field(form, "days");
      const parsed = parseReminderDays(days);
      if (!parsed) return data<ActionData>({ intent: "settings", days, error: "days" }, { status: 400 });
      await saveMailSettings({ ...ids, settings: { reminderDays: parsed, keepAddresses: form.get("keep") === "on" } });
      return data<ActionData>({ intent: "settings", days, saved: true });
    }
    case "retry": {
      await requeueMail({ id: Number(field(form, "id")), municipalityId: municipality.id, now: new Date() });
      return redirect(here);
    }
    default:
      return redirect(here);
  }
}

export default function SurveyMail() {
  const { slug, survey, settings, counts, recipients, problems, configured } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionData | undefined;
  const { t } = useTranslation("ops");
  const { t: tCommon } = useTranslation("common");
  const add = result?.intent === "add" ? result : undefined;
  const saving = result?.intent === "settings" ? result : undefined;
  const addError = add?.error ? t(add.error === "empty" ? "page.result.empty" : "page.notPublished") : add?.result?.invalid.length ? t("page.result.invalid", { list: add.result.invalid.join(", ") }) : add?.result?.tooMany ? t("page.result.tooMany", { max: MAX_RECIPIENTS }) : undefined;
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("page.title")}
      </Heading>
      <Paragraph>{t("page.survey", { title: survey.title, version: survey.version })}</Paragraph>
      <Paragraph>{t("page.intro")}</Paragraph>
      <Paragraph>
        <Link to={`/m/${slug}/surveys/${survey.id}`}>{t("page.back")}</Link>
      </Paragraph>
      {!configured ? (
        <Alert data-color="warning">
          <Paragraph>{t("page.notConfigured")}</Paragraph>
        </Alert>
      ) : null}
      {add?.result && !addError ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("page.result.added", { count: add.result.added })}</Paragraph>
          {add.result.alreadyInvited ? <Paragraph>{t("page.result.alreadyInvited", { count: add.result.alreadyInvited })}</Paragraph> : null}
          {add.result.duplicates ? <Paragraph>{t("page.result.duplicates", { count: add.result.duplicates })}</Paragraph> : null}
        </Alert>
      ) : null}

      <section aria-labelledby="mail-queue" className="stack">
        <Heading level={3} data-size="sm" id="mail-queue">
          {t("page.status.title")}
        </Heading>
        <Paragraph>{t("page.status.recipients", { count: recipients })}</Paragraph>
        <MailQueueTable counts={counts} />
        <MailProblems problems={problems} />
      </section>

      <section aria-labelledby="mail-add" className="stack">
        <Heading level={3} data-size="sm" id="mail-add">
          {t("page.add.title")}
        </Heading>
        {survey.status !== "published" ? (
          <Alert data-color="info">
            <Paragraph>{t("page.notPublished")}</Paragraph>
          </Alert>
        ) : (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="add" />
            <TextAreaField id="addresses" label={t("page.add.label")} description={t("page.add.description")} rows={8} defaultValue={add?.text ?? ""} error={addError} />
            <RadioGroupField
              id="locale"
              name="locale"
              legend={t("page.add.language")}
              defaultValue={survey.defaultLocale}
              options={LOCALES.map((l) => ({ value: l, label: tCommon(`languages.${l}`) }))}
            />
            <div>
              <Button type="submit">{t("page.add.submit")}</Button>
            </div>
          </Form>
        )}
      </section>

      <section aria-labelledby="mail-settings" className="stack">
        <Heading level={3} data-size="sm" id="mail-settings">
          {t("page.settings.title")}
        </Heading>
        {saving?.saved ? (
          <Alert data-color="success" role="status">
            <Paragraph>{t("page.settings.saved")}</Paragraph>
          </Alert>
        ) : null}
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="settings" />
          <TextField
            id="days"
            label={t("page.settings.days")}
            description={t("page.settings.daysDescription")}
            defaultValue={saving?.days ?? settings.reminderDays.join(", ")}
            error={saving?.error ? t("page.settings.daysError") : undefined}
          />
          <Field>
            <input type="checkbox" className="ds-input" id="keep" name="keep" defaultChecked={settings.keepAddresses} />
            <Label htmlFor="keep">{t("page.settings.keep")}</Label>
          </Field>
          <div>
            <Button type="submit" variant="secondary">
              {t("page.settings.submit")}
            </Button>
          </div>
        </Form>
      </section>
    </div>
  );
}

function MailQueueTable({ counts }: { counts: QueueCounts }) {
  const { t } = useTranslation("ops");
  return (
    <Table>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t("page.status.kind")}</Table.HeaderCell>
          {MAIL_STATUSES.map((s) => (
            <Table.HeaderCell key={s}>{t(`page.status.${s}`)}</Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {(["invitation", "reminder"] as const).map((kind) => (
          <Table.Row key={kind}>
            <Table.HeaderCell scope="row">{t(`page.status.${kind}`)}</Table.HeaderCell>
            {MAIL_STATUSES.map((s) => (
              <Table.Cell key={s}>{counts[kind][s]}</Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

type Problem = { id: number; recipient: string; status: string; error: string | null };

function MailProblems({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation("ops");
  if (problems.length === 0) return null;
  return (
    <div className="stack">
      <Heading level={4} data-size="xs">
        {t("page.problems.title")}
      </Heading>
      <Paragraph data-size="sm">{t("page.problems.description")}</Paragraph>
      <Table>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("page.problems.recipient")}</Table.HeaderCell>
            <Table.HeaderCell>{t("page.problems.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("page.problems.error")}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="visually-hidden">{t("page.problems.retry")}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {problems.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>{p.recipient}</Table.Cell>
              <Table.Cell>{t(`page.status.${p.status}`)}</Table.Cell>
              <Table.Cell>{p.error}</Table.Cell>
              <Table.Cell>
                <Form method="post">
                  <input type="hidden" name="intent" value="retry" />
                  <input type="hidden" name="id" value={p.id} />
                  <Button type="submit" variant="tertiary" data-size="sm">
                    {t("page.problems.retry")}
                  </Button>
                </Form>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
