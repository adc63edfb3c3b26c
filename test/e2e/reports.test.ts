// Reports in Chromium: the PDF downloaded from the report page in Swedish and Norwegian (via
// the progress page), the assessment home and the regional comparison passing axe.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { DEMO_PASSWORD, DEMO_REGION } from "../../seeds/demo/organisation";

const { baseUrl, skip } = inject("e2e");
if (skip) console.warn(skip);

async function downloadPdf(page: Page, language: RegExp, create: RegExp, download: RegExp): Promise<string> {
  await page.goto(`${baseUrl}/m/sjobacka/report`);
  await page.getByLabel(language).check();
  await page.getByRole("button", { name: create }).click();
  await page.waitForURL(/\/report\/jobs\//);
  // The progress page refreshes itself until the link to the file appears.
  const link = page.getByRole("link", { name: download });
  await link.waitFor({ timeout: 90_000 });
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const target = `test/.tmp/e2e-${file.suggestedFilename()}`;
  fs.mkdirSync("test/.tmp", { recursive: true });
  await file.saveAs(target);
  return target;
}

const text = (file: string) => execFileSync("/usr/bin/pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");

describe.skipIf(Boolean(skip))("reports in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a decision-maker downloads the PDF in Swedish and in Norwegian bokmål", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "beslut@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/report`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "report-page-sv");
    const sv = await downloadPdf(page, /^Svenska$/, /Skapa PDF/, /Ladda ner PDF:en/);
    expect(sv).toMatch(/sjobacka-\d{4}-\d{2}-\d{2}-sv\.pdf$/);
    expect(fs.readFileSync(sv).subarray(0, 5).toString()).toBe("%PDF-");
    const svText = text(sv);
    expect(svText).toContain("Sammanfattning");
    expect(svText).toMatch(/rankas först/);
    const nb = await downloadPdf(page, /^Norsk bokmål$/, /Skapa PDF/, /Ladda ner PDF:en/);
    expect(nb).toMatch(/-nb\.pdf$/);
    expect(text(nb)).toContain("Sammendrag");
    await context.close();
  }, 240_000);

  test("the assessment home passes axe in Swedish and Norwegian", async () => {
    const sv = await newPage(browser);
    await signIn(sv.page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await sv.page.goto(`${baseUrl}/m/sjobacka`);
    await expect.poll(() => sv.page.getByRole("heading", { name: "Förstudien" }).count()).toBe(1);
    expect(await sv.page.getByText("Det här saknas för en tillförlitlig rekommendation").count()).toBe(1);
    expect(await axeViolations(sv.page)).toEqual([]);
    await screenshot(sv.page, "home-sv");
    await sv.context.close();

    const nb = await newPage(browser, { locale: "nb-NO" });
    await signIn(nb.page, baseUrl, "prosjekt@demo.vagval.no", DEMO_PASSWORD);
    await nb.page.goto(`${baseUrl}/m/fjordvik`);
    await expect.poll(() => nb.page.getByRole("heading", { name: "Forstudien" }).count()).toBe(1);
    expect(await axeViolations(nb.page)).toEqual([]);
    await screenshot(nb.page, "home-nb");
    await nb.context.close();
  }, 120_000);

  test("the regional comparison lists both demo municipalities and passes axe in sv and nb", async () => {
    for (const [locale, heading] of [["sv-SE", "Regional jämförelse"], ["nb-NO", "Regional sammenligning"]] as const) {
      const { context, page } = await newPage(browser, { locale });
      await signIn(page, baseUrl, "admin@demo.vagval.se", DEMO_PASSWORD);
      await page.goto(`${baseUrl}/r/${DEMO_REGION.slug}`);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain(heading);
      expect(await page.getByRole("rowheader", { name: /Sjöbacka/ }).count()).toBe(1);
      expect(await page.getByRole("rowheader", { name: /Fjordvik/ }).count()).toBe(1);
      await page.locator("canvas").first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `region-${locale.slice(0, 2)}`);
      await context.close();
    }
    // A project member is not a coordinator: the region does not exist for them.
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    expect((await page.goto(`${baseUrl}/r/${DEMO_REGION.slug}`))?.status()).toBe(404);
    await context.close();
  }, 120_000);
});
