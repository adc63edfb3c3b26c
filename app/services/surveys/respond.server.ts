// What the respondent's page (/s/:token) shows and does. The token is the only credential:
// the invitation is found by one hash of it, the in-progress response by another, so the
// two rows never point at each other in an anonymous survey.
import type { Knex } from "knex";
import type { Locale } from "~/domain/ids";
import { validateAnswers, type RawFormValues } from "~/domain/surveys/answers";
import { nextSection, previousSection, progress, visibleSections } from "~/domain/surveys/paging";
import { isEmptyAnswer, otherKey, type Answers, type Issue, type Section, type SurveyTemplate } from "~/domain/surveys/template";
import { dropHiddenAnswers, visibleCodes } from "~/domain/surveys/visibility";
import { db } from "~/db/client.server";
import { getSurveyById, getSurveyByOpenToken, nowIso, type SurveyRow } from "~/db/surveys.server";
import { findInvitationByHash, insertInvitations, setInvitationStatus, type InvitationRow } from "~/db/surveys-invitations.server";
import { answerRows, findResponseByResumeKey, insertResponse, markAnswersSubmitted, replaceAnswers, updateResponse, type ResponseRow } from "~/db/surveys-responses.server";
import { answersToRows, rowsToAnswers } from "./answer-rows";
import { setEraseKey } from "~/db/survey-privacy.server";
import { eraseKeyOf, invitationHash, looksLikeToken, newResponseId, newToken, resumeKeyOf } from "./tokens.server";

export type RespondSurvey = { id: number; definition: SurveyTemplate; defaultLocale: Locale };
export type RespondView =
  | { kind: "not_found" }
  | { kind: "closed" | "open_link" | "intro" | "submitted" | "erased"; survey: RespondSurvey }
  | { kind: "page"; survey: RespondSurvey; section: Section; answers: Answers; page: number; total: number; isFirst: boolean; isLast: boolean };

type Resolved = { kind: "invitation"; invitation: InvitationRow; survey: SurveyRow } | { kind: "open"; survey: SurveyRow } | null;

const publicSurvey = (s: SurveyRow): RespondSurvey => ({ id: s.id, definition: s.definition, defaultLocale: s.defaultLocale });

async function resolve(token: string, k: Knex = db()): Promise<Resolved> {
  if (!looksLikeToken(token)) return null;
  const invitation = await findInvitationByHash({ tokenHash: invitationHash(token) }, k);
  if (invitation) {
    const survey = await getSurveyById({ id: invitation.surveyId }, k);
    return survey && survey.status !== "draft" ? { kind: "invitation", invitation, survey } : null;
  }
  const survey = await getSurveyByOpenToken({ token }, k);
  return survey && survey.status === "published" ? { kind: "open", survey } : null;
}

export async function loadRespondent(token: string): Promise<RespondView> {
  const r = await resolve(token);
  if (!r) return { kind: "not_found" };
  const survey = publicSurvey(r.survey);
  if (r.kind === "open") return { kind: "open_link", survey };
  if (r.invitation.status === "submitted") return { kind: "submitted", survey };
  if (r.invitation.status === "erased") return { kind: "erased", survey };
  if (r.survey.status !== "published") return { kind: "closed", survey };
  const response = r.invitation.status === "started" ? await findResponseByResumeKey({ resumeKey: resumeKeyOf(token) }) : undefined;
  if (!response) return { kind: "intro", survey };
  const answers = rowsToAnswers(survey.definition, await answerRows({ responseId: response.id }));
  return pageView(survey, currentSection(survey.definition, response.currentSection, answers), answers);
}

function currentSection(t: SurveyTemplate, key: string | null, answers: Answers): Section {
  const shown = visibleSections(t, answers);
  return shown.find((s) => s.key === key) ?? shown[0] ?? (t.sections[0] as Section);
}

function pageView(survey: RespondSurvey, section: Section, answers: Answers): RespondView {
  const t = survey.definition;
  const { page, total } = progress(t, section.key, answers);
  return {
    kind: "page",
    survey,
    section,
    answers,
    page,
    total,
    isFirst: previousSection(t, section.key, answers) === null,
    isLast: nextSection(t, section.key, answers) === null,
  };
}

/** Starts answering on a personal link (idempotent). */
export async function startResponse(token: string, locale: Locale): Promise<void> {
  await db().transaction(async (trx) => {
    const r = await resolve(token, trx);
    if (r?.kind !== "invitation" || r.survey.status !== "published") return;
    if ((await setInvitationStatus({ id: r.invitation.id, status: "started", from: ["unused"] }, trx)) === 0) return;
    await insertResponse(
      {
        id: newResponseId(),
        surveyId: r.survey.id,
        municipalityId: r.survey.municipalityId,
        invitationId: r.survey.anonymous ? null : r.invitation.id,
        resumeKey: resumeKeyOf(token),
        status: "in_progress",
        currentSection: visibleSections(r.survey.definition, {})[0]?.key ?? null,
        locale,
      },
      trx,
    );
  });
}

/** The shared link hands each visitor a personal link of their own, so they can resume. */
export async function startFromOpenLink(openToken: string, locale: Locale): Promise<string | null> {
  const survey = looksLikeToken(openToken) ? await getSurveyByOpenToken({ token: openToken }) : undefined;
  if (!survey || survey.status !== "published") return null;
  const token = newToken();
  await insertInvitations({ municipalityId: survey.municipalityId, surveyId: survey.id, tokenHashes: [invitationHash(token)], viaOpenLink: true });
  await startResponse(token, locale);
  return token;
}

export type SaveIntent = "next" | "back" | "finish";
export type SaveResult =
  | { kind: "saved" }
  | { kind: "submitted" }
  | { kind: "errors"; errors: Record<string, Issue>; values: Record<string, string | string[]> }
  | { kind: "refused"; reason: "not_found" | "closed" | "submitted" };

/** Saves one page of answers and moves back, forward or to submission. The respondent action calls this. */
export async function saveSection(input: { token: string; section: string; raw: RawFormValues; intent: SaveIntent; locale: Locale }): Promise<SaveResult> {
  return db().transaction(async (trx) => {
    const r = await resolve(input.token, trx);
    if (r?.kind !== "invitation") return refused("not_found");
    if (r.invitation.status === "submitted" || r.invitation.status === "erased") return refused("submitted");
    if (r.survey.status !== "published") return refused("closed");
    const response = await findResponseByResumeKey({ resumeKey: resumeKeyOf(input.token) }, trx);
    if (!response) return refused("not_found");
    const t = r.survey.definition;
    const stored = rowsToAnswers(t, await answerRows({ responseId: response.id }, trx));
    const section = currentSection(t, input.section, stored);
    const ownCodes = section.questions.flatMap((q) => [q.code, otherKey(q.code)]);
    const prior = Object.fromEntries(Object.entries(stored).filter(([code]) => !ownCodes.includes(code)));
    const result = validateAnswers(section, input.raw, input.locale, prior);
    const cleaned = dropHiddenAnswers(t, { ...prior, ...result.answers });
    const removed = Object.keys(stored).filter((code) => !(code in cleaned));
    const mine = Object.fromEntries(Object.entries(cleaned).filter(([code]) => ownCodes.includes(code)));
    await replaceAnswers({ responseId: response.id, surveyId: r.survey.id, codes: [...new Set([...ownCodes, ...removed])], rows: answersToRows(mine) }, trx);
    await updateResponse({ id: response.id }, { locale: input.locale }, trx);

    const hasErrors = Object.keys(result.errors).length > 0;
    if (hasErrors && input.intent !== "back") return { kind: "errors" as const, errors: result.errors, values: result.values };
    if (input.intent === "back") return move(trx, response, previousSection(t, section.key, cleaned) ?? section.key);
    const next = nextSection(t, section.key, cleaned);
    if (input.intent === "next" && next !== null) return move(trx, response, next);
    const missing = firstIncomplete(t, cleaned);
    if (missing) return move(trx, response, missing);
    return submit(trx, r.invitation, response, input.token);
  });
}

const refused = (reason: "not_found" | "closed" | "submitted"): SaveResult => ({ kind: "refused", reason });

async function move(trx: Knex, response: ResponseRow, section: string): Promise<SaveResult> {
  await updateResponse({ id: response.id }, { currentSection: section }, trx);
  return { kind: "saved" };
}

/** A shown section with a required question still empty (a page skipped by editing the URL). */
function firstIncomplete(t: SurveyTemplate, answers: Answers): string | null {
  const shown = visibleCodes(t, answers);
  const s = visibleSections(t, answers).find((x) => x.questions.some((q) => shown.has(q.code) && q.required && isEmptyAnswer(answers[q.code])));
  return s?.key ?? null;
}

async function submit(trx: Knex, invitation: InvitationRow, response: ResponseRow, token: string): Promise<SaveResult> {
  // The conditional update is the guard against a double submit racing this one.
  if ((await setInvitationStatus({ id: invitation.id, status: "submitted", from: ["started"] }, trx)) === 0) return refused("submitted");
  await updateResponse({ id: response.id }, { status: "submitted", submittedAt: nowIso(), currentSection: null, clearResumeKey: true }, trx);
  await markAnswersSubmitted({ responseId: response.id }, trx);
  await setEraseKey({ id: response.id, eraseKey: eraseKeyOf(token) }, trx);
  return { kind: "submitted" };
}
