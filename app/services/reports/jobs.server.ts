// Report jobs: a PDF generated in the background after a POST, with its progress kept in the
// report_jobs table (app/db/report-jobs.server.ts) so a status page (meta refresh, no
// JavaScript needed) can show it, and the finished file kept in a folder for a while
// (VAGVAL_REPORT_KEEP_DAYS, 7 days by default), then removed.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { audit } from "~/db/audit.server";
import type { Municipality } from "~/db/municipalities.server";
import { failUnfinishedReportJobs, insertReportJob, markReportJobsExpired, reportJobFilesFinishedBefore, updateReportJob } from "~/db/report-jobs.server";
import type { Locale } from "~/domain/ids";
import { writeFileAtomic } from "../atomic-file.server";
import { createReportPdf } from "./report.server";

export { countReportJobs, getReportJob, listReportJobs, reportJobFile, type JobStatus, type ReportJob } from "~/db/report-jobs.server";

export const reportDir = () => process.env.VAGVAL_REPORT_DIR ?? path.join(os.tmpdir(), "vagval-reports");

const DAY_MS = 86_400_000;
export const reportKeepDays = () => {
  const days = Number(process.env.VAGVAL_REPORT_KEEP_DAYS ?? 7);
  return Number.isFinite(days) && days > 0 ? days : 7;
};

/**
 * Records a job and starts it without waiting. `run` resolves when the PDF is written (the
 * action does not await it; tests do).
 */
export async function startReportJob(args: { municipality: Pick<Municipality, "id" | "name" | "slug">; userId: number; locale: Locale }) {
  const id = randomUUID();
  await insertReportJob({ id, municipalityId: args.municipality.id, userId: args.userId, locale: args.locale, createdAt: new Date().toISOString() });
  const run = runJob(id, args);
  return { id, run };
}

async function runJob(id: string, args: { municipality: Pick<Municipality, "id" | "name" | "slug">; userId: number; locale: Locale }) {
  const job = { municipalityId: args.municipality.id, id };
  try {
    await updateReportJob(job, { status: "running", progress: 1 });
    const { pdf, fileName } = await createReportPdf({
      municipality: args.municipality,
      locale: args.locale,
      onProgress: (done, total, step) => updateReportJob(job, { progress: Math.min(99, Math.round((done / total) * 100)), step }),
    });
    const file = path.join(reportDir(), `${id}-${fileName}`);
    await writeFileAtomic(file, pdf);
    await updateReportJob(job, { status: "done", progress: 100, step: null, file, finishedAt: new Date().toISOString() });
    await audit({ userId: args.userId, municipalityId: args.municipality.id, action: "export", target: fileName, detail: { format: "pdf", locale: args.locale } });
  } catch (error) {
    await updateReportJob(job, { status: "failed", error: error instanceof Error ? error.message.slice(0, 2000) : String(error), finishedAt: new Date().toISOString() });
  }
}

/**
 * Jobs run inside the server process, so at start-up any job still "queued" or "running" was
 * cut off by a stop or a crash of the previous process: it is marked failed (the user can start
 * a new one) instead of showing progress forever. Assumes one app process per database, as
 * docs/deploy.md sets it up. Returns how many jobs were marked.
 */
export async function failInterruptedReportJobs(): Promise<number> {
  return failUnfinishedReportJobs({ reason: "interrupted: the server stopped while the report was being made", at: new Date().toISOString() });
}

/**
 * Removes the files of reports finished more than the keeping time ago (their jobs read
 * "expired"), and temporary files left in the folder by a write that was cut off a day or
 * more ago. Run by the server at start and daily. Returns how many of each were removed.
 */
export async function pruneReportFiles(now = Date.now()): Promise<{ expired: number; leftovers: number }> {
  const old = await reportJobFilesFinishedBefore({ before: new Date(now - reportKeepDays() * DAY_MS).toISOString() });
  for (const { file } of old) await fs.rm(file, { force: true });
  await markReportJobsExpired({ ids: old.map((j) => j.id) });
  let leftovers = 0;
  const names = await fs.readdir(reportDir()).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(".") && n.endsWith(".tmp"))) {
    const file = path.join(reportDir(), name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat && now - stat.mtimeMs > DAY_MS) {
      await fs.rm(file, { force: true });
      leftovers += 1;
    }
  }
  return { expired: old.length, leftovers };
}
