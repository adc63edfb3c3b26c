import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { requireAdmin } from "~/services/auth.server";
import { createMunicipality, municipalitySchema } from "~/services/municipalities.server";
import { fieldErrors, typedValues } from "~/services/forms.server";
import { listRegions } from "~/db/municipalities.server";
import { COUNTRIES, LOCALES } from "~/domain/ids";
import { suggestSlug } from "~/domain/municipalities/slug";
import { i18next } from "~/i18n/i18next.server";
import { SelectField, TextField } from "~/components/fields";
import { FormErrorSummary } from "~/components/form-error-summary";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const t = await i18next.getFixedT(request);
  const regions = await listRegions();
  // "Add a municipality to this region" on an empty regional page comes here with ?region=
  const asked = new URL(request.url).searchParams.get("region");
  return { title: t("newMunicipality.title"), regions, presetRegion: regions.some((r) => r.slug === asked) ? asked : null };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAdmin(request);
  const values = typedValues(await request.formData());
  const parsed = municipalitySchema.safeParse(values);
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values }, { status: 400 });
  const result = await createMunicipality(parsed.data, user.id);
  if (!result.ok) return data({ errors: result.errors, values: { ...values, slug: parsed.data.slug } }, { status: 400 });
  return redirect(`/m/${result.slug}`);
}

export default function NewMunicipality() {
  const { regions, presetRegion } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: Record<string, string> = result?.errors ?? {};
  const values: Record<string, string> = result?.values ?? {};
  const error = (field: string) => (errors[field] ? t(errors[field]) : undefined);
  // With JavaScript the address follows the name until someone edits it; without, an empty
  // address is filled in from the name on the server.
  const [slug, setSlug] = useState(values.slug ?? "");
  const [slugEdited, setSlugEdited] = useState(Boolean(values.slug));
  return (
    <div className="stack narrow-text">
      <Heading level={1} data-size="lg">
        {t("newMunicipality.title")}
      </Heading>
      <Paragraph>{t("newMunicipality.intro")}</Paragraph>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="stack" noValidate>
        <TextField id="name" label={t("newMunicipality.name")} description={t("newMunicipality.nameHelp")} error={error("name")} defaultValue={values.name ?? ""} autoComplete="off" onChange={(e) => (slugEdited ? null : setSlug(suggestSlug(e.currentTarget.value)))} />
        <TextField
          id="slug"
          label={t("newMunicipality.slug")}
          description={t("newMunicipality.slugHelp")}
          error={error("slug")}
          value={slug}
          onChange={(e) => {
            setSlug(e.currentTarget.value);
            setSlugEdited(true);
          }}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField id="country" label={t("newMunicipality.country")} error={error("country")} defaultValue={values.country ?? "SE"} options={COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))} />
        <SelectField id="defaultLocale" label={t("newMunicipality.defaultLocale")} description={t("newMunicipality.defaultLocaleHelp")} error={error("defaultLocale")} defaultValue={values.defaultLocale ?? "sv"} options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))} />
        <SelectField
          id="region"
          label={t("newMunicipality.region")}
          description={t("newMunicipality.regionHelp")}
          error={error("region")}
          defaultValue={values.region ?? presetRegion ?? ""}
          placeholder={t("newMunicipality.noRegion")}
          options={regions.map((r) => ({ value: r.slug, label: r.name }))}
        />
        <div className="form-actions">
          <Button type="submit">{t("newMunicipality.submit")}</Button>
          <Link to="/">{t("actions.cancel")}</Link>
        </div>
      </Form>
    </div>
  );
}
