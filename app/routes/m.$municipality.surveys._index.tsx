// The project group's surveys: a list (or a helpful empty state) and the assessment's
// minimum group size, below which no result is shown.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, Card, Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { SurveyLinkButton } from "~/components/survey-link-button";
import { z } from "zod";
import { TextField } from "~/components/fields";
import { LOWEST_MIN_GROUP_SIZE } from "~/domain/surveys/aggregate";
import { currentAssessment, getRetention, setMinGroupSize, setRetention } from "~/db/assessments.server";
import { listSurveys } from "~/db/surveys.server";
import { audit } from "~/db/audit.server";
import { i18next } from "~/i18n/i18next.server";
import { requireMembership } from "~/services/auth.server";
import { requestLocale } from "~/services/surveys/route-helpers.server";
import { HelpText } from "~/components/help-text";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality, "project");
  const locale = await requestLocale(request);
  const [surveys, assessment] = await Promise.all([listSurveys({ municipalityId: municipality.id }), currentAssessment({ municipalityId: municipality.id })]);
  const t = await i18next.getFixedT(request, "survey");
  return {
    title: t("list.title"),
    slug: municipality.slug,
    minGroupSize: assessment?.minGroupSize ?? null,
    retainUntil: assessment ? await getRetention({ municipalityId: municipality.id, id: assessment.id }) : null,
    surveys: surveys.map((s) => ({ id: s.id, title: s.definition.title[locale], version: s.version, status: s.status, defaultLocale: s.defaultLocale })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

/** Empty (keep for now) or a real calendar date. */
const RetentionSchema = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => {
    const at = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(d);
  })]);

const GroupSizeSchema = z.object({ minGroupSize: z.coerce.number().int().min(LOWEST_MIN_GROUP_SIZE).max(100) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, municipality } = await requireMembership(request, params.municipality, "project");
  const form = Object.fromEntries(await request.formData());
  const assessment = await currentAssessment({ municipalityId: municipality.id });
  if (form.intent === "retention") {
    const typed = typeof form.retainUntil === "string" ? form.retainUntil.trim() : "";
    const parsed = RetentionSchema.safeParse(typed);
    if (!parsed.success) return data({ form: "retention" as const, ok: false, typed }, { status: 400 });
    if (!assessment) throw new Response("Not found", { status: 404 });
    const until = parsed.data === "" ? null : parsed.data;
    await setRetention({ municipalityId: municipality.id, id: assessment.id, until });
    await audit({ userId: user.id, municipalityId: municipality.id, action: "assessment.retention", target: `assessment:${assessment.id}`, detail: { retainAnswersUntil: until } });
    return { form: "retention" as const, ok: true, typed };
  }
  const parsed = GroupSizeSchema.safeParse(form);
  const typed = typeof form.minGroupSize === "string" ? form.minGroupSize : "";
  if (!parsed.success) return data({ form: "groupSize" as const, ok: false, typed }, { status: 400 });
  if (!assessment) throw new Response("Not found", { status: 404 });
  await setMinGroupSize({ municipalityId: municipality.id, id: assessment.id, minGroupSize: parsed.data.minGroupSize });
  await audit({ userId: user.id, municipalityId: municipality.id, action: "survey.min_group_size", target: `assessment:${assessment.id}`, detail: { minGroupSize: parsed.data.minGroupSize } });
  return { form: "groupSize" as const, ok: true, typed };
}

export default function SurveyList() {
  const { surveys, slug, minGroupSize, retainUntil } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const result = actionData?.form === "groupSize" ? actionData : undefined;
  const retention = actionData?.form === "retention" ? actionData : undefined;
  const { t } = useTranslation("survey");
  const newLink = (
    <SurveyLinkButton to={`/m/${slug}/surveys/new`} variant="primary">
      {t("list.create")}
    </SurveyLinkButton>
  );
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("list.title")}
      </Heading>
      {surveys.length === 0 ? (
        <Card>
          <Paragraph>{t("list.empty")}</Paragraph>
          <div>{newLink}</div>
        </Card>
      ) : (
        <>
          <div>{newLink}</div>
          <div className="table-wrap">
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("list.survey")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("list.version")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("list.status")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("list.language")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {surveys.map((s) => (
                  <Table.Row key={s.id}>
                    <Table.Cell>
                      <Link to={`/m/${slug}/surveys/${s.id}`}>{s.title}</Link>
                    </Table.Cell>
                    <Table.Cell>{s.version}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={s.status === "published" ? "success" : s.status === "closed" ? "neutral" : "warning"}>{t(`status.${s.status}`)}</Tag>
                    </Table.Cell>
                    <Table.Cell>{t(`common:languages.${s.defaultLocale}`)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
      {minGroupSize !== null ? (
        <section aria-labelledby="group-size" className="stack narrow">
          <Heading level={3} data-size="sm" id="group-size">
            {t("settings.title")}
          </Heading>
          <HelpText concept="minGroupSize" />
          {result?.ok ? (
            <Alert data-color="success" role="status">
              <Paragraph>{t("settings.saved")}</Paragraph>
            </Alert>
          ) : null}
          <Form method="post" className="stack" noValidate>
            <TextField
              id="minGroupSize"
              type="number"
              inputMode="numeric"
              min={LOWEST_MIN_GROUP_SIZE}
              label={t("settings.minGroupSize")}
              description={t("settings.minGroupSizeHelp", { min: LOWEST_MIN_GROUP_SIZE })}
              defaultValue={result && !result.ok ? result.typed : String(minGroupSize)}
              error={result && !result.ok ? t("settings.invalid", { min: LOWEST_MIN_GROUP_SIZE }) : undefined}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t("settings.save")}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
      {minGroupSize !== null ? (
        <section aria-labelledby="retention" className="stack narrow">
          <Heading level={3} data-size="sm" id="retention">
            {t("retention.title")}
          </Heading>
          {retention?.ok ? (
            <Alert data-color="success" role="status">
              <Paragraph>{t("retention.saved")}</Paragraph>
            </Alert>
          ) : null}
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="retention" />
            <TextField
              id="retainUntil"
              type="date"
              label={t("retention.until")}
              description={t("retention.help")}
              defaultValue={retention && !retention.ok ? retention.typed : (retainUntil ?? "")}
              error={retention && !retention.ok ? t("retention.invalid") : undefined}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t("retention.save")}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
