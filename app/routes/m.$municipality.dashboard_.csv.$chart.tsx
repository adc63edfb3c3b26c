// One dashboard chart's data as CSV, for the same filter as the page (the query string), with
// the same suppression: a hidden figure has no data to download. Free-text lists download in
// full here (the page shows only the most frequent texts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { audit } from "~/db/audit.server";
import { specCsv, specFileName, textsCsv } from "~/domain/charts/csv";
import { allCharts, allTextLists } from "~/services/dashboard/dashboard.server";
import { dashboardRequest } from "~/services/dashboard/request.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, locale, t, data } = await dashboardRequest(request, params.municipality);
  const spec = allCharts(data).find((s) => s.id === params.chart && !s.suppressed);
  const texts = spec ? undefined : allTextLists(data).find((x) => x.id === params.chart);
  const id = spec?.id ?? texts?.id;
  if (!id) throw new Response("Not found", { status: 404 });
  await audit({ userId: access.user.id, municipalityId: access.municipality.id, action: "dashboard.csv", target: id, detail: new URL(request.url).search });
  const csv = spec
    ? specCsv(spec, locale, { label: t("dashboard:table.label"), share: t("dashboard:table.share") })
    : textsCsv(texts?.texts ?? [], locale, { text: t("dashboard:table.answer"), count: t("dashboard:table.count") });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${specFileName({ id })}"`,
      "Cache-Control": "no-store",
    },
  });
}
