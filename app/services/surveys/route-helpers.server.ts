// Shared by the project group's survey routes: membership first, then the survey looked up
// with the municipality, so another municipality's survey id is a 404.
import type { Params } from "@remix-run/react";
import type { MembershipRole } from "~/db/users.server";
import { getSurvey } from "~/db/surveys.server";
import { isLocale, type Locale } from "~/domain/ids";
import { i18next } from "~/i18n/i18next.server";
import { requireMembership } from "~/services/auth.server";

export async function requireSurveyAccess(request: Request, params: Params, minimum: MembershipRole = "project") {
  const access = await requireMembership(request, params.municipality, minimum);
  const id = Number(params.surveyId);
  const survey = Number.isSafeInteger(id) && id > 0 ? await getSurvey({ municipalityId: access.municipality.id, id }) : undefined;
  if (!survey) throw new Response("Not found", { status: 404 });
  return { ...access, survey };
}

export async function requestLocale(request: Request): Promise<Locale> {
  const l = await i18next.getLocale(request);
  return isLocale(l) ? l : "sv";
}

/** Fields posted by a form, as strings. */
export const field = (form: FormData, name: string): string => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim() : "";
};
