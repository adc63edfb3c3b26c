// The respondent's path (/s/:token), read in as few statements as it can be: the link's
// invitation with its survey in one query, the in-progress response with its answers in
// another. The two are still found by two different hashes of the token, so nothing stored
// points from one to the other (docs/decisions/020-survey-anonymity.md, 040-respondent-load.md).
import type { Knex } from "knex";
import { surveyTemplateSchema, type SurveyTemplate } from "~/domain/surveys/template";
import { db } from "./client.server";
import type { InvitationRow, InvitationStatus } from "./surveys-invitations.server";
import type { AnswerRow, ResponseRow } from "./surveys-responses.server";
import type { SurveyRow } from "./surveys.server";

const surveyColumns = [
  "s.id as s_id",
  "s.municipality_id as s_municipalityId",
  "s.assessment_id as s_assessmentId",
  "s.template_key as s_templateKey",
  "s.version as s_version",
  "s.previous_id as s_previousId",
  "s.definition as s_definition",
  "s.default_locale as s_defaultLocale",
  "s.status as s_status",
  "s.anonymous as s_anonymous",
  "s.open_token as s_openToken",
  "s.created_at as s_createdAt",
  "s.published_at as s_publishedAt",
  "s.closed_at as s_closedAt",
];

type RawSurvey = { [K in keyof SurveyRow as `s_${K}`]: unknown };

// A published (or closed) survey's definition never changes, so it is parsed and validated
// once, not on every page a respondent posts. The stored text is compared as well, so a draft,
// or another database with the same ids (tests, a restore), is never served a stale parse.
const PARSED_MAX = 64;
const parsed = new Map<number, { text: string; definition: SurveyTemplate }>();

function definitionOf(id: number, text: string, frozen: boolean): SurveyTemplate {
  const hit = parsed.get(id);
  if (hit && hit.text === text) return hit.definition;
  const definition = surveyTemplateSchema.parse(JSON.parse(text));
  if (frozen) {
    parsed.delete(id);
    if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value as number);
    parsed.set(id, { text, definition });
  }
  return definition;
}

function toSurvey(r: RawSurvey): SurveyRow {
  const id = Number(r.s_id);
  const status = r.s_status as SurveyRow["status"];
  return {
    id,
    municipalityId: Number(r.s_municipalityId),
    assessmentId: Number(r.s_assessmentId),
    templateKey: String(r.s_templateKey),
    version: Number(r.s_version),
    previousId: r.s_previousId === null ? null : Number(r.s_previousId),
    definition: definitionOf(id, String(r.s_definition), status !== "draft"),
    defaultLocale: r.s_defaultLocale as SurveyRow["defaultLocale"],
    status,
    anonymous: Boolean(r.s_anonymous),
    openToken: (r.s_openToken as string | null) ?? null,
    createdAt: String(r.s_createdAt),
    publishedAt: (r.s_publishedAt as string | null) ?? null,
    closedAt: (r.s_closedAt as string | null) ?? null,
  };
}

/** A personal link's invitation and its survey, in one query. */
export async function findInvitationWithSurvey({ tokenHash }: { tokenHash: string }, k: Knex = db()): Promise<{ invitation: InvitationRow; survey: SurveyRow } | undefined> {
  const r = await k("survey_invitations as i")
    .join("surveys as s", "s.id", "i.survey_id")
    .where("i.token_hash", tokenHash)
    .first(["i.id as i_id", "i.status as i_status", "i.via_open_link as i_viaOpenLink", ...surveyColumns]);
  if (!r) return undefined;
  const survey = toSurvey(r as RawSurvey);
  const invitation: InvitationRow = {
    id: Number(r.i_id),
    surveyId: survey.id,
    municipalityId: survey.municipalityId,
    status: r.i_status as InvitationStatus,
    viaOpenLink: Boolean(r.i_viaOpenLink),
  };
  return { invitation, survey };
}

/** The survey a shared (open) link belongs to. */
export async function findSurveyByOpenToken({ token }: { token: string }, k: Knex = db()): Promise<SurveyRow | undefined> {
  const r = await k("surveys as s").where("s.open_token", token).first(surveyColumns);
  return r ? toSurvey(r as RawSurvey) : undefined;
}

/** The in-progress response a resume key opens, with its answers (ordered by code and position), in one query. */
export async function findResponseWithAnswers({ resumeKey }: { resumeKey: string }, k: Knex = db()): Promise<{ response: ResponseRow; rows: AnswerRow[] } | undefined> {
  const found = (await k("survey_responses as r")
    .leftJoin("survey_answers as a", "a.response_id", "r.id")
    .where("r.resume_key", resumeKey)
    .orderBy(["a.question_code", "a.position"])
    .select(
      "r.id",
      "r.survey_id as surveyId",
      "r.municipality_id as municipalityId",
      "r.status",
      "r.current_section as currentSection",
      "r.locale",
      "r.submitted_at as submittedAt",
      "a.question_code",
      "a.position",
      "a.value",
    )) as Array<ResponseRow & { question_code: string | null; position: number | null; value: string | null }>;
  const first = found[0];
  if (!first) return undefined;
  const response: ResponseRow = {
    id: first.id,
    surveyId: Number(first.surveyId),
    municipalityId: Number(first.municipalityId),
    status: first.status,
    currentSection: first.currentSection,
    locale: first.locale,
    submittedAt: first.submittedAt,
  };
  const rows: AnswerRow[] = [];
  for (const x of found) if (x.question_code !== null) rows.push({ question_code: x.question_code, position: Number(x.position), value: x.value as string });
  return { response, rows };
}
