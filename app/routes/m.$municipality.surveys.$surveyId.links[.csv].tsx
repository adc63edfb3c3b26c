// POST only: makes N respondent links and returns them as a CSV for mail merge. A POST,
// because it creates data; the links exist nowhere else afterwards (only their hashes).
import type { ActionFunctionArgs } from "@remix-run/node";
import { audit } from "~/db/audit.server";
import { i18next } from "~/i18n/i18next.server";
import { isSurveyError } from "~/services/surveys/errors";
import { MAX_INVITATIONS, createInvitations, invitationsCsv } from "~/services/surveys/invitations.server";
import { field, requestLocale, requireSurveyAccess } from "~/services/surveys/route-helpers.server";

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, municipality, survey } = await requireSurveyAccess(request, params);
  const form = await request.formData();
  const count = Number(field(form, "count"));
  const t = await i18next.getFixedT(request, "survey");
  if (!Number.isInteger(count) || count < 1 || count > MAX_INVITATIONS) return new Response(t("flow_errors.bad_count", { max: MAX_INVITATIONS }), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  try {
    const links = await createInvitations({ municipalityId: municipality.id, surveyId: survey.id, count });
    await audit({ userId: user.id, municipalityId: municipality.id, action: "survey.links_csv", target: `survey:${survey.id}`, detail: { count } });
    const body = invitationsCsv(links, new URL(request.url).origin, await requestLocale(request), [t("invitations.csvNumber"), t("invitations.csvLink")]);
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="survey-${survey.id}-links.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (isSurveyError(e)) return new Response(t(`flow_errors.${e.code}`), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
