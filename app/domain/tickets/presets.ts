// Which column of an export holds which canonical field: from a preset's known header names,
// or from the user's mapping file (DESIGN.md "mapping file for tickets import").
import { z } from "zod";
import type { Channel } from "~/domain/ids";
import { PRESETS, PRESET_IDS, type Preset, type PresetId } from "./preset-data";
import { REQUIRED_FIELDS, TICKET_FIELDS, type TicketField, type TicketProblem } from "./types";

export { PRESETS, PRESET_IDS, type Preset, type PresetId };

const header = z.string().trim().min(1);

/** The mapping file: DESIGN.md's shape, plus the other canonical fields as optional extras. */
export const ticketMappingSchema = z.strictObject({
  columns: z.strictObject({
    id: header,
    opened_at: header,
    closed_at: header.optional(),
    first_response_at: header.optional(),
    channel: header.optional(),
    category: header.optional(),
    subcategory: header.optional(),
    system: header.optional(),
    area: header.optional(),
    department: header.optional(),
    line: header.optional(),
    type: header.optional(),
    minutes: header.optional(),
    text: header.optional(),
    reassignment_count: header.optional(),
    reopen_count: header.optional(),
    assignee: header.optional(),
  }),
  dateFormat: z.string().min(2).optional(),
});
export type TicketMapping = z.infer<typeof ticketMappingSchema>;

/** Where each field sits in a row. Scalar fields take the first non-empty of their columns. */
export interface ResolvedColumns {
  fields: Partial<Record<TicketField, number[]>>;
  headers: string[];
  /** Fields whose columns are added up instead (TOPdesk first + second line minutes). */
  summed: TicketField[];
  channelCodes?: Readonly<Record<string, Channel>>;
  dateFormat?: string;
}

export type ResolveResult = { ok: true; columns: ResolvedColumns } | { ok: false; problem: TicketProblem };

/** Headers compare case-, space-, underscore-, dash- and dot-insensitively ("Opened at" = opened_at). */
export const headerKey = (h: string): string =>
  h.normalize("NFC").replace(/^\uFEFF/, "").toLowerCase().replace(/[\s_.-]+/g, "");

function indexesOf(headers: string[], names: readonly string[]): number[] {
  const keys = headers.map(headerKey);
  const out: number[] = [];
  for (const name of names) {
    const k = headerKey(name);
    keys.forEach((key, i) => {
      if (key === k && !out.includes(i)) out.push(i);
    });
  }
  return out;
}

function fromPreset(headers: string[], preset: Preset): ResolvedColumns {
  const fields: ResolvedColumns["fields"] = {};
  const summed: TicketField[] = [];
  for (const field of TICKET_FIELDS) {
    const found = indexesOf(headers, preset.aliases[field] ?? []);
    if (found.length) fields[field] = found;
    else {
      const parts = indexesOf(headers, preset.summed?.[field] ?? []);
      if (parts.length) {
        fields[field] = parts;
        summed.push(field);
      }
    }
  }
  return { fields, headers, summed, channelCodes: preset.channelCodes };
}

function fromMapping(headers: string[], mapping: TicketMapping): { columns: ResolvedColumns; notFound: string[] } {
  const fields: ResolvedColumns["fields"] = {};
  const notFound: string[] = [];
  for (const [field, name] of Object.entries(mapping.columns) as [TicketField, string | undefined][]) {
    if (!name) continue;
    const found = indexesOf(headers, [name]);
    if (found.length) fields[field] = found;
    else notFound.push(`${field} (${name})`);
  }
  return { columns: { fields, headers, summed: [], dateFormat: mapping.dateFormat }, notFound };
}

/**
 * Column indexes per field, or `missing_columns` naming the required fields (and, for a
 * mapping, any named header) not found, with the headers the file does have.
 */
export function resolveColumns(headers: string[], source: PresetId | Preset | TicketMapping): ResolveResult {
  const problemOf = (missing: string[]): ResolveResult => ({
    ok: false,
    problem: { code: "missing_columns", params: { missing: missing.join(", "), found: headers.join(", ") } },
  });
  if (typeof source === "object" && "columns" in source) {
    const { columns, notFound } = fromMapping(headers, source);
    return notFound.length ? problemOf(notFound) : { ok: true, columns };
  }
  const preset = typeof source === "string" ? PRESETS[source] : source;
  const columns = fromPreset(headers, preset);
  const missing = REQUIRED_FIELDS.filter((f) => !columns.fields[f]);
  return missing.length ? problemOf([...missing]) : { ok: true, columns };
}

/**
 * The preset that recognises the required fields and the most fields overall; `generic`
 * when no tool-specific preset finds both id and opened_at. Ties go to the earlier preset.
 */
export function detectPreset(headers: string[]): PresetId {
  let best: PresetId = "generic";
  let bestScore = 0;
  for (const id of PRESET_IDS) {
    if (id === "generic") continue;
    const { fields } = fromPreset(headers, PRESETS[id]);
    if (!REQUIRED_FIELDS.every((f) => fields[f])) continue;
    const score = Object.keys(fields).length;
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
