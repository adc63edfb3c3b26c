// Removes what identifies a person from a quote before it is shown or exported: e-mail
// addresses, phone numbers and the given names the project group lists (interviewees,
// colleagues they mention). It is a safety net, not a guarantee: a human still reads the quote.

/** Replacement texts; the UI passes translated ones (`interviews:masks.*`). */
export interface AnonymiseMasks {
  email: string;
  phone: string;
  name: string;
}

const DEFAULT_MASKS: AnonymiseMasks = { email: "[…]", phone: "[…]", name: "[…]" };

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// A run of digits with single spaces or hyphens between them, optionally after +country code
// or a (0). Which runs are phone numbers is decided in isPhoneNumber.
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+\d{1,3}[ \u00a0-]?(?:\(0\)[ \u00a0-]?)?)?\d(?:[ \u00a0-]?\d)+(?![\p{L}\p{N}])/gu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function anonymiseQuote(quote: string, names: readonly string[] = [], masks: AnonymiseMasks = DEFAULT_MASKS): string {
  let text = quote.replace(EMAIL, masks.email);
  text = text.replace(PHONE_CANDIDATE, (m) => (isPhoneNumber(m) ? masks.phone : m));
  return replaceNames(text, names, masks.name);
}

/**
 * Swedish numbers start with 0 (070-123 45 67, 031-123456) and have 7–10 digits after it;
 * Norwegian ones have 8 digits (912 34 567, 22 33 44 55); international ones start with +.
 * Dates (2024-03-12), years and counts ("20 ärenden") are not phone numbers.
 */
function isPhoneNumber(candidate: string): boolean {
  if (ISO_DATE.test(candidate)) return false;
  const digits = candidate.replace(/\D/g, "");
  if (candidate.startsWith("+")) return digits.length >= 8 && digits.length <= 15;
  if (digits.startsWith("0")) return digits.length >= 8 && digits.length <= 11;
  return digits.length === 8;
}

function replaceNames(text: string, names: readonly string[], mask: string): string {
  const cleaned = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))];
  if (cleaned.length === 0) return text;
  // Longest first, so "Anna-Karin" is replaced as a whole before "Anna" could match inside it.
  const alternatives = cleaned.sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Whole words only, with an optional genitive -s ("Annas ärenden"): not "Per" inside "Persson".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})s?(?![\\p{L}\\p{N}])`, "giu");
  return text.replace(pattern, mask);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
