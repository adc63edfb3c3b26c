import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { isLocale } from "~/domain/ids";
import { REGION_COLUMNS, regionCharts, regionTableRows } from "~/domain/report/region";
import { i18next } from "~/i18n/i18next.server";
import { regionRows } from "~/services/reports/region.server";
import { requireRegion } from "~/services/region-access.server";
import { ChartCanvas } from "~/components/chart-canvas";
import { ReportStyles } from "~/components/report-styles";
import { LinkButton } from "~/components/link-button";

// The regional comparison for admins and the region's coordinators: a table (works without
// JavaScript) and the same figures as charts, plus PDF and CSV downloads.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { region, user } = await requireRegion(request, params.region);
  const detected = await i18next.getLocale(request);
  const locale = isLocale(detected) ? detected : "sv";
  const t = await i18next.getFixedT(request, ["report", "decision", "common"]);
  const translate = (k: string, p?: Record<string, unknown>) => t(k, p);
  const rows = await regionRows({ region });
  return { region: { slug: region.slug, name: region.name }, canAdd: user.isAdmin, locale, table: regionTableRows(rows, locale, translate), charts: regionCharts(rows, translate), title: t("report:region.title", { region: region.name }) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export default function RegionPage() {
  const { region, canAdd, locale, table, charts } = useLoaderData<typeof loader>();
  const { t } = useTranslation("report");
  const base = `/r/${region.slug}`;
  return (
    <div className="stack">
      <ReportStyles />
      <Heading level={1} data-size="xl">
        {t("region.title", { region: region.name })}
      </Heading>
      <Paragraph>{t("region.intro")}</Paragraph>
      <nav aria-labelledby="region-downloads">
        <Heading level={2} data-size="xs" id="region-downloads">
          {t("region.downloads")}
        </Heading>
        <ul>
          <li>
            <a href={`${base}/pdf`} download>
              {t("region.downloadPdf")}
            </a>
          </li>
          <li>
            <a href={`${base}/csv?dialect=excel`} download>
              {t("region.downloadCsv")} – {t("page.dialects.excel")}
            </a>
          </li>
          <li>
            <a href={`${base}/csv?dialect=standard`} download>
              {t("region.downloadCsv")} – {t("page.dialects.standard")}
            </a>
          </li>
        </ul>
      </nav>
      {table.length === 0 ? (
        <div className="stack">
          <Paragraph>{t("region.none")}</Paragraph>
          {canAdd ? (
            <div>
              <LinkButton to={`/admin/municipalities/new?region=${encodeURIComponent(region.slug)}`}>{t("region.addMunicipality")}</LinkButton>
            </div>
          ) : (
            <Paragraph>{t("region.askAdmin")}</Paragraph>
          )}
        </div>
      ) : (
        <>
          <div className="table-wrap">
            <Table zebra>
              <caption>{t("region.tableCaption")}</caption>
              <Table.Head>
                <Table.Row>
                  {REGION_COLUMNS.map((c) => (
                    <Table.HeaderCell key={c} scope="col">
                      {t(`columns.${c}`)}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {table.map((cells) => (
                  <Table.Row key={cells[0]}>
                    {cells.map((cell, i) => (i === 0 ? <Table.HeaderCell key={i} scope="row">{cell}</Table.HeaderCell> : <Table.Cell key={i} className={i === 5 ? undefined : "report-num"}>{cell}</Table.Cell>))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <div className="region-charts">
            {charts.map((spec) => (
              <section key={spec.id} aria-labelledby={`${spec.id}-title`} className="stack">
                <Heading level={2} data-size="xs" id={`${spec.id}-title`}>
                  {spec.title}
                </Heading>
                {spec.labels.length === 0 ? <Paragraph data-size="sm">{t("region.missing")}</Paragraph> : <ChartCanvas spec={spec} locale={locale} />}
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
