import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/domain/ids";
import { requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { exportInterviews } from "~/services/interviews/export.server";

// The REFI-QDA codebook (Codebook.xsd v1.0) of the coding, for NVivo, ATLAS.ti or QualCoder.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireMembership(request, params.municipality, "decision");
  const detected = await i18next.getLocale(request);
  const file = await exportInterviews({
    municipalityId: access.municipality.id,
    municipalitySlug: access.municipality.slug,
    format: "qdc",
    locale: isLocale(detected) ? detected : "sv",
    userId: access.user.id,
  });
  return new Response(file.body, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });
}
