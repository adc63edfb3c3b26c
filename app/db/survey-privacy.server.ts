// Erasure for privacy law: one respondent's response (found by a key only their link gives),
// and a whole survey's raw answers after the assessment's retention date, keeping a snapshot
// of the counts (docs/decisions/030-retention.md).
import type { Knex } from "knex";
import { db } from "./client.server";

/** The response a link points at: by its erase key (submitted), resume key (in progress) or, in a non-anonymous survey, its invitation. */
export async function findLinkedResponse(
  { surveyId, eraseKey, resumeKey, invitationId }: { surveyId: number; eraseKey: string; resumeKey: string; invitationId: number | null },
  k: Knex = db(),
): Promise<{ id: string } | undefined> {
  const q = k("survey_responses")
    .where({ survey_id: surveyId })
    .andWhere((w) => {
      w.where({ erase_key: eraseKey }).orWhere({ resume_key: resumeKey });
      if (invitationId !== null) w.orWhere({ invitation_id: invitationId });
    });
  return q.first("id");
}

/** At submission: from now on only the link's holder can find this response, to erase it. */
export async function setEraseKey({ id, eraseKey }: { id: string; eraseKey: string }, k: Knex = db()): Promise<void> {
  await k("survey_responses").where({ id }).update({ erase_key: eraseKey });
}

/** Deletes one response and its answers (answers first: SQLite may run without cascades). */
export async function deleteResponse({ municipalityId, id }: { municipalityId: number; id: string }, k: Knex = db()): Promise<number> {
  const owned = k("survey_responses").where({ municipality_id: municipalityId, id }).select("id");
  await k("survey_answers").whereIn("response_id", owned).delete();
  return k("survey_responses").where({ municipality_id: municipalityId, id }).delete();
}

/** The e-mail address and queued mail of one invitation. */
export async function deleteAddressOf({ invitationId }: { invitationId: number }, k: Knex = db()): Promise<void> {
  await k("mail_outbox").where({ invitation_id: invitationId }).delete();
  await k("survey_recipients").where({ invitation_id: invitationId }).delete();
}

export type Snapshot = { surveyId: number; counts: string; erasedAt: string; retainedUntil: string };

export async function getSnapshot({ municipalityId, surveyId }: { municipalityId: number; surveyId: number }, k: Knex = db()): Promise<Snapshot | undefined> {
  const r = await k("survey_result_snapshots")
    .where({ municipality_id: municipalityId, survey_id: surveyId })
    .first("survey_id as surveyId", "counts", "erased_at as erasedAt", "retained_until as retainedUntil");
  return r ? { ...r, surveyId: Number(r.surveyId) } : undefined;
}

/** Stores the counts and erases the survey's raw data in one transaction (the caller's). */
export async function replaceRawWithSnapshot(
  { municipalityId, surveyId, counts, erasedAt, retainedUntil }: { municipalityId: number; surveyId: number; counts: string; erasedAt: string; retainedUntil: string },
  k: Knex,
): Promise<{ responses: number; invitations: number; addresses: number }> {
  await k("survey_result_snapshots").insert({ survey_id: surveyId, municipality_id: municipalityId, counts, erased_at: erasedAt, retained_until: retainedUntil });
  const where = { municipality_id: municipalityId, survey_id: surveyId };
  await k("survey_answers").where({ survey_id: surveyId }).delete();
  const responses = await k("survey_responses").where(where).delete();
  await k("mail_outbox").where(where).delete();
  const addresses = await k("survey_recipients").where(where).delete();
  const invitations = await k("survey_invitations").where(where).delete();
  // Nobody may answer after the erasure: the shared link goes too.
  await k("surveys").where({ municipality_id: municipalityId, id: surveyId }).update({ open_token: null });
  await k("surveys").where({ municipality_id: municipalityId, id: surveyId, status: "published" }).update({ status: "closed", closed_at: erasedAt });
  return { responses, invitations, addresses };
}
