import type { Knex } from "knex";
import { ROLLUP_COLUMNS, type RollupTicket } from "~/domain/tickets/rollup";
import { db } from "./client.server";
import { runBulk } from "./tickets-bulk.server";

// Tickets of one municipality. Writes take a handle so the import can run them inside its
// own transaction; every query filters by municipality.

export const TICKET_COLUMNS = [
  "municipality_id", "import_id", "external_id", "opened_at", "closed_at", "first_response_at", "day", "channel",
  "category", "subcategory", "system", "area", "department", "assignee", "line", "type", "classified_type",
  "classified_line", "type_rule_id", "line_rule_id", "minutes", "resolution_hours", "first_response_hours",
  "reassignment_count", "reopen_count", "text",
] as const;
export type TicketRow = Record<(typeof TICKET_COLUMNS)[number], string | number | null>;

// 500 rows × 26 columns = 13 000 parameters: under SQLite's 32 766 and pg's 65 535.
const ROWS_PER_STATEMENT = 500;
const UPDATED = TICKET_COLUMNS.filter((c) => c !== "municipality_id" && c !== "external_id");
const statements = new Map<number, string>();

/** `INSERT … ON CONFLICT (municipality_id, external_id) DO UPDATE`: same SQL on SQLite and pg. */
function upsertSql(rows: number): string {
  let sql = statements.get(rows);
  if (!sql) {
    const one = `(${TICKET_COLUMNS.map(() => "?").join(",")})`;
    sql =
      `insert into tickets (${TICKET_COLUMNS.join(",")}) values ${Array(rows).fill(one).join(",")} ` +
      `on conflict (municipality_id, external_id) do update set ${UPDATED.map((c) => `${c} = excluded.${c}`).join(", ")}`;
    statements.set(rows, sql);
  }
  return sql;
}

/** Insert or update by (municipality, external id). Rows must have unique external ids. */
export async function upsertTickets({ rows }: { rows: TicketRow[] }, k: Knex = db()) {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const bindings: (string | number | null)[] = [];
    for (const r of chunk) for (const c of TICKET_COLUMNS) bindings.push(r[c]);
    await runBulk(k, upsertSql(chunk.length), bindings);
  }
}

/** The stored versions (roll-up columns) of the given external ids: what an update replaces. */
export async function existingTickets({ municipalityId, externalIds }: { municipalityId: number; externalIds: string[] }, k: Knex = db()) {
  const out: RollupTicket[] = [];
  for (let i = 0; i < externalIds.length; i += ROWS_PER_STATEMENT) {
    const rows = await k("tickets")
      .where("municipality_id", municipalityId)
      .whereIn("external_id", externalIds.slice(i, i + ROWS_PER_STATEMENT))
      .select(...ROLLUP_COLUMNS);
    out.push(...(rows as RollupTicket[]).map(numeric));
  }
  return out;
}

/** pg returns doubles as numbers but counts/ints may come back as strings in aggregates. */
export function numeric<T extends RollupTicket>(r: T): T {
  r.classified_line = Number(r.classified_line);
  return r;
}

export async function countTickets({ municipalityId }: { municipalityId: number }, k: Knex = db()): Promise<number> {
  const row = await k("tickets").where("municipality_id", municipalityId).count<{ n: number | string }[]>({ n: "*" }).first();
  return Number(row?.n ?? 0);
}

export type ClassifiableRow = RollupTicket & {
  id: number;
  category: string | null;
  subcategory: string | null;
  text: string | null;
  type: string | null;
  line: number | null;
};

/** A page of tickets in id order (keyset paging: constant cost per page at any depth). */
export async function ticketPage({ municipalityId, afterId, limit }: { municipalityId: number; afterId: number; limit: number }, k: Knex = db()) {
  const rows = await k("tickets")
    .where("municipality_id", municipalityId)
    .andWhere("id", ">", afterId)
    .orderBy("id")
    .limit(limit)
    .select("id", "category", "subcategory", "text", "type", "line", ...ROLLUP_COLUMNS);
  return (rows as ClassifiableRow[]).map((r) => numeric({ ...r, id: Number(r.id), line: r.line === null ? null : Number(r.line) }));
}

export interface ClassificationUpdate {
  classified_type: string;
  classified_line: number;
  type_rule_id: string | null;
  line_rule_id: string | null;
}

/** Set one classification on many tickets (re-classification groups tickets by outcome). */
export async function setClassification({ municipalityId, ids, value }: { municipalityId: number; ids: number[]; value: ClassificationUpdate }, k: Knex = db()) {
  for (let i = 0; i < ids.length; i += ROWS_PER_STATEMENT) {
    await k("tickets").where("municipality_id", municipalityId).whereIn("id", ids.slice(i, i + ROWS_PER_STATEMENT)).update(value);
  }
}

/** Tickets caught by each rule: (type rule, line rule) → count, for ruleHits. */
export async function ruleHitCounts({ municipalityId }: { municipalityId: number }) {
  const rows = await db()("tickets")
    .where("municipality_id", municipalityId)
    .groupBy("type_rule_id", "line_rule_id")
    .select("type_rule_id", "line_rule_id")
    .count({ n: "*" });
  return (rows as Record<string, unknown>[]).map((r) => ({ typeRuleId: r.type_rule_id as string | null, lineRuleId: r.line_rule_id as string | null, count: Number(r.n) }));
}

export async function deleteTickets({ municipalityId }: { municipalityId: number }, k: Knex = db()) {
  await k("tickets").where("municipality_id", municipalityId).delete();
  await k("ticket_daily").where("municipality_id", municipalityId).delete();
}
