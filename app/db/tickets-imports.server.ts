import { db } from "./client.server";

// Import jobs: one row per uploaded or CLI-imported file, with its outcome.

export type ImportStatus = "queued" | "running" | "done" | "rolled_back" | "failed";

export interface RejectedRowRecord {
  line: number;
  code: string;
  params: Record<string, string | number>;
}

export interface TicketImportRecord {
  id: number;
  municipalityId: number;
  fileName: string;
  preset: string | null;
  mode: string;
  status: ImportStatus;
  rowsRead: number;
  imported: number;
  created: number;
  skipped: number;
  rejectedCount: number;
  rejected: RejectedRowRecord[];
  error: { code: string; params: Record<string, string | number> } | null;
  startedAt: string;
  finishedAt: string | null;
}

const now = () => new Date().toISOString();

export async function createImport(input: { municipalityId: number; userId?: number | null; fileName: string; mode: string; status?: ImportStatus }): Promise<number> {
  const [row] = await db()("ticket_imports")
    .insert({
      municipality_id: input.municipalityId,
      user_id: input.userId ?? null,
      file_name: input.fileName.slice(0, 255),
      mode: input.mode,
      status: input.status ?? "running",
      started_at: now(),
    })
    .returning("id");
  return Number((row as { id: number }).id);
}

export async function finishImport(input: {
  municipalityId: number;
  id: number;
  status: ImportStatus;
  preset?: string | null;
  rowsRead?: number;
  imported?: number;
  created?: number;
  skipped?: number;
  rejectedCount?: number;
  rejected?: RejectedRowRecord[];
  error?: { code: string; params: Record<string, string | number> } | null;
}) {
  await db()("ticket_imports")
    .where({ municipality_id: input.municipalityId, id: input.id })
    .update({
      status: input.status,
      preset: input.preset ?? null,
      rows_read: input.rowsRead ?? 0,
      imported: input.imported ?? 0,
      created: input.created ?? 0,
      skipped: input.skipped ?? 0,
      rejected_count: input.rejectedCount ?? 0,
      rejected: JSON.stringify(input.rejected ?? []),
      error_code: input.error?.code ?? null,
      error_params: input.error ? JSON.stringify(input.error.params) : null,
      finished_at: now(),
    });
}

function toRecord(r: Record<string, unknown>): TicketImportRecord {
  return {
    id: Number(r.id),
    municipalityId: Number(r.municipality_id),
    fileName: r.file_name as string,
    preset: (r.preset as string | null) ?? null,
    mode: r.mode as string,
    status: r.status as ImportStatus,
    rowsRead: Number(r.rows_read),
    imported: Number(r.imported),
    created: Number(r.created),
    skipped: Number(r.skipped),
    rejectedCount: Number(r.rejected_count),
    rejected: r.rejected ? (JSON.parse(r.rejected as string) as RejectedRowRecord[]) : [],
    error: r.error_code ? { code: r.error_code as string, params: JSON.parse((r.error_params as string | null) ?? "{}") } : null,
    startedAt: r.started_at as string,
    finishedAt: (r.finished_at as string | null) ?? null,
  };
}

export async function getImport({ municipalityId, id }: { municipalityId: number; id: number }): Promise<TicketImportRecord | undefined> {
  const row = await db()("ticket_imports").where({ municipality_id: municipalityId, id }).first();
  return row ? toRecord(row) : undefined;
}

export async function listImports({ municipalityId, limit = 20 }: { municipalityId: number; limit?: number }) {
  const rows = await db()("ticket_imports")
    .where({ municipality_id: municipalityId })
    .orderBy("id", "desc")
    .limit(limit)
    .select("id", "municipality_id", "file_name", "preset", "mode", "status", "rows_read", "imported", "created", "skipped", "rejected_count", "error_code", "error_params", "started_at", "finished_at");
  return rows.map((r) => toRecord({ ...r, rejected: null }));
}
