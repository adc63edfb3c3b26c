// Read a service-desk export (TOPdesk, ServiceNow, Jira, GLPI, Zammad or any CSV with a
// mapping file) as batches of normalised tickets, streaming: memory stays flat whatever the
// file size, so a 1 GB export is read like a 1 kB one. Progress = bytesRead / totalBytes.
import type { Charset } from "~/domain/tickets/charset";
import type { Delimiter } from "~/domain/tickets/csv";
import { TicketImportError } from "~/domain/tickets/errors";
import { normaliseRow } from "~/domain/tickets/normalise";
import { detectPreset, resolveColumns, type PresetId, type ResolvedColumns, type TicketMapping } from "~/domain/tickets/presets";
import type { ImportedTicket, TicketProblem } from "~/domain/tickets/types";
import { readCsvRecords, type CsvRecord } from "./csv-records.server";

export { TicketImportError };

export interface ReadExportOptions {
  /** Forces a preset; without it (and without a mapping) the preset is guessed from the headers. */
  preset?: PresetId;
  /** A parsed mapping file (ticketMappingSchema); wins over `preset`. */
  mapping?: TicketMapping;
  /** Overrides the mapping's dateFormat. */
  dateFormat?: string;
  batchSize?: number;
  /** Bytes per read; tests use tiny chunks to cross every boundary. */
  chunkSize?: number;
}

export interface RejectedRow extends TicketProblem {
  line: number;
}

export interface ExportBatch {
  batch: ImportedTicket[];
  rejected: RejectedRow[];
  bytesRead: number;
  totalBytes: number;
  /** How the file was read: the preset used (or `mapping`), charset and delimiter. */
  source: PresetId | "mapping";
  charset: Charset;
  delimiter: Delimiter;
}

function resolveHeader(headers: string[], opts: ReadExportOptions): { columns: ResolvedColumns; source: PresetId | "mapping" } {
  const source = opts.mapping ? "mapping" : (opts.preset ?? detectPreset(headers));
  const result = resolveColumns(headers, opts.mapping ?? (source as PresetId));
  if (!result.ok) throw new TicketImportError(result.problem.code, result.problem.params);
  return { columns: result.columns, source };
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

/** Excel sometimes writes trailing `;` past the last column; only empty extras are tolerated. */
function fieldCountProblem(cells: string[], expected: number): TicketProblem | null {
  if (cells.length === expected) return null;
  if (cells.length > expected && cells.slice(expected).every((c) => c.trim() === "")) return null;
  return { code: "wrong_field_count", params: { expected, found: cells.length } };
}

/**
 * Yields `{ batch, rejected, bytesRead, totalBytes, … }` every `batchSize` accepted or rejected
 * rows and once at the end. Rows that cannot become tickets are listed in `rejected` with the
 * physical line they start on (header = line 1). Throws TicketImportError for whole-file
 * problems: `empty_file`, `binary_file`, `missing_columns`, `unclosed_quote`, `no_header`.
 */
export async function* readTicketExport(path: string, opts: ReadExportOptions = {}): AsyncGenerator<ExportBatch> {
  const batchSize = opts.batchSize ?? 2000;
  let resolved: { columns: ResolvedColumns; source: PresetId | "mapping" } | null = null;
  let batch: ImportedTicket[] = [];
  let rejected: RejectedRow[] = [];

  const handle = (rec: CsvRecord) => {
    if (isBlank(rec.cells)) return;
    if (!resolved) {
      resolved = resolveHeader(rec.cells.map((h) => h.trim()), opts);
      return;
    }
    const { columns } = resolved;
    const shape = rec.malformed ? { code: "bad_quotes", params: {} } : fieldCountProblem(rec.cells, columns.headers.length);
    if (shape) return void rejected.push({ line: rec.line, ...shape });
    const r = normaliseRow(rec.cells, columns, { dateFormat: opts.dateFormat });
    if (r.ok) batch.push({ ...r.ticket, lineNumber: rec.line });
    else rejected.push({ line: rec.line, code: r.code, params: r.params });
  };

  type Meta = Pick<ExportBatch, "bytesRead" | "totalBytes" | "charset" | "delimiter">;
  let meta: Meta | null = null;
  for await (const chunk of readCsvRecords(path, { chunkSize: opts.chunkSize })) {
    meta = { bytesRead: chunk.bytesRead, totalBytes: chunk.totalBytes, charset: chunk.charset, delimiter: chunk.delimiter };
    for (const rec of chunk.records) {
      handle(rec);
      if (resolved && batch.length + rejected.length >= batchSize) {
        yield { batch, rejected, source: sourceOf(resolved), ...meta };
        batch = [];
        rejected = [];
      }
    }
  }
  if (!resolved || !meta) throw new TicketImportError("no_header");
  yield { batch, rejected, source: sourceOf(resolved), ...meta };
}

const sourceOf = (r: { source: PresetId | "mapping" }) => r.source;
