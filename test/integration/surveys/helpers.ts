// Builders for the survey integration tests.
import type { Locale } from "~/domain/ids";
import { createInvitations } from "~/services/surveys/invitations.server";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { makeMunicipality } from "../../support/factories";

export async function publishedSurvey(opts: { locale?: Locale; links?: number } = {}) {
  const m = await makeMunicipality();
  const surveyId = await createSurvey({ municipalityId: m.id, templateKey: "prestudy-2019", locale: opts.locale ?? "sv" });
  await publishSurvey({ municipalityId: m.id, surveyId });
  const links = opts.links ? await createInvitations({ municipalityId: m.id, surveyId, count: opts.links }) : [];
  return { m, surveyId, links, tokens: links.map((l) => l.replace("/s/", "")) };
}

/** Form values that answer every page of prestudy-2019. */
export const PAGES: Record<"systems" | "permissions" | "shared_support" | "service_level", Record<string, string | string[]>> = {
  systems: { area: ["school", "hr"], channels: ["phone", "email"], tickets_per_day: "12" },
  permissions: { permission_required: "yes", permission_kind: "Rollbaserad" },
  shared_support: { sees_advantages: "both", "advantages.0": "Högre effektivitet", "disadvantages.0": "Längre svarstider" },
  service_level: { service_level_kept: "no", service_level_why: "Specialistkunskap" },
};
