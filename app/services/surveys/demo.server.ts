// Demo surveys: Sjöbacka has the pre-study survey in Swedish with the 80 answers that
// reproduce the pre-study's figures and a few links nobody has used; Fjordvik has it in
// Norwegian bokmål with 30 answers from another seed.
import type { Locale } from "~/domain/ids";
import { demoPrestudyResponses } from "../../../seeds/demo/survey-responses";
import type { DemoSeeder } from "../demo.server";
import { createInvitations } from "./invitations.server";
import { storeSubmittedResponses } from "./store.server";
import { createSurvey, publishSurvey } from "./surveys.server";

async function seedOne(municipalityId: number, locale: Locale, answers: ReturnType<typeof demoPrestudyResponses>, unusedLinks: number) {
  const surveyId = await createSurvey({ municipalityId, templateKey: "prestudy-2019", locale });
  await publishSurvey({ municipalityId, surveyId });
  await storeSubmittedResponses({ municipalityId, surveyId, locale, rows: answers.map((a) => ({ externalId: null, answers: a })) });
  // The tokens are thrown away: these links only make the invitation counts realistic.
  if (unusedLinks > 0) await createInvitations({ municipalityId, surveyId, count: unusedLinks });
  return surveyId;
}

/** Adds the surveys part of the demo. */
export const seedDemoSurveys: DemoSeeder = async (municipalities, progress) => {
  for (const m of municipalities) {
    progress?.(`${m.slug}: surveys`);
    if (m.country === "SE") await seedOne(m.municipalityId, "sv", demoPrestudyResponses(), 5);
    else await seedOne(m.municipalityId, "nb", demoPrestudyResponses(2026).slice(0, 30), 3);
  }
};
