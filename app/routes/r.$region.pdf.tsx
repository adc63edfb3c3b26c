import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/domain/ids";
import { audit } from "~/db/audit.server";
import { i18next } from "~/i18n/i18next.server";
import { regionPdf, regionRows } from "~/services/reports/region.server";
import { requireRegion } from "~/services/region-access.server";

// The regional comparison as PDF (a few pages: drawn while the request waits).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, region } = await requireRegion(request, params.region);
  const detected = await i18next.getLocale(request);
  const locale = isLocale(detected) ? detected : "sv";
  const pdf = await regionPdf({ region, rows: await regionRows({ region }), locale });
  const fileName = `${region.slug}-comparison-${new Date().toISOString().slice(0, 10)}-${locale}.pdf`;
  await audit({ userId: user.id, action: "export", target: fileName, detail: { region: region.slug, format: "pdf" } });
  return new Response(new Uint8Array(pdf), { headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" } });
}
