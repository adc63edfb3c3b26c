// Readers for the non-date cell values: numbers with decimal comma, durations, support
// lines and ticket types in the words the tools and Nordic users write.
import type { SupportLine, TicketType } from "~/domain/ids";
import { TICKET_TYPES } from "~/domain/ids";

/**
 * A number written the Nordic or English way: `1 234,5`, `1234.5`, `1,234.5`, `12,5`.
 * A single comma is a decimal comma (Swedish/Norwegian Excel); with both marks the last is decimal.
 */
export function parseNumber(value: string): number | null {
  let v = value.trim().replace(/[\s\u00a0\u202f']/g, "");
  if (!v) return null;
  const lastComma = v.lastIndexOf(",");
  const lastDot = v.lastIndexOf(".");
  if (lastComma > lastDot) v = v.replace(/\./g, "").replace(",", ".");
  else if (lastComma >= 0) v = v.replace(/,/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(v)) return null;
  return Number(v);
}

/** Minutes from a number or a clock duration `h:mm[:ss]` (ServiceNow time_worked). */
export function parseMinutes(value: string): number | null {
  const clock = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
  return parseNumber(value);
}

/** A count (reassignments, reopens): a non-negative whole number, else null. */
export function parseCount(value: string): number | null {
  const n = parseNumber(value);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

const LINE_WORDS: [RegExp, SupportLine][] = [
  [/first|första|forsta|første|fyrste/, 1],
  [/second|andra|andre|partial|partiell/, 2],
  [/third|tredje/, 3],
];

/**
 * The support line from `1`, `Linje 2`, `Tier 3`, `L2`, `Första linjen`, TOPdesk's
 * `firstLine` / `secondLine` / `partial` (a partial call is work handed onward: second line).
 * Undefined for anything else: statuses like "Closed" say nothing about the line.
 */
export function parseLine(value: string): SupportLine | undefined {
  const v = value.trim().toLowerCase();
  if (!v) return undefined;
  const digits = v.match(/\d+/g);
  if (digits) return digits.length === 1 && /^[123]$/.test(digits[0] ?? "") ? (Number(digits[0]) as SupportLine) : undefined;
  for (const [re, line] of LINE_WORDS) if (re.test(v)) return line;
  return undefined;
}

const TYPE_WORDS: [RegExp, TicketType][] = [
  [/lösenord|losenord|passord|password|kodeord/, "password"],
  [/behörighet|behorighet|tilgang|tilgong|permission|access|rättighet/, "permission"],
  [/fråga|question|spørsmål|how.?to|handhavande|brukarstøtte|brukerstøtte/, "how_to"],
  [/leverantör|leverandør|vendor|supplier/, "vendor"],
  [/ändring|endring|change|beställning|bestilling/, "change"],
  [/incident|störning|fel\b|feil|fault|error|avbrott|problem/, "fault"],
];

/**
 * The ticket type when the export states one (identifier, or a call type such as TOPdesk's
 * "Incident"/"Fråga", Jira's "Change"). Undefined when unrecognised: classification rules decide.
 */
export function parseType(value: string): TicketType | undefined {
  const v = value.trim().toLowerCase();
  if (!v) return undefined;
  if ((TICKET_TYPES as readonly string[]).includes(v)) return v as TicketType;
  for (const [re, type] of TYPE_WORDS) if (re.test(v)) return type;
  return undefined;
}
