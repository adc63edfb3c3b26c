import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvExportLines, csvFileName, isCsvExport, streamOf } from "~/services/reports/csv-export.server";
import { notFound, reportRequest } from "~/services/reports/request.server";

// One CSV export, streamed: ?dialect=standard (RFC 4180) or excel (default; `;`, decimal
// comma and BOM for sv/nb/nn).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, locale } = await reportRequest(request, params.municipality);
  if (!isCsvExport(params.kind)) throw notFound();
  const dialect = new URL(request.url).searchParams.get("dialect") === "standard" ? "standard" : "excel";
  const lines = csvExportLines({ kind: params.kind, municipality: access.municipality, dialect, locale, userId: access.user.id });
  return new Response(streamOf(lines), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(access.municipality.slug, params.kind)}"`,
      "Cache-Control": "no-store",
    },
  });
}
