import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { INTERVIEW_ROLES, isLocale, textIn } from "~/domain/ids";
import { guideQuestions } from "~/domain/interviews/guide";
import { requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { listDepartments } from "~/db/organisation.server";
import { currentAssessment } from "~/db/assessments.server";
import { createInterview } from "~/db/interviews.server";
import { commaList, planSchema } from "~/services/interviews/forms.server";
import { fieldErrors, typedValues } from "~/services/forms.server";
import { RadioGroupField, SelectField, TextField } from "~/components/fields";
import { FormErrorSummary } from "~/components/form-error-summary";
import { INTERVIEW_GUIDES, INTERVIEW_GUIDE_LIST } from "../../seeds/templates/interviews";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireMembership(request, params.municipality, "project");
  const detected = await i18next.getLocale(request);
  const locale = isLocale(detected) ? detected : "sv";
  const t = await i18next.getFixedT(request, "interviews");
  const guides = INTERVIEW_GUIDE_LIST.map((g) => ({ key: g.key, title: textIn(g.title, locale), version: g.version, questions: guideQuestions(g).length }));
  const departments = (await listDepartments({ municipalityId: access.municipality.id })).map((d) => d.name);
  return { title: t("form.title"), slug: access.municipality.slug, guides, departments, today: new Date().toISOString().slice(0, 10) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireMembership(request, params.municipality, "project");
  const form = await request.formData();
  const values = typedValues(form);
  const parsed = planSchema.safeParse(values);
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values }, { status: 400 });
  const { guide, role, department, date, maskNames } = parsed.data;
  const assessment = await currentAssessment({ municipalityId: access.municipality.id });
  const id = await createInterview({
    municipalityId: access.municipality.id,
    assessmentId: assessment?.id ?? null,
    guide: INTERVIEW_GUIDES[guide],
    role,
    department,
    date,
    maskNames: commaList(maskNames),
    createdBy: access.user.id,
  });
  return redirect(`/m/${access.municipality.slug}/interviews/${id}`);
}

export default function PlanInterview() {
  const { slug, guides, departments, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("interviews");
  const errors: Record<string, string> = result?.errors ?? {};
  const values: Record<string, string> = result?.values ?? {};
  const error = (field: string) => (errors[field] ? t(errors[field]) : undefined);
  const summary = Object.fromEntries(Object.entries(errors).map(([field, key]) => [field === "guide" ? `guide-${guides[0]?.key}` : field, `interviews:${key}`]));
  return (
    <div className="stack form-page">
      <Heading level={2} data-size="lg">
        {t("form.title")}
      </Heading>
      <Paragraph>{t("form.intro")}</Paragraph>
      <FormErrorSummary errors={summary} />
      <Form method="post" className="stack" noValidate>
        <RadioGroupField
          id="guide"
          name="guide"
          legend={t("form.guide")}
          error={error("guide")}
          defaultValue={values.guide ?? guides[0]?.key}
          options={guides.map((g) => ({ value: g.key, label: g.title, description: t("form.guideMeta", { version: g.version, count: g.questions }) }))}
        />
        <SelectField
          id="role"
          label={t("form.role")}
          placeholder={t("form.chooseRole")}
          error={error("role")}
          defaultValue={values.role}
          options={INTERVIEW_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <TextField id="department" label={t("form.department")} description={t("form.departmentHelp")} error={error("department")} defaultValue={values.department ?? ""} list="department-options" autoComplete="off" />
        <datalist id="department-options">
          {departments.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        <TextField id="date" type="date" label={t("form.date")} error={error("date")} defaultValue={values.date ?? today} />
        <TextField id="maskNames" label={t("form.maskNames")} description={t("form.maskNamesHelp")} error={error("maskNames")} defaultValue={values.maskNames ?? ""} />
        <div className="form-actions">
          <Button type="submit">{t("form.submit")}</Button>
          <Link to={`/m/${slug}/interviews`}>{t("form.cancel")}</Link>
        </div>
      </Form>
    </div>
  );
}
