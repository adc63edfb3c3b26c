// What every report route starts with: the member's access and the request's locale.
import { isLocale, type Locale } from "~/domain/ids";
import type { MembershipRole } from "~/db/users.server";
import { i18next } from "~/i18n/i18next.server";
import { requireMembership } from "~/services/auth.server";

export async function reportRequest(request: Request, slug: string | undefined, minimum: MembershipRole = "decision") {
  const access = await requireMembership(request, slug, minimum);
  const detected = await i18next.getLocale(request);
  const locale: Locale = isLocale(detected) ? detected : access.municipality.defaultLocale;
  return { access, locale };
}

export const notFound = () => new Response("Not found", { status: 404 });
