// Classification rules: which ticket type and support line a ticket is, from its category
// and text. Type and line are decided separately, each by the first matching rule (lowest
// `order`) that sets it, so a rule can say "vendor ⇒ line 3" without naming a type.
//
// Defaults follow the pre-study's line definitions (§2.3):
//   line 1 — solvable at first contact: passwords, simple how-to questions;
//   line 2 — needs deeper analysis: faults, reinstalls, permission structures, changes;
//   line 3 — general infrastructure or external vendors.
// Permission requests default to line 1 (granting a role is a first-contact task; designing
// permission structures is line 2 and is caught by its own seeded rule). Unknown work
// defaults to line 2: we would rather under- than over-state what a first line could take.
import type { LocalizedText, SupportLine, TicketType } from "~/domain/ids";
import { buildKeywordIndex, fold, markMatches, type KeywordIndex } from "./keyword-index";
import type { Ticket } from "./types";

export { fold };

export const RULE_FIELDS = ["category", "subcategory", "text", "channel", "any"] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export interface ClassificationRule {
  id: string;
  order: number;
  match: { field: RuleField; keywords: string[] };
  setType?: TicketType;
  setLine?: SupportLine;
  label?: LocalizedText;
}

export interface Classification {
  type: TicketType;
  line: SupportLine;
  /** The rule that decided the type, else the one that decided the line. */
  ruleId?: string;
  typeRuleId?: string;
  lineRuleId?: string;
}

export const DEFAULT_LINE_BY_TYPE: Readonly<Record<TicketType, SupportLine>> = {
  password: 1,
  permission: 1,
  how_to: 1,
  fault: 2,
  change: 2,
  vendor: 3,
  other: 2,
};

function haystack(t: Ticket, field: RuleField): string {
  const parts =
    field === "any" ? [t.category, t.subcategory, t.text] : field === "channel" ? [t.channel] : [t[field]];
  return fold(parts.filter(Boolean).join(" \n "));
}

export const ruleMatches = (t: Ticket, r: ClassificationRule): boolean => {
  const hit = new Uint8Array(1);
  markMatches(haystack(t, r.match.field), buildKeywordIndex([r.match.keywords]), hit);
  return hit[0] === 1;
};

// Per rule set, built once (sorting and indexing per ticket would dominate a large import):
// the rules in order and, per field, one keyword index over all rules matching that field.
interface Prepared {
  sorted: ClassificationRule[];
  fields: { field: RuleField; index: KeywordIndex; rules: number[] }[];
}
const prepared = new WeakMap<readonly ClassificationRule[], Prepared>();
function prepare(rules: readonly ClassificationRule[]): Prepared {
  let p = prepared.get(rules);
  if (!p) {
    const sorted = [...rules].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    const fields = RULE_FIELDS.map((field) => {
      const idx = sorted.flatMap((r, i) => (r.match.field === field ? [i] : []));
      return { field, index: buildKeywordIndex(idx.map((i) => sorted[i]!.match.keywords)), rules: idx };
    }).filter((f) => f.rules.length > 0);
    prepared.set(rules, (p = { sorted, fields }));
  }
  return p;
}

/** Which rules (by position in the sorted list) match the ticket. */
function matchingRules(ticket: Ticket, p: Prepared): Uint8Array {
  const matched = new Uint8Array(p.sorted.length);
  for (const f of p.fields) {
    const text = haystack(ticket, f.field);
    if (!text) continue;
    const hit = new Uint8Array(f.rules.length);
    markMatches(text, f.index, hit);
    hit.forEach((h, i) => {
      if (h) matched[f.rules[i]!] = 1;
    });
  }
  return matched;
}

/**
 * Type and line for a ticket. What the export states (ticket.type / ticket.line) wins over
 * rules; rules win over defaults. A ticket handed on at least once (reassignmentCount > 0)
 * is at least line 2 unless the export itself states its line.
 */
export function classify(ticket: Ticket, rules: readonly ClassificationRule[]): Classification {
  let typeRule: ClassificationRule | undefined;
  let lineRule: ClassificationRule | undefined;
  const p = prepare(rules);
  const matched = matchingRules(ticket, p);
  for (let i = 0; i < p.sorted.length && !(typeRule && lineRule); i++) {
    const r = p.sorted[i]!;
    if (!matched[i]) continue;
    if (!typeRule && r.setType) typeRule = r;
    if (!lineRule && r.setLine) lineRule = r;
  }
  const type = ticket.type ?? typeRule?.setType ?? "other";
  let line = ticket.line ?? lineRule?.setLine ?? DEFAULT_LINE_BY_TYPE[type];
  if (ticket.line === undefined && (ticket.reassignmentCount ?? 0) > 0 && line < 2) line = 2;
  const typeRuleId = ticket.type ? undefined : typeRule?.id;
  const lineRuleId = ticket.line ? undefined : lineRule?.id;
  const ruleId = typeRuleId ?? lineRuleId;
  return { type, line, ...(ruleId && { ruleId }), ...(typeRuleId && { typeRuleId }), ...(lineRuleId && { lineRuleId }) };
}

/**
 * How many tickets each rule decided something for (type or line; a rule deciding both for
 * a ticket counts once), and how many tickets no rule touched. Lets the project group see
 * dead rules and what is left unclassified.
 */
export function ruleHits(tickets: Iterable<Ticket>, rules: readonly ClassificationRule[]): { byRule: Record<string, number>; unmatched: number } {
  const byRule: Record<string, number> = Object.fromEntries(rules.map((r) => [r.id, 0]));
  let unmatched = 0;
  for (const t of tickets) {
    const c = classify(t, rules);
    const ids = new Set([c.typeRuleId, c.lineRuleId].filter((x): x is string => !!x));
    if (ids.size === 0) unmatched++;
    for (const id of ids) byRule[id] = (byRule[id] ?? 0) + 1;
  }
  return { byRule, unmatched };
}
