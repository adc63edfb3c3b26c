// Report files are kept for VAGVAL_REPORT_KEEP_DAYS (7 by default), then removed: the job then
// reads "expired" (its download is 404, the home page still counts the report as made), and
// temporary files left by a cut-off write go after a day.
import fs from "node:fs";
import path from "node:path";
import { insertReportJob, updateReportJob } from "~/db/report-jobs.server";
import { loader as jobLoader } from "~/routes/m.$municipality.report.jobs.$job";
import { loader as downloadLoader } from "~/routes/m.$municipality.report.jobs.$job.download";
import { countReportJobs, getReportJob, pruneReportFiles } from "~/services/reports/jobs.server";
import { TMP } from "../../support/databases";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";

const DAY = 86_400_000;
const dir = path.join(TMP, `reports-prune-${process.pid}`);
let previousDir: string | undefined;

beforeAll(() => {
  previousDir = process.env.VAGVAL_REPORT_DIR;
  process.env.VAGVAL_REPORT_DIR = dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
});
afterAll(() => {
  if (previousDir === undefined) delete process.env.VAGVAL_REPORT_DIR;
  else process.env.VAGVAL_REPORT_DIR = previousDir;
});

test("a report file older than the keeping time is removed and its job reads expired; newer files and fresh temporary files stay", async () => {
  const m = await makeMunicipality();
  const user = await makeUser({ role: "decision", municipalityId: m.id });
  const cookie = await sessionCookie(user.id);
  const now = Date.parse("2026-11-29T12:00:00Z");
  const job = async (id: string, finishedDaysAgo: number) => {
    const file = path.join(dir, `${id}-${m.slug}-sv.pdf`);
    fs.writeFileSync(file, "%PDF-1.7 test");
    await insertReportJob({ id, municipalityId: m.id, userId: user.id, locale: "sv", createdAt: new Date(now - finishedDaysAgo * DAY).toISOString() });
    await updateReportJob({ municipalityId: m.id, id }, { status: "done", progress: 100, file, finishedAt: new Date(now - finishedDaysAgo * DAY).toISOString() });
    return file;
  };
  const oldId = "00000000-0000-4000-8000-000000000001";
  const newId = "00000000-0000-4000-8000-000000000002";
  const oldFile = await job(oldId, 8);
  const newFile = await job(newId, 6);
  const staleTmp = path.join(dir, `.${m.slug}-sv.pdf.123-abcd.tmp`);
  const freshTmp = path.join(dir, `.${m.slug}-sv.pdf.456-ef01.tmp`);
  fs.writeFileSync(staleTmp, "half");
  fs.writeFileSync(freshTmp, "half");
  fs.utimesSync(staleTmp, new Date(now - 2 * DAY), new Date(now - 2 * DAY));
  fs.utimesSync(freshTmp, new Date(now - 60_000), new Date(now - 60_000));

  expect(await pruneReportFiles(now)).toEqual({ expired: 1, leftovers: 1 });
  expect(fs.existsSync(oldFile)).toBe(false);
  expect(fs.existsSync(newFile)).toBe(true);
  expect(fs.existsSync(staleTmp)).toBe(false);
  expect(fs.existsSync(freshTmp)).toBe(true);
  expect((await getReportJob({ municipalityId: m.id, id: oldId }))?.status).toBe("expired");
  expect((await getReportJob({ municipalityId: m.id, id: newId }))?.status).toBe("done");
  // Still counted as a report made, for the pre-study's steps.
  expect(await countReportJobs({ municipalityId: m.id })).toBe(2);

  const params = { municipality: m.slug, job: oldId };
  const download = await downloadLoader({ request: request(`/m/${m.slug}/report/jobs/${oldId}/download`, { cookie }), params, context: {} }).catch((e: unknown) => e);
  expect((download as Response).status).toBe(404);
  const page = await jobLoader({ request: request(`/m/${m.slug}/report/jobs/${oldId}`, { cookie }), params, context: {} });
  expect(page.job.status).toBe("expired");
  expect(page.keepDays).toBe(7);

  // A second run finds nothing more to do.
  expect(await pruneReportFiles(now)).toEqual({ expired: 0, leftovers: 0 });
});
