import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { filterToSearch } from "~/domain/charts/filters";
import { dashboardPage } from "~/services/dashboard/dashboard.server";
import { dashboardRequest } from "~/services/dashboard/request.server";
import { DashboardFilters } from "~/components/dashboard-filters";
import { DashboardSection } from "~/components/dashboard-section";
import { DashboardStyles } from "~/components/dashboard-styles";
import { evidencePage } from "~/components/evidence-pages";
import { canEdit } from "~/services/auth.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, locale, t, filter, data } = await dashboardRequest(request, params.municipality);
  return { title: t("dashboard:title"), slug: access.municipality.slug, locale, filter, search: filterToSearch(filter), canAct: canEdit(access), ...dashboardPage(data) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export default function Dashboard() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("dashboard");
  const base = `/m/${d.slug}/dashboard`;
  const csv = (id: string) => `${base}/csv/${id}${d.search}`;
  // A filtered view says under each heading which filters that source follows.
  const note = (section: "survey" | "tickets" | "interviews") => (d.search ? t(`scope.${section}`) : undefined);
  // Only an empty source (not an empty filter result) points to where its data comes from.
  const act = (section: "survey" | "tickets" | "interviews") => (d.canAct && !d.search ? { to: evidencePage(d.slug, section), label: t(`emptyAction.${section}`) } : undefined);
  return (
    <div className="stack">
      <DashboardStyles />
      <Heading level={2} data-size="lg">
        {d.title}
      </Heading>
      <Paragraph>{t("intro")}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t("threshold", { min: d.minGroupSize })}
      </Paragraph>
      <DashboardFilters filter={d.filter} options={d.options} action={base} />
      <DashboardSection id="survey" title={t("sections.survey")} charts={d.survey?.charts ?? null} texts={d.survey?.texts} empty={t("empty.survey")} emptyAction={act("survey")} locale={d.locale} csv={csv} minGroupSize={d.minGroupSize} note={note("survey")} />
      <DashboardSection id="tickets" title={t("sections.tickets")} charts={d.tickets} empty={t("empty.tickets")} emptyAction={act("tickets")} locale={d.locale} csv={csv} minGroupSize={d.minGroupSize} note={note("tickets")} />
      <DashboardSection id="interviews" title={t("sections.interviews")} charts={d.interviews} empty={t("empty.interviews")} emptyAction={act("interviews")} locale={d.locale} csv={csv} minGroupSize={d.minGroupSize} note={note("interviews")} />
    </div>
  );
}
