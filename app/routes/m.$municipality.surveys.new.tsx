// Create a survey from a template, choosing the language respondents see first.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { LOCALES } from "~/domain/ids";
import { allQuestions } from "~/domain/surveys/template";
import { i18next } from "~/i18n/i18next.server";
import { requireMembership } from "~/services/auth.server";
import { isSurveyError } from "~/services/surveys/errors";
import { requestLocale } from "~/services/surveys/route-helpers.server";
import { createSurvey } from "~/services/surveys/surveys.server";
import { SURVEY_TEMPLATES } from "../../seeds/templates/surveys";
import { RadioGroupField } from "~/components/fields";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality, "project");
  const locale = await requestLocale(request);
  const t = await i18next.getFixedT(request, "survey");
  const templates = Object.values(SURVEY_TEMPLATES).map((x) => ({ key: x.key, title: x.title[locale], questions: allQuestions(x).length }));
  return { title: t("create.title"), templates, defaultLocale: municipality.defaultLocale ?? (municipality.country === "NO" ? "nb" : "sv") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

const CreateSchema = z.object({ template: z.string().min(1), locale: z.enum(LOCALES) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality, "project");
  const form = Object.fromEntries(await request.formData());
  const parsed = CreateSchema.safeParse(form);
  const typed = { template: String(form.template ?? ""), locale: String(form.locale ?? "") };
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    return data({ typed, errors: { template: fields.has("template"), locale: fields.has("locale") }, flow: null }, { status: 400 });
  }
  try {
    const id = await createSurvey({ municipalityId: municipality.id, templateKey: parsed.data.template, locale: parsed.data.locale });
    return redirect(`/m/${municipality.slug}/surveys/${id}`);
  } catch (e) {
    if (!isSurveyError(e)) throw e;
    return data({ typed, errors: { template: e.code === "unknown_template", locale: false }, flow: e.code }, { status: 400 });
  }
}

export default function NewSurvey() {
  const { templates, defaultLocale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("survey");
  return (
    <div className="stack narrow">
      <Heading level={2} data-size="md">
        {t("create.title")}
      </Heading>
      <Paragraph>{t("create.intro")}</Paragraph>
      {result?.flow && result.flow !== "unknown_template" ? <Paragraph role="alert">{t(`flow_errors.${result.flow}`)}</Paragraph> : null}
      <Form method="post" className="stack" noValidate>
        <RadioGroupField
          id="template"
          name="template"
          legend={t("create.template")}
          error={result?.errors.template ? t("create.templateRequired") : undefined}
          defaultValue={result?.typed.template || templates[0]?.key}
          options={templates.map((x) => ({ value: x.key, label: x.title, description: t("create.questions", { count: x.questions }) }))}
        />
        <RadioGroupField
          id="locale"
          name="locale"
          legend={t("create.language")}
          description={t("create.languageHelp")}
          error={result?.errors.locale ? t("create.languageRequired") : undefined}
          defaultValue={result?.typed.locale || defaultLocale}
          options={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{t(`common:languages.${l}`)}</span> }))}
        />
        <div>
          <Button type="submit">{t("create.submit")}</Button>
        </div>
      </Form>
    </div>
  );
}
