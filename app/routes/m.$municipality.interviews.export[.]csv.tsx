import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/domain/ids";
import { requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { exportInterviews } from "~/services/interviews/export.server";

// Coded segments as CSV: ?dialect=excel (default; ; and BOM for sv/nb/nn) or ?dialect=standard.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireMembership(request, params.municipality, "decision");
  const detected = await i18next.getLocale(request);
  const dialect = new URL(request.url).searchParams.get("dialect") === "standard" ? "standard" : "excel";
  const file = await exportInterviews({
    municipalityId: access.municipality.id,
    municipalitySlug: access.municipality.slug,
    format: "csv",
    dialect,
    locale: isLocale(detected) ? detected : "sv",
    userId: access.user.id,
  });
  return new Response(file.body, {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });
}
