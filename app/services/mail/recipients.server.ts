// Adding recipients to a survey: one personal link per new address (made by the surveys
// module, which hands back the raw tokens once), the token sealed for reminders, and the
// invitation mail queued.
import type { Locale } from "~/domain/ids";
import { db } from "~/db/client.server";
import { enqueueMails } from "~/db/mail-outbox.server";
import { existingRecipients, insertRecipients } from "~/db/mail-recipients.server";
import { invitationIdsByHash } from "~/db/surveys-mail.server";
import { audit } from "~/db/audit.server";
import { createInvitations } from "~/services/surveys/invitations.server";
import { invitationHash } from "~/services/surveys/tokens.server";
import { MAX_RECIPIENTS, parseRecipientList } from "./parse-recipients";
import { sealToken } from "./seal.server";

export type AddRecipientsResult = { added: number; alreadyInvited: number; duplicates: number; invalid: string[]; tooMany: boolean };

export async function addRecipients(input: { municipalityId: number; surveyId: number; userId?: number; text: string; defaultLocale: Locale; now?: Date }): Promise<AddRecipientsResult> {
  const now = input.now ?? new Date();
  const parsed = parseRecipientList(input.text);
  const result = { added: 0, alreadyInvited: 0, duplicates: parsed.duplicates, invalid: parsed.invalid, tooMany: false };
  if (parsed.invalid.length > 0) return result;
  if (parsed.recipients.length > MAX_RECIPIENTS) return { ...result, tooMany: true };
  const ids = { municipalityId: input.municipalityId, surveyId: input.surveyId };
  const known = await existingRecipients(ids);
  const fresh = parsed.recipients.filter((r) => !known.has(r.email));
  result.alreadyInvited = parsed.recipients.length - fresh.length;
  if (fresh.length === 0) return result;
  // Throws SurveyError (not_published, …) for the caller to explain.
  const links = await createInvitations({ ...ids, count: fresh.length });
  const tokens = links.map((l) => l.slice("/s/".length));
  const hashes = tokens.map(invitationHash);
  const byHash = await invitationIdsByHash({ municipalityId: input.municipalityId, hashes });
  const recipients = fresh.map((r, i) => ({
    invitationId: byHash.get(hashes[i]!)!,
    email: r.email,
    locale: r.locale ?? input.defaultLocale,
    tokenSealed: sealToken(tokens[i]!),
  }));
  await db().transaction(async (k) => {
    await insertRecipients({ ...ids, recipients, now }, k);
    await enqueueMails(
      recipients.map((r) => ({ ...ids, invitationId: r.invitationId, recipient: r.email, locale: r.locale, kind: "invitation" as const, dedupeKey: `invitation:${r.invitationId}` })),
      now,
      k,
    );
  });
  await audit({ userId: input.userId ?? null, municipalityId: input.municipalityId, action: "mail.recipients_added", target: `survey:${input.surveyId}`, detail: { count: recipients.length } });
  result.added = recipients.length;
  return result;
}
