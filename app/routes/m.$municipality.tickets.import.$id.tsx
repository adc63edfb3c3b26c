import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { Alert, Heading, Label, Paragraph, Table } from "@digdir/designsystemet-react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { importJobStatus } from "~/services/tickets/jobs.server";
import { isLocale } from "~/domain/ids";
import { formatNumber, formatPercent } from "~/i18n/format";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality, "project");
  const id = Number(params.id);
  const job = Number.isInteger(id) && id > 0 ? await importJobStatus({ municipalityId: municipality.id, id }) : undefined;
  if (!job) throw new Response("Not found", { status: 404 });
  const t = await i18next.getFixedT(request, "tickets");
  return { title: t("status.title", { file: job.fileName }), slug: municipality.slug, job };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

/** While running: re-read the status every second with JavaScript, every 2 s without. */
function useRefreshWhile(running: boolean) {
  const { revalidate, state } = useRevalidator();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => state === "idle" && revalidate(), 1000);
    return () => clearInterval(timer);
  }, [running, revalidate, state]);
}

export default function ImportStatus() {
  const { title, slug, job } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("tickets");
  const locale = isLocale(i18n.language) ? i18n.language : "sv";
  useRefreshWhile(job.running);
  const n = (v: number) => formatNumber(locale, v, 0);
  return (
    <div className="stack">
      <Heading level={2} data-size="lg">
        {title}
      </Heading>
      {job.running ? (
        <div className="stack narrow" role="status" aria-live="polite">
          <noscript>
            <meta httpEquiv="refresh" content="2" />
          </noscript>
          <Label htmlFor="import-progress">{t("status.running", { rows: n(job.rowsRead) })}</Label>
          <progress id="import-progress" max={100} value={Math.round(job.progress * 100)}>
            {formatPercent(locale, job.progress, 0)}
          </progress>
        </div>
      ) : job.error ? (
        <Alert data-color="danger" role="alert">
          {t(`errors.${job.error.code}`, job.error.params)}
        </Alert>
      ) : (
        <Alert data-color={job.status === "done" ? "success" : "warning"} role="status">
          {job.status === "done"
            ? t("status.done", { imported: n(job.imported), created: n(job.created), updated: n(job.imported - job.created), skipped: n(job.skipped) })
            : t("status.rolledBack", { rejected: n(job.rejectedCount) })}
        </Alert>
      )}
      {!job.running && job.rejectedCount > 0 ? (
        <section aria-labelledby="rejected" className="stack">
          <Heading level={3} data-size="sm" id="rejected">
            {t("status.rejectedTitle", { count: job.rejectedCount })}
          </Heading>
          {job.rejected.length < job.rejectedCount ? <Paragraph>{t("status.rejectedCapped", { shown: job.rejected.length })}</Paragraph> : null}
          <div className="table-wrap" tabIndex={0}>
            <Table zebra data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("status.line")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("status.reason")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {job.rejected.map((r) => (
                  <Table.Row key={r.line}>
                    <Table.Cell>{r.line}</Table.Cell>
                    <Table.Cell>{t(`errors.${r.code}`, r.params)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </section>
      ) : null}
      <Paragraph>
        <Link to={`/m/${slug}/tickets`}>{t("status.toTickets")}</Link> · <Link to={`/m/${slug}/tickets/import`}>{t("status.another")}</Link>
      </Paragraph>
    </div>
  );
}
