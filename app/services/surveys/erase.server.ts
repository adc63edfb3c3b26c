// Erasing one respondent's answers on request (privacy law), by their link: the respondent
// from their own page, or the project group with the link the respondent sent them. The
// token is the only way to the response (docs/decisions/020 and 030); it is never logged.
import { db } from "~/db/client.server";
import { findInvitationByHash, setInvitationStatus } from "~/db/surveys-invitations.server";
import { deleteAddressOf, deleteResponse, findLinkedResponse } from "~/db/survey-privacy.server";
import { getSurveyById } from "~/db/surveys.server";
import { eraseKeyOf, invitationHash, looksLikeToken, resumeKeyOf } from "./tokens.server";

export type EraseCheck =
  | { kind: "found"; surveyId: number; municipalityId: number }
  | { kind: "not_found" }
  /** The link was never used, or its answers are already gone. */
  | { kind: "nothing" };

/** The token out of what a respondent pasted: the whole link, a path or the bare token. */
export function tokenFrom(text: string): string {
  const trimmed = text.trim();
  const m = /\/s\/([A-Za-z0-9_-]+)/.exec(trimmed);
  return m?.[1] ?? trimmed;
}

/** What erasing this link would do; `municipalityId` limits it to one municipality's surveys. */
export async function checkErasable({ token, municipalityId }: { token: string; municipalityId?: number }, k = db()): Promise<EraseCheck & { responseId?: string; invitationId?: number }> {
  if (!looksLikeToken(token)) return { kind: "not_found" };
  const invitation = await findInvitationByHash({ tokenHash: invitationHash(token) }, k);
  if (!invitation || (municipalityId !== undefined && invitation.municipalityId !== municipalityId)) return { kind: "not_found" };
  if (invitation.status === "unused" || invitation.status === "erased") return { kind: "nothing" };
  const survey = await getSurveyById({ id: invitation.surveyId }, k);
  const response = await findLinkedResponse(
    { surveyId: invitation.surveyId, eraseKey: eraseKeyOf(token), resumeKey: resumeKeyOf(token), invitationId: survey && !survey.anonymous ? invitation.id : null },
    k,
  );
  if (!response) return { kind: "nothing" };
  return { kind: "found", surveyId: invitation.surveyId, municipalityId: invitation.municipalityId, responseId: response.id, invitationId: invitation.id };
}

/** Deletes the link's response and answers and the address it was sent to; the link then says "erased". */
export async function eraseByToken({ token, municipalityId }: { token: string; municipalityId?: number }): Promise<EraseCheck> {
  return db().transaction(async (trx) => {
    const found = await checkErasable({ token, municipalityId }, trx);
    if (found.kind !== "found" || !found.responseId || found.invitationId === undefined) return found.kind === "found" ? { kind: "nothing" } : found;
    await deleteResponse({ municipalityId: found.municipalityId, id: found.responseId }, trx);
    await deleteAddressOf({ invitationId: found.invitationId }, trx);
    await setInvitationStatus({ id: found.invitationId, status: "erased" }, trx);
    return { kind: "found", surveyId: found.surveyId, municipalityId: found.municipalityId };
  });
}
