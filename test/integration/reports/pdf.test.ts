// The PDF report from real data, read back with poppler: the recommendation sentence, Nordic
// letters, page count, embedded fonts, title and language; the web flow with its progress job.
import { recommendation } from "~/domain/decision/explain";
import { getMunicipality } from "~/db/municipalities.server";
import { action as reportAction, loader as reportLoader } from "~/routes/m.$municipality.report._index";
import { loader as jobLoader } from "~/routes/m.$municipality.report.jobs.$job";
import { loader as downloadLoader } from "~/routes/m.$municipality.report.jobs.$job.download";
import { recommendFor } from "~/services/decision/recommend.server";
import { getReportJob, startReportJob } from "~/services/reports/jobs.server";
import { createReportPdf, reportTranslator } from "~/services/reports/report.server";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";
import { seedAll } from "./data";
import { oneLine, pageCount, pdfFonts, pdfInfo, pdfText } from "./pdf-tools";

let m: Awaited<ReturnType<typeof makeMunicipality>>;
let other: Awaited<ReturnType<typeof makeMunicipality>>;
let decisionCookie: string;
let strangerCookie: string;
let userId: number;

beforeAll(async () => {
  m = await makeMunicipality({ name: "Sjöbacka kommun" });
  other = await makeMunicipality();
  await seedAll(m.id);
  const user = await makeUser({ role: "decision", municipalityId: m.id });
  userId = user.id;
  decisionCookie = await sessionCookie(user.id);
  strangerCookie = await sessionCookie((await makeUser({ role: "project", municipalityId: other.id })).id);
});

const municipality = async (slug: string) => (await getMunicipality({ slug }))!;

test("the Swedish PDF has the recommendation sentence, Nordic letters, > 5 pages and embedded DejaVu", async () => {
  const { pdf, fileName } = await createReportPdf({ municipality: await municipality(m.slug), locale: "sv", today: new Date("2026-03-05T10:00:00Z") });
  expect(fileName).toBe(`${m.slug}-2026-03-05-sv.pdf`);
  const text = pdfText(pdf);
  const sentence = recommendation(await recommendFor({ municipalityId: m.id }), await reportTranslator("sv")).paragraphs[0]!;
  expect(text).toContain(oneLine(sentence));
  expect(text).toContain("Sammanfattning");
  expect(text).toContain("Sjöbacka kommun");
  expect(text).toMatch(/å.*ä.*ö/s);
  expect(text).toMatch(/Sida 3 av \d+/);
  expect(pageCount(pdf)).toBeGreaterThan(5);
  const fonts = pdfFonts(pdf);
  expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes/);
  expect(fonts).toMatch(/DejaVuSans-Bold\s+CID TrueType\s+Identity-H\s+yes/);
  const info = pdfInfo(pdf);
  expect(info).toContain("Title:           Support för verksamhetssystem i Sjöbacka kommun");
  expect(info).toMatch(/Tagged:\s+yes/);
  expect(Buffer.from(pdf).toString("latin1")).toContain("/Lang (sv-SE)");
});

test("the Norwegian PDF speaks bokmål and keeps æ and ø from a system name", async () => {
  const { pdf } = await createReportPdf({ municipality: await municipality(m.slug), locale: "nb" });
  const text = pdfText(pdf);
  expect(text).toContain("Sammendrag");
  expect(text).toContain("Ærø");
  expect(text).toMatch(/Side 3 av \d+/);
});

test("the report page starts a job; its status page and download work; other municipalities get 404", async () => {
  const form = new URLSearchParams({ lang: "nb" });
  const response = (await reportAction({ request: request(`/m/${m.slug}/report`, { method: "POST", body: form, cookie: decisionCookie }), params: { municipality: m.slug }, context: {} })) as Response;
  expect(response.status).toBe(302);
  const id = response.headers.get("Location")!.split("/").pop()!;
  // The action does not wait for the PDF; this test does, through the job's own run.
  const job = await startReportJob({ municipality: await municipality(m.slug), userId, locale: "nb" });
  await job.run;
  expect((await getReportJob({ municipalityId: m.id, id: job.id }))!.status).toBe("done");
  const status = await jobLoader({ request: request(`/m/${m.slug}/report/jobs/${job.id}`, { cookie: decisionCookie }), params: { municipality: m.slug, job: job.id }, context: {} });
  expect(status.job.progress).toBe(100);
  const download = (await downloadLoader({ request: request(`/m/${m.slug}/report/jobs/${job.id}/download`, { cookie: decisionCookie }), params: { municipality: m.slug, job: job.id }, context: {} })) as Response;
  expect(download.headers.get("Content-Type")).toBe("application/pdf");
  expect(download.headers.get("Content-Disposition")).toMatch(new RegExp(`${m.slug}-\\d{4}-\\d{2}-\\d{2}-nb\\.pdf`));
  expect(pdfText(new Uint8Array(await download.arrayBuffer()))).toContain("Sammendrag");
  const page = await reportLoader({ request: request(`/m/${m.slug}/report`, { cookie: decisionCookie }), params: { municipality: m.slug }, context: {} });
  expect(page.jobs.map((j) => j.id)).toEqual(expect.arrayContaining([id, job.id]));

  const asStranger = (fn: () => Promise<unknown>) => fn().then(() => 200, (e: Response) => e.status);
  expect(await asStranger(() => jobLoader({ request: request(`/m/${m.slug}/report/jobs/${job.id}`, { cookie: strangerCookie }), params: { municipality: m.slug, job: job.id }, context: {} }))).toBe(404);
  // Their own municipality's address with our job id: still 404.
  expect(await asStranger(() => downloadLoader({ request: request(`/m/${other.slug}/report/jobs/${job.id}/download`, { cookie: strangerCookie }), params: { municipality: other.slug, job: job.id }, context: {} }))).toBe(404);
  await new Promise((r) => setTimeout(r, 0));
  // Let the action's own background job finish before the database goes away.
  for (let i = 0; i < 600; i++) {
    const j = await getReportJob({ municipalityId: m.id, id });
    if (j && (j.status === "done" || j.status === "failed")) break;
    await new Promise((r) => setTimeout(r, 100));
  }
}, 120_000);
