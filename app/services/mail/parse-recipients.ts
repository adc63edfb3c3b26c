// Reads a pasted list of addresses: one or more per line, separated by commas, semicolons or
// spaces, optionally "Name <address>", optionally followed by a language code (sv, nb, nn, en).
import { isLocale, type Locale } from "~/domain/ids";

export type ParsedRecipient = { email: string; locale: Locale | null };
export type ParsedList = { recipients: ParsedRecipient[]; invalid: string[]; duplicates: number };

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;
export const MAX_RECIPIENTS = 2000;

export function parseRecipientList(text: string): ParsedList {
  const recipients: ParsedRecipient[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let last: ParsedRecipient | null = null;
  for (const raw of text.split(/[\s,;]+/)) {
    const token = raw.replace(/^[<"'(]+|[>"')]+$/g, "").trim();
    if (!token) continue;
    if (isLocale(token.toLowerCase()) && last) {
      last.locale = token.toLowerCase() as Locale;
      continue;
    }
    if (!token.includes("@")) continue; // a name beside an address
    const email = token.toLowerCase();
    if (!EMAIL.test(email) || email.length > 320) {
      invalid.push(token);
      last = null;
      continue;
    }
    if (seen.has(email)) {
      duplicates += 1;
      last = null;
      continue;
    }
    seen.add(email);
    last = { email, locale: null };
    recipients.push(last);
  }
  return { recipients, invalid, duplicates };
}

/** "5, 10" → [5, 10]; null when it is not a list of whole days between 1 and 90, ascending. */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 90)) return null;
  if (days.some((d, i) => i > 0 && d <= days[i - 1]!)) return null;
  return days.length > 5 ? null : days;
}
