import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvDialect, csvLine, csvPreamble } from "~/domain/csv";
import { isLocale } from "~/domain/ids";
import { REGION_CSV_HEADER, regionCsvRows } from "~/domain/report/region";
import { audit } from "~/db/audit.server";
import { i18next } from "~/i18n/i18next.server";
import { regionRows } from "~/services/reports/region.server";
import { requireRegion } from "~/services/region-access.server";

// The regional comparison as CSV (one row per municipality: small, written at once).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, region } = await requireRegion(request, params.region);
  const detected = await i18next.getLocale(request);
  const locale = isLocale(detected) ? detected : "sv";
  const dialect = csvDialect(new URL(request.url).searchParams.get("dialect") === "standard" ? "standard" : "excel", locale);
  const rows = await regionRows({ region });
  const body = csvPreamble(dialect) + [REGION_CSV_HEADER, ...regionCsvRows(rows)].map((r) => csvLine(r, dialect)).join("");
  const fileName = `${region.slug}-comparison-${new Date().toISOString().slice(0, 10)}.csv`;
  await audit({ userId: user.id, action: "export", target: fileName, detail: { region: region.slug, dialect: dialect.kind } });
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" } });
}
