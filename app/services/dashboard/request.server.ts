// What both dashboard routes do first: check access, read the locale and the filter from the
// request, and load the dashboard's data.
import { requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/domain/ids";
import { parseFilter } from "~/domain/charts/filters";
import type { Translate } from "~/domain/charts/context";
import { loadDashboard } from "./dashboard.server";

export async function dashboardRequest(request: Request, slug: string | undefined) {
  const access = await requireMembership(request, slug, "decision");
  const detected = await i18next.getLocale(request);
  const locale: Locale = isLocale(detected) ? detected : DEFAULT_LOCALE;
  const fixed = await i18next.getFixedT(locale, "dashboard");
  const t: Translate = (key, params) => fixed(key, params as Record<string, string>) as string;
  const filter = parseFilter(new URL(request.url).searchParams);
  const data = await loadDashboard({ municipalityId: access.municipality.id, locale, t, filter });
  return { access, locale, t, filter, data };
}
