// Classification rules of a municipality: seeded from the defaults on first use, edited by
// the project group, re-run over every stored ticket on request.
import type { Knex } from "knex";
import { db } from "~/db/client.server";
import { ruleHitCounts, setClassification, ticketPage, type ClassificationUpdate } from "~/db/tickets.server";
import { replaceRollup } from "~/db/tickets-rollup.server";
import { deleteRule, insertRules, listRules, restoreRule, takeRule, updateRule, type StoredRule, type StoredRuleRow } from "~/db/tickets-rules.server";
import { markRulesSeeded, rulesSeeded } from "~/db/tickets-settings.server";
import { textIn, type Channel, type Locale, type LocalizedText, type SupportLine, type TicketType } from "~/domain/ids";
import { classify, type ClassificationRule, type RuleField } from "~/domain/tickets/classify";
import { RollupDelta } from "~/domain/tickets/rollup";
import type { Ticket } from "~/domain/tickets/types";
import { DEFAULT_RULES } from "../../../seeds/rules/default-rules";
import { deleteWithUndo, undoDeleted } from "~/services/undo.server";
import { withWriteConnection } from "./connection.server";

/** The municipality's rules, seeding the defaults the first time (never again once edited). */
export async function loadRules({ municipalityId }: { municipalityId: number }, k: Knex = db()): Promise<StoredRule[]> {
  if (!(await rulesSeeded({ municipalityId }, k))) {
    await k.transaction(async (trx) => {
      if (await rulesSeeded({ municipalityId }, trx)) return;
      await insertRules({ municipalityId, rules: DEFAULT_RULES }, trx);
      await markRulesSeeded({ municipalityId }, trx);
    });
  }
  return listRules({ municipalityId }, k);
}

export type RuleWithHits = StoredRule & { hits: number };

/**
 * How many stored tickets each rule decided (type or line; once per ticket), counted in SQL
 * from the rule ids saved at classification, and how many no rule touched.
 */
export async function rulesWithHits({ municipalityId }: { municipalityId: number }): Promise<{ rules: RuleWithHits[]; unmatched: number }> {
  const rules = await loadRules({ municipalityId });
  const hits = new Map<string, number>();
  let unmatched = 0;
  for (const g of await ruleHitCounts({ municipalityId })) {
    const ids = new Set([g.typeRuleId, g.lineRuleId].filter((x): x is string => !!x));
    if (ids.size === 0) unmatched += g.count;
    for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + g.count);
  }
  return { rules: rules.map((r) => ({ ...r, hits: hits.get(r.id) ?? 0 })), unmatched };
}

/** What classify() needs from a stored row. */
export function ticketForClassification(r: {
  channel: string; category: string | null; subcategory: string | null; text: string | null;
  type: string | null; line: number | null; reassignment_count: number | null;
}): Ticket {
  const t: Ticket = { externalId: "", openedAt: "", channel: r.channel as Channel };
  if (r.category) t.category = r.category;
  if (r.subcategory) t.subcategory = r.subcategory;
  if (r.text) t.text = r.text;
  if (r.type) t.type = r.type as TicketType;
  if (r.line !== null) t.line = r.line as SupportLine;
  if (r.reassignment_count !== null) t.reassignmentCount = Number(r.reassignment_count);
  return t;
}

const PAGE = 5000;

/**
 * Classify every ticket of the municipality again with its current rules and rebuild the
 * roll-up, in one transaction. Tickets are grouped by outcome so a million tickets cost a
 * few dozen UPDATEs per page, not a million.
 */
export async function reclassifyTickets({ municipalityId, onProgress }: { municipalityId: number; onProgress?: (done: number) => void }) {
  const rules: ClassificationRule[] = await loadRules({ municipalityId });
  return withWriteConnection((k) =>
    k.transaction(async (trx) => {
      const delta = new RollupDelta();
      let afterId = 0;
      let seen = 0;
      for (;;) {
        const page = await ticketPage({ municipalityId, afterId, limit: PAGE }, trx);
        if (page.length === 0) break;
        const groups = new Map<string, { value: ClassificationUpdate; ids: number[] }>();
        for (const row of page) {
          const c = classify(ticketForClassification(row), rules);
          const value: ClassificationUpdate = { classified_type: c.type, classified_line: c.line, type_rule_id: c.typeRuleId ?? null, line_rule_id: c.lineRuleId ?? null };
          const key = `${value.classified_type}|${value.classified_line}|${value.type_rule_id}|${value.line_rule_id}`;
          let g = groups.get(key);
          if (!g) groups.set(key, (g = { value, ids: [] }));
          g.ids.push(row.id);
          delta.add({ ...row, classified_type: c.type, classified_line: c.line });
        }
        for (const g of groups.values()) await setClassification({ municipalityId, ids: g.ids, value: g.value }, trx);
        seen += page.length;
        afterId = page[page.length - 1]!.id;
        onProgress?.(seen);
      }
      await replaceRollup({ municipalityId, delta }, trx);
      return { tickets: seen };
    }),
  );
}

export interface RuleInput {
  field: RuleField;
  keywords: string[];
  setType?: TicketType;
  setLine?: SupportLine;
  order: number;
}

/** Add a rule (rowId absent) or change one; false when the rule is not the municipality's. */
export async function saveRule({ municipalityId, rowId, rule }: { municipalityId: number; rowId?: number; rule: RuleInput }): Promise<boolean> {
  await loadRules({ municipalityId });
  if (rowId !== undefined) return updateRule({ municipalityId, rowId, rule: { order: rule.order, match: { field: rule.field, keywords: rule.keywords }, setType: rule.setType, setLine: rule.setLine } });
  const id = `custom-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  await insertRules({ municipalityId, rules: [{ id, order: rule.order, match: { field: rule.field, keywords: rule.keywords }, setType: rule.setType, setLine: rule.setLine }] });
  return true;
}

export async function removeRule({ municipalityId, rowId }: { municipalityId: number; rowId: number }) {
  return deleteRule({ municipalityId, rowId });
}

/** The undo kind of a deleted classification rule (docs/decisions/050-undo.md). */
export const RULE_UNDO = "ticket_rule";

type RuleUndo = { rule: StoredRuleRow };

/** What the rules page calls a rule: its label, else its first two keywords. */
export function ruleName(row: StoredRuleRow, locale: Locale): string {
  if (row.label) return textIn(JSON.parse(String(row.label)) as LocalizedText, locale);
  return (JSON.parse(String(row.keywords)) as string[]).slice(0, 2).join(", ");
}

/** Removes a rule, keeping it for undo; the undo id and the rule's row, or undefined when it is not the municipality's. */
export async function removeRuleWithUndo({ municipalityId, userId, rowId, now }: { municipalityId: number; userId: number; rowId: number; now?: Date }) {
  let rule: StoredRuleRow | undefined;
  const undoId = await deleteWithUndo<RuleUndo>(
    { municipalityId, userId, kind: RULE_UNDO, now, audit: (p) => ({ action: "tickets.rule.delete", target: `rule:${p.rule.rule_key}` }) },
    async (trx) => {
      rule = await takeRule(trx, { municipalityId, rowId });
      return rule ? { rule } : undefined;
    },
  );
  return undoId === undefined || !rule ? undefined : { undoId, rule };
}

/** Puts a removed rule back at its place in the rule order (same id, key and order number). */
export function undoRemoveRule({ municipalityId, userId, id, now }: { municipalityId: number; userId: number; id: number | undefined; now?: Date }) {
  return undoDeleted<RuleUndo>(
    { municipalityId, userId, kind: RULE_UNDO, id, now, audit: (p) => ({ action: "tickets.rule.undo", target: `rule:${p.rule.rule_key}` }) },
    (trx, p) => restoreRule(trx, { municipalityId, row: p.rule }),
  );
}
