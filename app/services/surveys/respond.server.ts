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
import { nowIso, type SurveyRow } from "~/db/surveys.server";
import { insertInvitations, setInvitationStatus, type InvitationRow } from "~/db/surveys-invitations.server";
import { insertResponse, markAnswersSubmitted, replaceAnswers, updateResponse, type ResponseRow } from "~/db/surveys-responses.server";
import { findInvitationWithSurvey, findResponseWithAnswers, findSurveyByOpenToken } from "~/db/surveys-respondent.server";
import { answersToRows, rowsToAnswers } from "./answer-rows";
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
  const found = await findInvitationWithSurvey({ tokenHash: invitationHash(token) }, k);
  if (found) return found.survey.status !== "draft" ? { kind: "invitation", ...found } : null;
  const survey = await findSurveyByOpenToken({ token }, k);
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
  const started = r.invitation.status === "started" ? await findResponseWithAnswers({ resumeKey: resumeKeyOf(token) }) : undefined;
  if (!started) return { kind: "intro", survey };
  const answers = rowsToAnswers(survey.definition, started.rows);
  return pageView(survey, currentSection(survey.definition, started.response.currentSection, answers), answers);
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

/**
 * Starts answering on a personal link (idempotent). Says what the link turned out to be, so the
 * start button needs no lookup of its own: unknown, a shared link, or a personal one.
 */
export async function startResponse(token: string, locale: Locale): Promise<"not_found" | "open_link" | "personal"> {
  return db().transaction(async (trx) => {
    const r = await resolve(token, trx);
    if (!r) return "not_found";
    if (r.kind === "open") return "open_link";
    if (r.survey.status !== "published") return "personal";
    if ((await setInvitationStatus({ id: r.invitation.id, status: "started", from: ["unused"] }, trx)) === 0) return "personal";
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
    return "personal";
  });
}

/** The shared link hands each visitor a personal link of their own, so they can resume. */
export async function startFromOpenLink(openToken: string, locale: Locale): Promise<string | null> {
  const survey = looksLikeToken(openToken) ? await findSurveyByOpenToken({ token: openToken }) : undefined;
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

/**
 * Saves one page of answers and moves back, forward or to submission, in one transaction of
 * few statements: the page's answers replaced, then one update of the response (its language
 * and where it stands). The respondent action calls this.
 */
export async function saveSection(input: { token: string; section: string; raw: RawFormValues; intent: SaveIntent; locale: Locale }): Promise<SaveResult> {
  return db().transaction(async (trx) => {
    const r = await resolve(input.token, trx);
    if (r?.kind !== "invitation") return refused("not_found");
    if (r.invitation.status === "submitted" || r.invitation.status === "erased") return refused("submitted");
    if (r.survey.status !== "published") return refused("closed");
    const started = await findResponseWithAnswers({ resumeKey: resumeKeyOf(input.token) }, trx);
    if (!started) return refused("not_found");
    const { response } = started;
    const t = r.survey.definition;
    const stored = rowsToAnswers(t, started.rows);
    const section = currentSection(t, input.section, stored);
    const ownCodes = section.questions.flatMap((q) => [q.code, otherKey(q.code)]);
    const prior = Object.fromEntries(Object.entries(stored).filter(([code]) => !ownCodes.includes(code)));
    const result = validateAnswers(section, input.raw, input.locale, prior);
    const cleaned = dropHiddenAnswers(t, { ...prior, ...result.answers });
    const removed = Object.keys(stored).filter((code) => !(code in cleaned));
    const mine = Object.fromEntries(Object.entries(cleaned).filter(([code]) => ownCodes.includes(code)));
    await replaceAnswers({ responseId: response.id, surveyId: r.survey.id, codes: [...new Set([...ownCodes, ...removed])], rows: answersToRows(mine) }, trx);
    const stay = async () => {
      await updateResponse({ id: response.id }, { locale: input.locale }, trx);
      return { kind: "errors" as const, errors: result.errors, values: result.values };
    };

    const hasErrors = Object.keys(result.errors).length > 0;
    if (hasErrors && input.intent !== "back") return stay();
    if (input.intent === "back") return move(trx, response, previousSection(t, section.key, cleaned) ?? section.key, input.locale);
    const next = nextSection(t, section.key, cleaned);
    if (input.intent === "next" && next !== null) return move(trx, response, next, input.locale);
    const missing = firstIncomplete(t, cleaned);
    if (missing) return move(trx, response, missing, input.locale);
    return submit(trx, r.invitation, response, input.token, input.locale);
  });
}

const refused = (reason: "not_found" | "closed" | "submitted"): SaveResult => ({ kind: "refused", reason });

async function move(trx: Knex, response: ResponseRow, section: string, locale: Locale): Promise<SaveResult> {
  await updateResponse({ id: response.id }, { currentSection: section, locale }, trx);
  return { kind: "saved" };
}

/** A shown section with a required question still empty (a page skipped by editing the URL). */
function firstIncomplete(t: SurveyTemplate, answers: Answers): string | null {
  const shown = visibleCodes(t, answers);
  const s = visibleSections(t, answers).find((x) => x.questions.some((q) => shown.has(q.code) && q.required && isEmptyAnswer(answers[q.code])));
  return s?.key ?? null;
}

async function submit(trx: Knex, invitation: InvitationRow, response: ResponseRow, token: string, locale: Locale): Promise<SaveResult> {
  // The conditional update is the guard against a double submit racing this one.
  if ((await setInvitationStatus({ id: invitation.id, status: "submitted", from: ["started"] }, trx)) === 0) return refused("submitted");
  // From now on only the link's holder can find this response, to erase it (erase key, no resume key).
  await updateResponse({ id: response.id }, { status: "submitted", submittedAt: nowIso(), currentSection: null, clearResumeKey: true, eraseKey: eraseKeyOf(token), locale }, trx);
  await markAnswersSubmitted({ responseId: response.id }, trx);
  return { kind: "submitted" };
}
