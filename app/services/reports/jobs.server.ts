// Report jobs: a PDF generated in the background after a POST, with its progress kept in the
// report_jobs table so a status page (meta refresh, no JavaScript needed) can show it, and the
// finished file kept in a temporary folder until it is downloaded. Queries on report_jobs live
// here because this module is the table's only user.
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { audit } from "~/db/audit.server";
import { db } from "~/db/client.server";
import type { Municipality } from "~/db/municipalities.server";
import type { Locale } from "~/domain/ids";
import { writeFileAtomic } from "../atomic-file.server";
import { createReportPdf } from "./report.server";

export type JobStatus = "queued" | "running" | "done" | "failed";
export type ReportJob = { id: string; locale: Locale; status: JobStatus; progress: number; step: string | null; fileName: string | null; createdAt: string };

const columns = ["id", "locale", "status", "progress", "step", "file", "created_at as createdAt"];

export const reportDir = () => process.env.VAGVAL_REPORT_DIR ?? path.join(os.tmpdir(), "vagval-reports");

function toJob(r: Record<string, unknown>): ReportJob {
  return {
    id: String(r.id),
    locale: r.locale as Locale,
    status: r.status as JobStatus,
    progress: Number(r.progress),
    step: (r.step as string | null) ?? null,
    fileName: r.file ? path.basename(String(r.file)).replace(/^[0-9a-f-]{36}-/, "") : null,
    createdAt: String(r.createdAt),
  };
}

export async function getReportJob({ municipalityId, id }: { municipalityId: number; id: string }): Promise<ReportJob | undefined> {
  const row = await db()("report_jobs").where({ municipality_id: municipalityId, id }).first(columns);
  return row ? toJob(row) : undefined;
}

/** The stored file of a finished job of this municipality, or undefined. */
export async function reportJobFile({ municipalityId, id }: { municipalityId: number; id: string }) {
  const row = await db()("report_jobs").where({ municipality_id: municipalityId, id, status: "done" }).first("file");
  return row?.file ? String(row.file) : undefined;
}

export async function listReportJobs({ municipalityId, limit = 10 }: { municipalityId: number; limit?: number }): Promise<ReportJob[]> {
  const rows = await db()("report_jobs").where({ municipality_id: municipalityId }).orderBy("created_at", "desc").limit(limit).select(columns);
  return rows.map(toJob);
}

export async function countReportJobs({ municipalityId }: { municipalityId: number }): Promise<number> {
  const row = await db()("report_jobs").where({ municipality_id: municipalityId, status: "done" }).count<{ n: number | string }[]>({ n: "*" }).first();
  return Number(row?.n ?? 0);
}

/**
 * Records a job and starts it without waiting. `run` resolves when the PDF is written (the
 * action does not await it; tests do).
 */
export async function startReportJob(args: { municipality: Pick<Municipality, "id" | "name" | "slug">; userId: number; locale: Locale }) {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db()("report_jobs").insert({ id, municipality_id: args.municipality.id, user_id: args.userId, format: "pdf", locale: args.locale, status: "queued", progress: 0, created_at: now });
  const run = runJob(id, args);
  return { id, run };
}

async function runJob(id: string, args: { municipality: Pick<Municipality, "id" | "name" | "slug">; userId: number; locale: Locale }) {
  const update = (patch: Record<string, unknown>) => db()("report_jobs").where({ id, municipality_id: args.municipality.id }).update(patch);
  try {
    await update({ status: "running", progress: 1 });
    const { pdf, fileName } = await createReportPdf({
      municipality: args.municipality,
      locale: args.locale,
      onProgress: (done, total, step) => update({ progress: Math.min(99, Math.round((done / total) * 100)), step }).then(() => undefined),
    });
    const file = path.join(reportDir(), `${id}-${fileName}`);
    await writeFileAtomic(file, pdf);
    await update({ status: "done", progress: 100, step: null, file, finished_at: new Date().toISOString() });
    await audit({ userId: args.userId, municipalityId: args.municipality.id, action: "export", target: fileName, detail: { format: "pdf", locale: args.locale } });
  } catch (error) {
    await update({ status: "failed", error: error instanceof Error ? error.message.slice(0, 2000) : String(error), finished_at: new Date().toISOString() });
  }
}

/**
 * Jobs run inside the server process, so at start-up any job still "queued" or "running" was
 * cut off by a stop or a crash of the previous process: it is marked failed (the user can start
 * a new one) instead of showing progress forever. Assumes one app process per database, as
 * docs/deploy.md sets it up. Returns how many jobs were marked.
 */
export async function failInterruptedReportJobs(): Promise<number> {
  return db()("report_jobs")
    .whereIn("status", ["queued", "running"])
    .update({ status: "failed", step: null, error: "interrupted: the server stopped while the report was being made", finished_at: new Date().toISOString() });
}
