// Respondent links. A token is shown once, when it is made (on the page, as CSV or by the
// CLI); only its hash is stored, so a lost link cannot be recovered — make a new one.
import { csvDialect, formatCsv } from "~/domain/csv";
import type { Locale } from "~/domain/ids";
import { updateSurvey } from "~/db/surveys.server";
import { countInvitations, insertInvitations, type InvitationCounts } from "~/db/surveys-invitations.server";
import { SurveyError } from "./errors";
import { requireSurvey } from "./surveys.server";
import { invitationHash, newToken } from "./tokens.server";

export const MAX_INVITATIONS = 5000;
export const linkPath = (token: string) => `/s/${token}`;

export async function createInvitations({ municipalityId, surveyId, count }: { municipalityId: number; surveyId: number; count: number }): Promise<string[]> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_INVITATIONS) throw new SurveyError("bad_count", { max: MAX_INVITATIONS });
  const survey = await requireSurvey({ municipalityId, surveyId });
  if (survey.status !== "published") throw new SurveyError("not_published");
  const tokens = Array.from({ length: count }, newToken);
  await insertInvitations({ municipalityId, surveyId, tokenHashes: tokens.map(invitationHash) });
  return tokens.map(linkPath);
}

/** Links as a CSV for mail merge: a number and the full address per row. */
export function invitationsCsv(links: string[], origin: string, locale: Locale, header: [string, string]): string {
  return formatCsv([header, ...links.map((l, i) => [i + 1, `${origin}${l}`])], csvDialect("excel", locale));
}

export async function invitationCounts(args: { municipalityId: number; surveyId: number }): Promise<InvitationCounts> {
  return countInvitations(args);
}

/** Turns the survey's shared link on (a new token) or off. */
export async function setOpenLink({ municipalityId, surveyId, on }: { municipalityId: number; surveyId: number; on: boolean }): Promise<string | null> {
  const survey = await requireSurvey({ municipalityId, surveyId });
  if (survey.status !== "published") throw new SurveyError("not_published");
  const token = on ? newToken() : null;
  await updateSurvey({ municipalityId, id: surveyId }, { openToken: token });
  return token;
}
