// Import a service-desk export: stream it, classify each ticket, upsert in batches and keep
// the daily roll-up current, all in ONE transaction per file. In `all_or_nothing` mode a
// single rejected row rolls the whole file back (every rejected row is still reported); in
// `skip_invalid` mode the good rows are kept. Whole-file problems write nothing.
import type { Knex } from "knex";
import { countTickets, existingTickets, ticketPage, upsertTickets, type TicketRow } from "~/db/tickets.server";
import { applyRollupDelta, replaceRollup } from "~/db/tickets-rollup.server";
import { createImport, finishImport, type ImportStatus } from "~/db/tickets-imports.server";
import { classify, type ClassificationRule } from "~/domain/tickets/classify";
import { hoursBetween } from "~/domain/tickets/dates";
import { isTicketImportError } from "~/domain/tickets/errors";
import type { PresetId, TicketMapping } from "~/domain/tickets/presets";
import { RollupDelta, type RollupTicket } from "~/domain/tickets/rollup";
import type { ImportedTicket, TicketProblem } from "~/domain/tickets/types";
import { withWriteConnection } from "./connection.server";
import { readTicketExport, type RejectedRow } from "./read-export.server";
import { loadRules } from "./rules.server";

import type { ImportMode } from "~/domain/tickets/modes";

export { IMPORT_MODES, type ImportMode } from "~/domain/tickets/modes";

/** Rejected rows kept for the report; the count is always exact. */
export const MAX_REPORTED_ERRORS = 1000;

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

export interface ImportOptions {
  municipalityId: number;
  path: string;
  fileName?: string;
  preset?: PresetId;
  mapping?: TicketMapping;
  dateFormat?: string;
  mode: ImportMode;
  userId?: number | null;
  /** An existing ticket_imports row (the web job creates it before the upload is read). */
  importId?: number;
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportResult {
  importId: number;
  status: Exclude<ImportStatus, "queued" | "running">;
  source: PresetId | "mapping" | null;
  rowsRead: number;
  /** Tickets written (new + updated). */
  imported: number;
  created: number;
  updated: number;
  /** Data rows not written: the rejected ones, or every row when the file was rolled back. */
  skipped: number;
  rejectedCount: number;
  rejected: RejectedRow[];
  /** A whole-file problem (TicketImportError): nothing was written. */
  error?: TicketProblem;
}

class RolledBack extends Error {}

/** The stored row of a ticket, classified with `rules`. */
export function toRow(municipalityId: number, importId: number, t: ImportedTicket, rules: readonly ClassificationRule[]): TicketRow {
  const c = classify(t, rules);
  return {
    municipality_id: municipalityId,
    import_id: importId,
    external_id: t.externalId,
    opened_at: t.openedAt,
    closed_at: t.closedAt ?? null,
    first_response_at: t.firstResponseAt ?? null,
    day: t.openedAt.slice(0, 10),
    channel: t.channel,
    category: t.category ?? null,
    subcategory: t.subcategory ?? null,
    system: t.system ?? null,
    area: t.area ?? null,
    department: t.department ?? null,
    assignee: t.assignee ?? null,
    line: t.line ?? null,
    type: t.type ?? null,
    classified_type: c.type,
    classified_line: c.line,
    type_rule_id: c.typeRuleId ?? null,
    line_rule_id: c.lineRuleId ?? null,
    minutes: t.minutes ?? null,
    resolution_hours: t.closedAt ? hoursBetween(t.openedAt, t.closedAt) : null,
    first_response_hours: t.firstResponseAt ? hoursBetween(t.openedAt, t.firstResponseAt) : null,
    reassignment_count: t.reassignmentCount ?? null,
    reopen_count: t.reopenCount ?? null,
    text: t.text ?? null,
  };
}

/** The last row wins when an id repeats inside a batch (one statement may not touch a row twice). */
function uniqueById(rows: TicketRow[]): TicketRow[] {
  const byId = new Map<string, TicketRow>();
  for (const r of rows) {
    byId.delete(r.external_id as string);
    byId.set(r.external_id as string, r);
  }
  return byId.size === rows.length ? rows : [...byId.values()];
}

/** Roll-up from every stored ticket (only when ids repeated across batches of a new import). */
async function rebuildRollup(municipalityId: number, k: Knex) {
  const delta = new RollupDelta();
  for (let afterId = 0; ; ) {
    const page = await ticketPage({ municipalityId, afterId, limit: 5000 }, k);
    if (!page.length) break;
    for (const r of page) delta.add(r);
    afterId = page[page.length - 1]!.id;
  }
  await replaceRollup({ municipalityId, delta }, k);
}

export async function importTickets(opts: ImportOptions): Promise<ImportResult> {
  const { municipalityId, mode } = opts;
  const importId = opts.importId ?? (await createImport({ municipalityId, userId: opts.userId, fileName: opts.fileName ?? opts.path, mode }));
  const rules = await loadRules({ municipalityId });
  const before = await countTickets({ municipalityId });
  const r: ImportResult = { importId, status: "done", source: null, rowsRead: 0, imported: 0, created: 0, updated: 0, skipped: 0, rejectedCount: 0, rejected: [] };
  try {
    await withWriteConnection((k) =>
      k.transaction(async (trx) => {
        const delta = new RollupDelta();
        let written = 0;
        // 256 kB reads (the stream default is 64 kB): fewer trips through the event loop per row, which
        // on a busy server is where a streamed import otherwise waits.
        const read = readTicketExport(opts.path, {
          preset: opts.preset, mapping: opts.mapping, dateFormat: opts.dateFormat, batchSize: opts.batchSize ?? 2000, chunkSize: 256 * 1024,
        });
        for await (const b of read) {
          r.source = b.source;
          r.rowsRead += b.batch.length + b.rejected.length;
          r.rejectedCount += b.rejected.length;
          for (const x of b.rejected) if (r.rejected.length < MAX_REPORTED_ERRORS) r.rejected.push(x);
          opts.onProgress?.({ bytesRead: b.bytesRead, totalBytes: b.totalBytes, rowsRead: r.rowsRead });
          // All or nothing: once a row is refused nothing will be kept, but reading on finds
          // every other refused row so the user can fix the file in one go.
          if (mode === "all_or_nothing" && r.rejectedCount > 0) continue;
          const rows = uniqueById(b.batch.map((t) => toRow(municipalityId, importId, t, rules)));
          if (before > 0) {
            const old = await existingTickets({ municipalityId, externalIds: rows.map((x) => x.external_id as string) }, trx);
            for (const o of old) delta.add(o, -1);
          }
          await upsertTickets({ rows }, trx);
          for (const row of rows) delta.add(row as unknown as RollupTicket);
          written += rows.length;
          r.imported += b.batch.length;
        }
        if (mode === "all_or_nothing" && r.rejectedCount > 0) throw new RolledBack();
        const after = await countTickets({ municipalityId }, trx);
        r.created = after - before;
        r.updated = r.imported - r.created;
        // A new import counted each distinct id once; fewer rows than writes means an id came
        // back in a later batch, whose old version the delta did not take away: rebuild.
        if (before === 0 && after !== written) await rebuildRollup(municipalityId, trx);
        else await applyRollupDelta({ municipalityId, delta }, trx);
      }),
    );
    r.skipped = r.rowsRead - r.imported;
  } catch (e) {
    if (e instanceof RolledBack) {
      Object.assign(r, { status: "rolled_back", imported: 0, created: 0, updated: 0, skipped: r.rowsRead });
    } else if (isTicketImportError(e)) {
      Object.assign(r, { status: "failed", imported: 0, created: 0, updated: 0, skipped: r.rowsRead, error: { code: e.code, params: e.params } });
    } else {
      await finishImport({ municipalityId, id: importId, status: "failed", error: { code: "internal", params: {} } });
      throw e;
    }
  }
  await finishImport({
    municipalityId, id: importId, status: r.status, preset: r.source, rowsRead: r.rowsRead, imported: r.imported,
    created: r.created, skipped: r.skipped, rejectedCount: r.rejectedCount, rejected: r.rejected, error: r.error ?? null,
  });
  return r;
}
