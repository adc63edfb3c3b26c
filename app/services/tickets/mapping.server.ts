// Mapping files (DESIGN.md shape) and the header row of an upload, for the mapping step.
import { readFile } from "node:fs/promises";
import { TicketImportError } from "~/domain/tickets/errors";
import { detectPreset, resolveColumns, ticketMappingSchema, type PresetId, type TicketMapping } from "~/domain/tickets/presets";
import type { TicketProblem } from "~/domain/tickets/types";
import { readCsvRecords } from "./csv-records.server";

/** Parse and validate a mapping (file text or object); TicketImportError `invalid_mapping` otherwise. */
export function parseMapping(input: unknown): TicketMapping {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ""));
    } catch (e) {
      throw new TicketImportError("invalid_mapping", { detail: e instanceof Error ? e.message : String(e) });
    }
  }
  const parsed = ticketMappingSchema.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "/"}: ${i.message}`).join("; ");
    throw new TicketImportError("invalid_mapping", { detail });
  }
  return parsed.data;
}

export async function readMappingFile(path: string): Promise<TicketMapping> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new TicketImportError("mapping_not_found", { file: path });
  }
  return parseMapping(text);
}

/** The header row (trimmed), read without loading the file. Throws for whole-file problems. */
export async function readHeaders(path: string): Promise<string[]> {
  for await (const chunk of readCsvRecords(path)) {
    const first = chunk.records.find((r) => r.cells.some((c) => c.trim() !== ""));
    if (first) return first.cells.map((c) => c.trim());
  }
  throw new TicketImportError("no_header");
}

export type HeaderCheck =
  | { ok: true; headers: string[]; preset: PresetId | "mapping" }
  | { ok: false; headers: string[]; problem: TicketProblem };

/** Can the file be read with this preset (or the detected one) or mapping? Says what is missing. */
export async function checkHeaders(path: string, opts: { preset?: PresetId; mapping?: TicketMapping }): Promise<HeaderCheck> {
  const headers = await readHeaders(path);
  const preset = opts.preset ?? detectPreset(headers);
  const result = resolveColumns(headers, opts.mapping ?? preset);
  if (!result.ok) return { ok: false, headers, problem: result.problem };
  return { ok: true, headers, preset: opts.mapping ? "mapping" : preset };
}
