import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { LOCALES } from "~/domain/ids";
import { formatDateTime } from "~/i18n/format";
import { i18next } from "~/i18n/i18next.server";
import { ReportCsvDownloads } from "~/components/report-downloads";
import { CSV_EXPORTS } from "~/domain/report/csv-rows";
import { listReportJobs, reportKeepDays, startReportJob } from "~/services/reports/jobs.server";
import { reportRequest } from "~/services/reports/request.server";
import { RadioGroupField } from "~/components/fields";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, locale } = await reportRequest(request, params.municipality);
  const t = await i18next.getFixedT(request, "report");
  const jobs = await listReportJobs({ municipalityId: access.municipality.id });
  return { slug: access.municipality.slug, locale, jobs, keepDays: reportKeepDays(), title: t("page.title") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

const form = z.object({ lang: z.enum(LOCALES) });

// Starts a PDF in the background and shows its progress page.
export async function action({ request, params }: ActionFunctionArgs) {
  const { access, locale } = await reportRequest(request, params.municipality);
  const parsed = form.safeParse(Object.fromEntries(await request.formData()));
  const { id } = await startReportJob({ municipality: access.municipality, userId: access.user.id, locale: parsed.success ? parsed.data.lang : locale });
  return redirect(`/m/${access.municipality.slug}/report/jobs/${id}`);
}

export default function ReportPage() {
  const { slug, locale, jobs, keepDays } = useLoaderData<typeof loader>();
  const { t } = useTranslation("report");
  const base = `/m/${slug}/report`;
  return (
    <div className="stack">
      <Heading level={2} data-size="lg">
        {t("page.title")}
      </Heading>
      <Paragraph>{t("page.intro")}</Paragraph>
      <section aria-labelledby="report-pdf" className="stack">
        <Heading level={3} data-size="sm" id="report-pdf">
          {t("page.pdfHeading")}
        </Heading>
        <Form method="post" className="stack">
          <RadioGroupField id="report-lang" name="lang" legend={t("page.language")} defaultValue={locale} options={LOCALES.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))} />
          <div>
            <Button type="submit">{t("page.generate")}</Button>
          </div>
        </Form>
        <Heading level={4} data-size="xs">
          {t("page.recentHeading")}
        </Heading>
        {jobs.length === 0 ? (
          <Paragraph data-size="sm">{t("page.noReports")}</Paragraph>
        ) : (
          <div className="table-wrap">
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("page.createdAt")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("page.language")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("page.status")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {jobs.map((j) => (
                  <Table.Row key={j.id}>
                    <Table.Cell>{formatDateTime(locale, j.createdAt)}</Table.Cell>
                    <Table.Cell>{t(`common:languages.${j.locale}`)}</Table.Cell>
                    <Table.Cell>
                      {j.status === "done" ? (
                        <a href={`${base}/jobs/${j.id}/download`} download>
                          {t("job.download")}
                        </a>
                      ) : (
                        <Link to={`${base}/jobs/${j.id}`}>{t(`job.status.${j.status}`, { days: keepDays })}</Link>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      <ReportCsvDownloads base={base} exports={CSV_EXPORTS} />
    </div>
  );
}
