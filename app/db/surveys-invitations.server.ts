// Invitations: one row per respondent link, holding only the SHA-256 of the token and a
// state. Nothing here points at a response (see docs/decisions/020-survey-anonymity.md).
import type { Knex } from "knex";
import { db } from "./client.server";
import { nowIso } from "./surveys.server";

export type InvitationStatus = "unused" | "started" | "submitted" | "erased";
export type InvitationRow = { id: number; surveyId: number; municipalityId: number; status: InvitationStatus; viaOpenLink: boolean };

const columns = ["id", "survey_id as surveyId", "municipality_id as municipalityId", "status", "via_open_link as viaOpenLink"];

const toRow = (r: InvitationRow & { viaOpenLink: boolean | number }): InvitationRow => ({
  ...r,
  id: Number(r.id),
  surveyId: Number(r.surveyId),
  municipalityId: Number(r.municipalityId),
  viaOpenLink: Boolean(r.viaOpenLink),
});

export async function insertInvitations(
  { municipalityId, surveyId, tokenHashes, viaOpenLink = false }: { municipalityId: number; surveyId: number; tokenHashes: string[]; viaOpenLink?: boolean },
  k: Knex = db(),
): Promise<void> {
  const createdAt = nowIso();
  const rows = tokenHashes.map((h) => ({ survey_id: surveyId, municipality_id: municipalityId, token_hash: h, status: "unused", via_open_link: viaOpenLink, created_at: createdAt }));
  // Chunks keep SQLite under its bound-variable limit.
  for (let i = 0; i < rows.length; i += 200) await k("survey_invitations").insert(rows.slice(i, i + 200));
}

export async function findInvitationByHash({ tokenHash }: { tokenHash: string }, k: Knex = db()): Promise<InvitationRow | undefined> {
  const r = await k("survey_invitations").where({ token_hash: tokenHash }).first(columns);
  return r ? toRow(r) : undefined;
}

export async function setInvitationStatus(
  { id, status, from }: { id: number; status: InvitationStatus; from?: InvitationStatus[] },
  k: Knex = db(),
): Promise<number> {
  const q = k("survey_invitations").where({ id });
  if (from) q.whereIn("status", from);
  return q.update({ status });
}

export type InvitationCounts = { total: number; unused: number; started: number; submitted: number; erased: number; viaOpenLink: number };

export async function countInvitations({ municipalityId, surveyId }: { municipalityId: number; surveyId: number }): Promise<InvitationCounts> {
  const rows = (await db()("survey_invitations")
    .where({ municipality_id: municipalityId, survey_id: surveyId })
    .groupBy("status", "via_open_link")
    .select("status", "via_open_link as open")
    .count({ n: "*" })) as Array<{ status: InvitationStatus; open: boolean | number; n: number | string }>;
  const out: InvitationCounts = { total: 0, unused: 0, started: 0, submitted: 0, erased: 0, viaOpenLink: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    out.total += n;
    out[r.status] += n;
    if (r.open) out.viaOpenLink += n;
  }
  return out;
}

/** When a new version is published, links nobody has used yet follow it. */
export async function moveUnusedInvitations({ municipalityId, fromSurveyId, toSurveyId }: { municipalityId: number; fromSurveyId: number; toSurveyId: number }, k: Knex = db()) {
  await k("survey_invitations").where({ municipality_id: municipalityId, survey_id: fromSurveyId, status: "unused" }).update({ survey_id: toSurveyId });
}
