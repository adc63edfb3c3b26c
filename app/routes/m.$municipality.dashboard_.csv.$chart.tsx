// One dashboard chart's data as CSV, for the same filter as the page (the query string), with
// the same suppression: a hidden figure has no data to download.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { audit } from "~/db/audit.server";
import { specCsv, specFileName } from "~/domain/charts/csv";
import { allCharts } from "~/services/dashboard/dashboard.server";
import { dashboardRequest } from "~/services/dashboard/request.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, locale, t, data } = await dashboardRequest(request, params.municipality);
  const spec = allCharts(data).find((s) => s.id === params.chart);
  if (!spec || spec.suppressed) throw new Response("Not found", { status: 404 });
  await audit({ userId: access.user.id, municipalityId: access.municipality.id, action: "dashboard.csv", target: spec.id, detail: new URL(request.url).search });
  return new Response(specCsv(spec, locale, { label: t("dashboard:table.label"), share: t("dashboard:table.share") }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${specFileName(spec)}"`,
      "Cache-Control": "no-store",
    },
  });
}
