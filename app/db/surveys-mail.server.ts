// What the mail queue needs to know about invitations, asked by invitation id: which link row a
// freshly made token belongs to, and whether its respondent has submitted. Reads only.
import type { Knex } from "knex";
import { db } from "./client.server";
import type { InvitationStatus } from "./surveys-invitations.server";
import type { SurveyStatus } from "./surveys.server";

/** token hash → invitation id, for invitations of one municipality. */
export async function invitationIdsByHash({ municipalityId, hashes }: { municipalityId: number; hashes: string[] }, k: Knex = db()): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < hashes.length; i += 200) {
    const rows = await k("survey_invitations").where({ municipality_id: municipalityId }).whereIn("token_hash", hashes.slice(i, i + 200)).select("id", "token_hash");
    for (const r of rows as Array<{ id: number; token_hash: string }>) out.set(r.token_hash, Number(r.id));
  }
  return out;
}

export type InvitationState = { status: InvitationStatus; surveyId: number; surveyStatus: SurveyStatus };

/** The invitation's state and the state of the survey version it belongs to now. */
export async function invitationState({ invitationId }: { invitationId: number }, k: Knex = db()): Promise<InvitationState | undefined> {
  const r = await k("survey_invitations as i").join("surveys as s", "s.id", "i.survey_id").where("i.id", invitationId).first("i.status", "i.survey_id", "s.status as survey_status");
  return r ? { status: r.status as InvitationStatus, surveyId: Number(r.survey_id), surveyStatus: r.survey_status as SurveyStatus } : undefined;
}
