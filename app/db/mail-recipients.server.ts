// Survey recipients: e-mail addresses kept apart from answers, one per invitation, and each
// survey's reminder plan. Addresses go when the survey closes unless the group keeps them.
import type { Knex } from "knex";
import type { Locale } from "~/domain/ids";
import { db } from "./client.server";

export type MailSettings = { reminderDays: number[]; keepAddresses: boolean };
export const DEFAULT_REMINDER_DAYS = [5, 10];

export const parseDays = (text: string): number[] =>
  text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);

export async function getMailSettings({ municipalityId, surveyId }: { municipalityId: number; surveyId: number }): Promise<MailSettings> {
  const r = await db()("survey_mail_settings").where({ municipality_id: municipalityId, survey_id: surveyId }).first();
  if (!r) return { reminderDays: DEFAULT_REMINDER_DAYS, keepAddresses: false };
  return { reminderDays: parseDays(String(r.reminder_days)), keepAddresses: Boolean(r.keep_addresses) };
}

export async function saveMailSettings({ municipalityId, surveyId, settings }: { municipalityId: number; surveyId: number; settings: MailSettings }) {
  await db()("survey_mail_settings")
    .insert({ survey_id: surveyId, municipality_id: municipalityId, reminder_days: settings.reminderDays.join(","), keep_addresses: settings.keepAddresses })
    .onConflict("survey_id")
    .merge(["reminder_days", "keep_addresses"]);
}

export async function existingRecipients({ municipalityId, surveyId }: { municipalityId: number; surveyId: number }): Promise<Set<string>> {
  const rows = await db()("survey_recipients").where({ municipality_id: municipalityId, survey_id: surveyId }).select("email");
  return new Set(rows.map((r: { email: string }) => r.email));
}

export type NewRecipient = { invitationId: number; email: string; locale: Locale; tokenSealed: string };

export async function insertRecipients({ municipalityId, surveyId, recipients, now }: { municipalityId: number; surveyId: number; recipients: NewRecipient[]; now: Date }, k: Knex = db()) {
  const rows = recipients.map((r) => ({
    municipality_id: municipalityId,
    survey_id: surveyId,
    invitation_id: r.invitationId,
    email: r.email,
    locale: r.locale,
    token_sealed: r.tokenSealed,
    created_at: now.toISOString(),
  }));
  for (let i = 0; i < rows.length; i += 100) await k("survey_recipients").insert(rows.slice(i, i + 100));
}

export async function recipientOf({ invitationId }: { invitationId: number }) {
  const r = await db()("survey_recipients as r").join("municipalities as m", "m.id", "r.municipality_id").where("r.invitation_id", invitationId).first("r.email", "r.locale", "r.token_sealed", "m.name as municipality");
  return r ? { email: String(r.email), locale: r.locale as Locale, tokenSealed: String(r.token_sealed), municipality: String(r.municipality) } : undefined;
}

export async function countRecipients({ municipalityId, surveyId }: { municipalityId: number; surveyId: number }): Promise<number> {
  const r = await db()("survey_recipients").where({ municipality_id: municipalityId, survey_id: surveyId }).count({ n: "*" }).first();
  return Number(r?.n ?? 0);
}

export type ReminderCandidate = { municipalityId: number; surveyId: number; invitationId: number; email: string; locale: Locale; invitedAt: string; reminderDays: string | null };

/**
 * Recipients who were sent an invitation, have not submitted, and whose survey version is
 * open. The caller works out which reminder (if any) is due.
 */
export async function reminderCandidates(): Promise<ReminderCandidate[]> {
  const rows = await db()("survey_recipients as r")
    .join("survey_invitations as i", "i.id", "r.invitation_id")
    .join("surveys as s", "s.id", "i.survey_id")
    .join("mail_outbox as o", function () {
      this.on("o.invitation_id", "=", "r.invitation_id").andOn("o.kind", "=", db().raw("?", ["invitation"])).andOn("o.status", "=", db().raw("?", ["sent"]));
    })
    .leftJoin("survey_mail_settings as ms", "ms.survey_id", "r.survey_id")
    .whereNot("i.status", "submitted")
    .andWhere("s.status", "published")
    .select("r.municipality_id", "i.survey_id", "r.invitation_id", "r.email", "r.locale", "o.sent_at", "ms.reminder_days");
  return rows.map((r: Record<string, unknown>) => ({
    municipalityId: Number(r.municipality_id),
    surveyId: Number(r.survey_id),
    invitationId: Number(r.invitation_id),
    email: String(r.email),
    locale: r.locale as Locale,
    invitedAt: String(r.sent_at),
    reminderDays: (r.reminder_days as string | null) ?? null,
  }));
}

/**
 * Deletes the addresses (and their queued mails) of surveys that are closed, unless the project
 * group chose to keep them. "Closed" is the state of the version the invitation belongs to now.
 */
export async function purgeClosedRecipients(): Promise<number> {
  const closed = db()("survey_recipients as r")
    .join("survey_invitations as i", "i.id", "r.invitation_id")
    .join("surveys as s", "s.id", "i.survey_id")
    .leftJoin("survey_mail_settings as ms", "ms.survey_id", "r.survey_id")
    .where("s.status", "closed")
    .andWhere((q) => q.whereNull("ms.keep_addresses").orWhere("ms.keep_addresses", db().raw("?", [false])))
    .select("r.invitation_id");
  const ids = (await closed).map((r: { invitation_id: number }) => Number(r.invitation_id));
  for (let i = 0; i < ids.length; i += 200) {
    const chunk = ids.slice(i, i + 200);
    await db().transaction(async (k) => {
      await k("mail_outbox").whereIn("invitation_id", chunk).delete();
      await k("survey_recipients").whereIn("invitation_id", chunk).delete();
    });
  }
  return ids.length;
}
