// Imports started from the web page run in the background of this process: the upload
// request returns at once and the status page follows the job. Progress lives in memory
// (the import's own transaction holds SQLite's write lock, so it cannot be written to the
// database meanwhile); the outcome is written to ticket_imports when the job ends.
import { rm } from "node:fs/promises";
import { createImport, getImport, type TicketImportRecord } from "~/db/tickets-imports.server";
import { importTickets, type ImportOptions } from "./import.server";

interface Job {
  municipalityId: number;
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  done: Promise<void>;
}

const jobs = new Map<number, Job>();

/**
 * Create the import row and start importing `path` (deleted afterwards). Returns the import
 * id at once; `importJobStatus` reports progress.
 */
export async function startImportJob(opts: Omit<ImportOptions, "importId" | "onProgress"> & { removeFile?: boolean }): Promise<number> {
  const importId = await createImport({ municipalityId: opts.municipalityId, userId: opts.userId, fileName: opts.fileName ?? "upload.csv", mode: opts.mode });
  const job: Job = { municipalityId: opts.municipalityId, bytesRead: 0, totalBytes: 0, rowsRead: 0, done: Promise.resolve() };
  jobs.set(importId, job);
  job.done = (async () => {
    try {
      await importTickets({ ...opts, importId, onProgress: (p) => Object.assign(job, p) });
    } catch (e) {
      // importTickets has marked the row failed; keep the server alive and say why in the log.
      console.warn(`ticket import ${importId} failed:`, e instanceof Error ? e.message : e);
    } finally {
      jobs.delete(importId);
      if (opts.removeFile) await rm(opts.path, { force: true });
    }
  })();
  return importId;
}

export type ImportJobStatus = TicketImportRecord & {
  /** 0..1 while running (share of the file's bytes read), 1 when finished. */
  progress: number;
  running: boolean;
};

/** The import row with live progress; a row left "running" by a stopped server reads as failed. */
export async function importJobStatus({ municipalityId, id }: { municipalityId: number; id: number }): Promise<ImportJobStatus | undefined> {
  const record = await getImport({ municipalityId, id });
  if (!record) return undefined;
  const job = jobs.get(id);
  if (record.status === "running" || record.status === "queued") {
    if (job && job.municipalityId === municipalityId) {
      const progress = job.totalBytes ? Math.min(0.99, job.bytesRead / job.totalBytes) : 0;
      return { ...record, rowsRead: job.rowsRead, progress, running: true };
    }
    return { ...record, status: "failed", error: { code: "interrupted", params: {} }, progress: 1, running: false };
  }
  return { ...record, progress: 1, running: false };
}

/** For tests and the CLI: wait until a started job has finished. */
export async function waitForImportJob(id: number) {
  await jobs.get(id)?.done;
}

