import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALES } from "~/domain/ids";
import { SelectField, TextField } from "./fields";
import { FormErrorSummary } from "./form-error-summary";
import type { SettingsResult } from "./municipality-members";

// The settings page's first section: the municipality's name, default language and region.
// The web address is shown, not edited: links and bookmarks to /m/<slug> keep working.

type Settings = { slug: string; name: string; defaultLocale: string; region: string };

export function MunicipalitySettingsSection({ action, municipality, regions, result }: { action: string; municipality: Settings; regions: Array<{ slug: string; name: string }>; result: SettingsResult | undefined }) {
  const { t } = useTranslation("settings");
  const failed = result?.errors ? result : undefined;
  const err = (field: string) => (failed?.errors?.[field] ? t(failed.errors[field]!) : undefined);
  const value = (field: keyof Settings) => failed?.values?.[field] ?? municipality[field];
  const summary = Object.fromEntries(Object.entries(failed?.errors ?? {}).map(([field, key]) => [field, `settings:${key}`]));
  return (
    <section aria-labelledby="municipality" className="stack">
      <Heading level={3} data-size="md" id="municipality">
        {t("municipality.title")}
      </Heading>
      {result?.done ? <Paragraph role="status">{t(result.done.key, result.done.params)}</Paragraph> : null}
      <Form method="post" action={action} className="stack narrow" noValidate key={`settings-${result?.at ?? ""}`}>
        <FormErrorSummary errors={summary} />
        <input type="hidden" name="intent" value="settings.save" />
        <TextField id="name" label={t("municipality.name")} description={t("municipality.nameHelp")} error={err("name")} defaultValue={value("name")} autoComplete="off" />
        <div className="stack stack--tight">
          <Paragraph data-size="sm">
            <strong>{t("municipality.slug")}</strong>
          </Paragraph>
          <Paragraph data-size="sm" className="muted">
            {t("municipality.slugText", { path: `/m/${municipality.slug}` })}
          </Paragraph>
        </div>
        <SelectField
          id="defaultLocale"
          label={t("municipality.defaultLocale")}
          description={t("municipality.defaultLocaleHelp")}
          error={err("defaultLocale")}
          defaultValue={value("defaultLocale")}
          options={LOCALES.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
        />
        <SelectField
          id="region"
          label={t("municipality.region")}
          description={t("municipality.regionHelp")}
          error={err("region")}
          defaultValue={value("region")}
          placeholder={t("municipality.noRegion")}
          options={regions.map((r) => ({ value: r.slug, label: r.name }))}
        />
        <div>
          <Button type="submit">{t("municipality.save")}</Button>
        </div>
      </Form>
    </section>
  );
}
