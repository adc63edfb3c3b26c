// Reminders: for each recipient who has not submitted, the latest reminder that is due by the
// survey's plan (days after the invitation was sent) is queued once — its dedupe key
// `reminder:<invitation>:<n>` makes queueing it again a no-op. A worker that was down for a
// while sends only the latest due reminder, not a burst of all the missed ones.
import { DEFAULT_REMINDER_DAYS, parseDays, reminderCandidates } from "~/db/mail-recipients.server";
import { enqueueMails, type NewMail } from "~/db/mail-outbox.server";

const DAY = 24 * 3600 * 1000;

/** The 1-based number of the latest reminder due at `now`, or 0. */
export function dueReminder(invitedAt: Date, days: number[], now: Date): number {
  let due = 0;
  days.forEach((d, i) => {
    if (invitedAt.getTime() + d * DAY <= now.getTime()) due = i + 1;
  });
  return due;
}

export async function queueDueReminders(now: Date = new Date()): Promise<number> {
  const mails: NewMail[] = [];
  for (const c of await reminderCandidates()) {
    const days = c.reminderDays === null ? DEFAULT_REMINDER_DAYS : parseDays(c.reminderDays);
    const n = dueReminder(new Date(c.invitedAt), days, now);
    if (n === 0) continue;
    mails.push({
      municipalityId: c.municipalityId,
      surveyId: c.surveyId,
      invitationId: c.invitationId,
      recipient: c.email,
      locale: c.locale,
      kind: "reminder",
      dedupeKey: `reminder:${c.invitationId}:${n}`,
    });
  }
  return mails.length ? enqueueMails(mails, now) : 0;
}
