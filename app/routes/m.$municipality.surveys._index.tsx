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
import { currentAssessment, setMinGroupSize } from "~/db/assessments.server";
import { listSurveys } from "~/db/surveys.server";
import { audit } from "~/db/audit.server";
import { i18next } from "~/i18n/i18next.server";
import { requireMembership } from "~/services/auth.server";
import { requestLocale } from "~/services/surveys/route-helpers.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality, "project");
  const locale = await requestLocale(request);
  const [surveys, assessment] = await Promise.all([listSurveys({ municipalityId: municipality.id }), currentAssessment({ municipalityId: municipality.id })]);
  const t = await i18next.getFixedT(request, "survey");
  return {
    title: t("list.title"),
    slug: municipality.slug,
    minGroupSize: assessment?.minGroupSize ?? null,
    surveys: surveys.map((s) => ({ id: s.id, title: s.definition.title[locale], version: s.version, status: s.status, defaultLocale: s.defaultLocale })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

const GroupSizeSchema = z.object({ minGroupSize: z.coerce.number().int().min(LOWEST_MIN_GROUP_SIZE).max(100) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, municipality } = await requireMembership(request, params.municipality, "project");
  const form = Object.fromEntries(await request.formData());
  const parsed = GroupSizeSchema.safeParse(form);
  const typed = typeof form.minGroupSize === "string" ? form.minGroupSize : "";
  if (!parsed.success) return data({ ok: false, typed }, { status: 400 });
  const assessment = await currentAssessment({ municipalityId: municipality.id });
  if (!assessment) throw new Response("Not found", { status: 404 });
  await setMinGroupSize({ municipalityId: municipality.id, id: assessment.id, minGroupSize: parsed.data.minGroupSize });
  await audit({ userId: user.id, municipalityId: municipality.id, action: "survey.min_group_size", target: `assessment:${assessment.id}`, detail: { minGroupSize: parsed.data.minGroupSize } });
  return { ok: true, typed };
}

export default function SurveyList() {
  const { surveys, slug, minGroupSize } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
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
          {result?.ok ? (
            <Alert data-color="success">
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
    </div>
  );
}
