import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { i18next } from "~/i18n/i18next.server";
import { getReportJob, reportKeepDays } from "~/services/reports/jobs.server";
import { notFound, reportRequest } from "~/services/reports/request.server";

// Progress of one PDF: refreshes itself every two seconds (no JavaScript needed) until done.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access } = await reportRequest(request, params.municipality);
  const job = await getReportJob({ municipalityId: access.municipality.id, id: params.job ?? "" });
  if (!job) throw notFound();
  const t = await i18next.getFixedT(request, "report");
  return { slug: access.municipality.slug, job, keepDays: reportKeepDays(), title: t("job.title") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const pending = data && (data.job.status === "queued" || data.job.status === "running");
  return [{ title: `${data?.title ?? ""} – Vägval` }, ...(pending ? [{ httpEquiv: "refresh", content: "2" } as const] : [])];
};

export default function ReportJobPage() {
  const { slug, job, keepDays } = useLoaderData<typeof loader>();
  const { t } = useTranslation("report");
  const base = `/m/${slug}/report`;
  return (
    <div className="stack">
      <Heading level={2} data-size="lg">
        {t("job.title")}
      </Heading>
      <div role="status" aria-live="polite" className="stack">
        <Paragraph>{t(`job.status.${job.status}`, { days: keepDays })}</Paragraph>
        {job.status === "queued" || job.status === "running" ? (
          <>
            <label htmlFor="report-progress">{t("job.progress")}</label>
            <progress id="report-progress" max={100} value={job.progress}>
              {job.progress} %
            </progress>
            {job.step ? <Paragraph data-size="sm">{t("job.step", { step: t(`sections.${job.step}`, { defaultValue: job.step }) })}</Paragraph> : null}
            <Paragraph data-size="sm" className="muted">
              {t("job.refreshHint")}
            </Paragraph>
          </>
        ) : null}
      </div>
      {job.status === "done" ? (
        <Paragraph>
          <a href={`${base}/jobs/${job.id}/download`} download className="ds-button" data-variant="primary">
            {t("job.download")}
          </a>
        </Paragraph>
      ) : null}
      {job.status === "failed" ? (
        <Alert data-color="danger" role="alert">
          {t("job.failedText")}
        </Alert>
      ) : null}
      {job.status === "expired" ? <Alert data-color="info">{t("job.expiredText", { days: keepDays })}</Alert> : null}
      <Paragraph>
        <Link to={base}>{t("job.back")}</Link>
      </Paragraph>
    </div>
  );
}
