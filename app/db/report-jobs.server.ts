// The report_jobs table: one row per PDF made from the report page, with its progress (read by
// the status page) and, once done, the file it was written to.
import path from "node:path";
import type { Locale } from "~/domain/ids";
import { db } from "./client.server";

/** "expired": done, but its file was removed after the keeping time; a new one can be made. */
export type JobStatus = "queued" | "running" | "done" | "failed" | "expired";
export type ReportJob = { id: string; locale: Locale; status: JobStatus; progress: number; step: string | null; fileName: string | null; createdAt: string };

const columns = ["id", "locale", "status", "progress", "step", "file", "created_at as createdAt"];

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

/** Reports made (including those whose file has since expired): the home page's "report" step. */
export async function countReportJobs({ municipalityId }: { municipalityId: number }): Promise<number> {
  const row = await db()("report_jobs").where({ municipality_id: municipalityId }).whereIn("status", ["done", "expired"]).count<{ n: number | string }[]>({ n: "*" }).first();
  return Number(row?.n ?? 0);
}

export async function insertReportJob(job: { id: string; municipalityId: number; userId: number; locale: Locale; createdAt: string }) {
  await db()("report_jobs").insert({ id: job.id, municipality_id: job.municipalityId, user_id: job.userId, format: "pdf", locale: job.locale, status: "queued", progress: 0, created_at: job.createdAt });
}

export async function updateReportJob({ municipalityId, id }: { municipalityId: number; id: string }, patch: { status?: JobStatus; progress?: number; step?: string | null; file?: string; error?: string; finishedAt?: string }) {
  const { finishedAt, ...rest } = patch;
  await db()("report_jobs").where({ id, municipality_id: municipalityId }).update({ ...rest, ...(finishedAt ? { finished_at: finishedAt } : {}) });
}

/** Every job still "queued" or "running" is marked failed with `reason`; returns how many. */
export async function failUnfinishedReportJobs({ reason, at }: { reason: string; at: string }): Promise<number> {
  return db()("report_jobs").whereIn("status", ["queued", "running"]).update({ status: "failed", step: null, error: reason, finished_at: at });
}

/** Finished jobs (of any municipality) whose file is still kept, finished before `before`. */
export async function reportJobFilesFinishedBefore({ before }: { before: string }): Promise<Array<{ id: string; file: string }>> {
  const rows = await db()("report_jobs").where({ status: "done" }).whereNotNull("file").where("finished_at", "<", before).select("id", "file");
  return rows.map((r: { id: string; file: string }) => ({ id: String(r.id), file: String(r.file) }));
}

export async function markReportJobsExpired({ ids }: { ids: string[] }) {
  for (let i = 0; i < ids.length; i += 500) {
    await db()("report_jobs").whereIn("id", ids.slice(i, i + 500)).update({ status: "expired", file: null });
  }
}
