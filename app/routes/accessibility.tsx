import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { TextAreaField, TextField } from "~/components/fields";
import { audit } from "~/db/audit.server";
import { i18next } from "~/i18n/i18next.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await i18next.getFixedT(request);
  return { title: t("accessibility.title") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

const ReportSchema = z.object({
  page: z.string().trim().max(500).optional(),
  description: z.string().trim().min(10, "accessibility.descriptionRequired").max(5000),
  contact: z.string().trim().max(320).optional(),
  website: z.string().max(0).optional(), // honeypot: people leave it empty
});

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData());
  const parsed = ReportSchema.safeParse(form);
  const values = { page: String(form.page ?? ""), description: String(form.description ?? ""), contact: String(form.contact ?? "") };
  if (!parsed.success) {
    const honeypot = parsed.error.issues.some((i) => i.path[0] === "website");
    if (honeypot) return data({ sent: true, values, error: null }); // say nothing to bots
    return data({ sent: false, values, error: "accessibility.descriptionRequired" }, { status: 400 });
  }
  await audit({ action: "accessibility_report", target: parsed.data.page || undefined, detail: { description: parsed.data.description, contact: parsed.data.contact || null } });
  return data({ sent: true, values: { page: "", description: "", contact: "" }, error: null });
}

export default function Accessibility() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  return (
    <article className="stack narrow-text">
      <Heading level={1} data-size="lg">
        {t("accessibility.title")}
      </Heading>
      <Paragraph>{t("accessibility.intro")}</Paragraph>
      <Heading level={2} data-size="md">
        {t("accessibility.statusHeading")}
      </Heading>
      <Paragraph>{t("accessibility.status")}</Paragraph>
      <Heading level={2} data-size="md">
        {t("accessibility.knownHeading")}
      </Heading>
      <Paragraph>{t("accessibility.known")}</Paragraph>
      <Heading level={2} data-size="md" id="report">
        {t("accessibility.reportHeading")}
      </Heading>
      <Paragraph>{t("accessibility.reportIntro")}</Paragraph>
      <div aria-live="polite">
        {result?.sent ? (
          <Alert data-color="success">
            <Paragraph>{t("accessibility.thanks")}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <Form method="post" className="stack narrow">
        <TextField id="page" label={t("accessibility.page")} defaultValue={result?.values.page ?? ""} />
        <TextAreaField
          id="description"
          label={t("accessibility.description")}
          rows={5}
          defaultValue={result?.values.description ?? ""}
          error={result?.error ? t(result.error) : undefined}
        />
        <TextField id="contact" type="email" autoComplete="email" label={t("accessibility.contact")} defaultValue={result?.values.contact ?? ""} />
        <div className="visually-hidden" aria-hidden="true">
          <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </div>
        <div>
          <Button type="submit">{t("accessibility.send")}</Button>
        </div>
      </Form>
      <Heading level={2} data-size="md">
        {t("accessibility.supervisionHeading")}
      </Heading>
      <Paragraph>{t("accessibility.supervision")}</Paragraph>
    </article>
  );
}
