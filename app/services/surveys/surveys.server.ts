// A survey's life: created from a template (a copy), edited while a draft, published
// (frozen), closed. Editing a published survey makes a new draft version linked to it;
// publishing that version closes the old one and moves its unused links and open link over.
import type { Locale } from "~/domain/ids";
import { validateTemplate } from "~/domain/surveys/validate-template";
import type { Issue, SurveyTemplate } from "~/domain/surveys/template";
import { createAssessment, currentAssessment } from "~/db/assessments.server";
import { db } from "~/db/client.server";
import { getSurvey, insertSurvey, nextVersionOf, nowIso, updateSurvey, type SurveyRow } from "~/db/surveys.server";
import { moveUnusedInvitations } from "~/db/surveys-invitations.server";
import { SURVEY_TEMPLATES } from "../../../seeds/templates/surveys";
import { SurveyError } from "./errors";

// A municipality added from the CLI has no assessment yet; its first survey starts one.
const ASSESSMENT_NAME: Record<Locale, string> = { sv: "Förstudie", nb: "Forstudie", nn: "Forstudie", en: "Pre-study" };

export async function requireSurvey({ municipalityId, surveyId }: { municipalityId: number; surveyId: number }): Promise<SurveyRow> {
  const survey = await getSurvey({ municipalityId, id: surveyId });
  if (!survey) throw new SurveyError("not_found");
  return survey;
}

export async function createSurvey({ municipalityId, templateKey, locale }: { municipalityId: number; templateKey: string; locale: Locale }): Promise<number> {
  const template = SURVEY_TEMPLATES[templateKey];
  if (!template) throw new SurveyError("unknown_template", { template: templateKey });
  const assessmentId = (await currentAssessment({ municipalityId }))?.id ?? (await createAssessment({ municipalityId, name: ASSESSMENT_NAME[locale] }));
  const definition = structuredClone(template);
  return insertSurvey({ municipalityId, assessmentId, templateKey, version: 1, definition, defaultLocale: locale });
}

/** Saves an edited definition of a draft; returns what still stands in the way of publishing. */
export async function saveDefinition({ municipalityId, surveyId, definition }: { municipalityId: number; surveyId: number; definition: SurveyTemplate }): Promise<Issue[]> {
  const survey = await requireSurvey({ municipalityId, surveyId });
  if (survey.status !== "draft") throw new SurveyError("not_draft");
  await updateSurvey({ municipalityId, id: surveyId }, { definition });
  return validateTemplate(definition);
}

export async function setDefaultLocale({ municipalityId, surveyId, locale }: { municipalityId: number; surveyId: number; locale: Locale }) {
  const survey = await requireSurvey({ municipalityId, surveyId });
  if (survey.status !== "draft") throw new SurveyError("not_draft");
  await updateSurvey({ municipalityId, id: surveyId }, { defaultLocale: locale });
}

export async function publishSurvey({ municipalityId, surveyId }: { municipalityId: number; surveyId: number }): Promise<void> {
  const survey = await requireSurvey({ municipalityId, surveyId });
  if (survey.status !== "draft") throw new SurveyError("not_draft");
  const issues = validateTemplate(survey.definition);
  if (issues.length > 0) throw new SurveyError("has_issues", { count: issues.length });
  await db().transaction(async (trx) => {
    const now = nowIso();
    if (survey.previousId !== null) {
      const previous = await getSurvey({ municipalityId, id: survey.previousId }, trx);
      if (previous && previous.status === "published") {
        await moveUnusedInvitations({ municipalityId, fromSurveyId: previous.id, toSurveyId: survey.id }, trx);
        await updateSurvey({ municipalityId, id: previous.id }, { status: "closed", closedAt: now, openToken: null }, trx);
        if (previous.openToken) await updateSurvey({ municipalityId, id: survey.id }, { openToken: previous.openToken }, trx);
      }
    }
    await updateSurvey({ municipalityId, id: surveyId }, { status: "published", publishedAt: now }, trx);
  });
}

export async function closeSurvey({ municipalityId, surveyId }: { municipalityId: number; surveyId: number }): Promise<void> {
  const survey = await requireSurvey({ municipalityId, surveyId });
  if (survey.status !== "published") throw new SurveyError("not_published");
  await updateSurvey({ municipalityId, id: surveyId }, { status: "closed", closedAt: nowIso() });
}

/** The draft that edits a published survey: made once, then reused. */
export async function newVersion({ municipalityId, surveyId }: { municipalityId: number; surveyId: number }): Promise<number> {
  const survey = await requireSurvey({ municipalityId, surveyId });
  if (survey.status === "draft") return survey.id;
  const existing = await nextVersionOf({ municipalityId, id: survey.id });
  if (existing !== undefined) {
    const next = await getSurvey({ municipalityId, id: existing });
    if (next?.status === "draft") return next.id;
  }
  return insertSurvey({
    municipalityId,
    assessmentId: survey.assessmentId,
    templateKey: survey.templateKey,
    version: survey.version + 1,
    previousId: survey.id,
    definition: survey.definition,
    defaultLocale: survey.defaultLocale,
    anonymous: survey.anonymous,
  });
}
