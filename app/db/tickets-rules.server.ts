import type { Knex } from "knex";
import type { LocalizedText, SupportLine, TicketType } from "~/domain/ids";
import type { ClassificationRule, RuleField } from "~/domain/tickets/classify";
import { db } from "./client.server";

// Classification rules per municipality. `rule_key` is the id the classifier and the
// tickets' type_rule_id / line_rule_id use; the numeric id is only for forms.

export type StoredRule = ClassificationRule & { rowId: number };

function toRule(r: Record<string, unknown>): StoredRule {
  const rule: StoredRule = {
    rowId: Number(r.id),
    id: r.rule_key as string,
    order: Number(r.sort_order),
    match: { field: r.field as RuleField, keywords: JSON.parse(r.keywords as string) as string[] },
  };
  if (r.set_type) rule.setType = r.set_type as TicketType;
  if (r.set_line !== null && r.set_line !== undefined) rule.setLine = Number(r.set_line) as SupportLine;
  if (r.label) rule.label = JSON.parse(r.label as string) as LocalizedText;
  return rule;
}

const toRow = (municipalityId: number, r: ClassificationRule) => ({
  municipality_id: municipalityId,
  rule_key: r.id,
  sort_order: r.order,
  field: r.match.field,
  keywords: JSON.stringify(r.match.keywords),
  set_type: r.setType ?? null,
  set_line: r.setLine ?? null,
  label: r.label ? JSON.stringify(r.label) : null,
});

export async function listRules({ municipalityId }: { municipalityId: number }, k: Knex = db()): Promise<StoredRule[]> {
  const rows = await k("classification_rules").where({ municipality_id: municipalityId }).orderBy([{ column: "sort_order" }, { column: "rule_key" }]);
  return rows.map(toRule);
}

export async function insertRules({ municipalityId, rules }: { municipalityId: number; rules: ClassificationRule[] }, k: Knex = db()) {
  if (rules.length) await k("classification_rules").insert(rules.map((r) => toRow(municipalityId, r)));
}

export async function updateRule({ municipalityId, rowId, rule }: { municipalityId: number; rowId: number; rule: Omit<ClassificationRule, "id" | "label"> }) {
  const { municipality_id: _m, rule_key: _k, label: _l, ...changes } = toRow(municipalityId, { ...rule, id: "" });
  const n = await db()("classification_rules").where({ municipality_id: municipalityId, id: rowId }).update(changes);
  return n > 0;
}

export async function deleteRule({ municipalityId, rowId }: { municipalityId: number; rowId: number }) {
  return (await db()("classification_rules").where({ municipality_id: municipalityId, id: rowId }).delete()) > 0;
}

/** A rule's row as stored (every column), what an undo puts back exactly. */
export type StoredRuleRow = Record<string, unknown> & { id: number; rule_key: string };

/** Deletes one rule and returns its row; undefined when it is not the municipality's. */
export async function takeRule(k: Knex, { municipalityId, rowId }: { municipalityId: number; rowId: number }): Promise<StoredRuleRow | undefined> {
  const where = { municipality_id: municipalityId, id: rowId };
  const row = (await k("classification_rules").where(where).first()) as StoredRuleRow | undefined;
  if (!row || (await k("classification_rules").where(where).delete()) !== 1) return undefined;
  return { ...row, id: Number(row.id) };
}

/**
 * Puts a taken rule back with its id, key and order number, so it is tried where it was and the
 * tickets it decided count for it again; false when its key or id is in use again.
 */
export async function restoreRule(k: Knex, { municipalityId, row }: { municipalityId: number; row: StoredRuleRow }): Promise<boolean> {
  const taken = await k("classification_rules")
    .where((q) => q.where({ municipality_id: municipalityId, rule_key: row.rule_key }).orWhere({ id: row.id }))
    .first("id");
  if (taken) return false;
  await k("classification_rules").insert({ ...row, municipality_id: municipalityId });
  return true;
}
