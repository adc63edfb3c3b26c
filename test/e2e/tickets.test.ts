import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";

const { baseUrl, skip } = inject("e2e");

/** A generic export big enough that the import runs for a few seconds. */
function bigExport(rows: number): Buffer {
  const lines = ["id;opened_at;closed_at;channel;category;area;text"];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(`E2E-${i};2025-02-${day} 08:${String(i % 60).padStart(2, "0")};2025-02-${day} 10:00;Telefon;${i % 3 ? "Fel" : "Lösenord"};school;Ärende ${i}`);
  }
  return Buffer.from(lines.join("\n"), "utf8");
}

describe.skipIf(Boolean(skip))("ticket pages in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the tickets and rules pages pass axe in Swedish", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/tickets`);
    await expect.poll(() => page.getByRole("heading", { name: "Ärenden", level: 2 }).count()).toBe(1);
    expect(await page.getByText("Ärendeexport").count()).toBeGreaterThan(0);
    expect(await page.getByRole("heading", { name: "System som hänger på en person" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "tickets-sv");
    await page.getByRole("link", { name: "Klassificeringsregler" }).click();
    await page.waitForURL(/\/tickets\/rules$/);
    await expect.poll(() => page.getByText("Lösenord och konton", { exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "tickets-rules-sv");
    await context.close();
  });

  test("uploading a file shows the progress, then the result", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/tickets/import`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "tickets-import-sv");
    await page.getByLabel("Exportfil (CSV)").setInputFiles({ name: "stor-export.csv", mimeType: "text/csv", buffer: bigExport(120_000) });
    await page.getByLabel("Hoppa över de felaktiga raderna").check();
    await page.getByRole("button", { name: "Importera" }).click();
    await page.waitForURL(/\/tickets\/import\/\d+$/);
    // 120 000 rows take several seconds: the bar shows while the job runs.
    await expect.poll(() => page.locator("progress").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByLabel(/Importerar/).count()).toBe(1);
    await screenshot(page, "tickets-import-progress-sv");
    await expect.poll(() => page.getByText(/Klart: 120\s000 ärenden importerades/).count(), { timeout: 120_000 }).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "tickets-import-done-sv");
    await context.close();
  }, 180_000);

  test("a file without known columns gets the mapping step", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/tickets/import`);
    const csv = "Nr,Inkom,Hur\nK-1,2025-03-03 08:00,telefon\nK-2,2025-03-04 09:00,mejl\n";
    await page.getByLabel("Exportfil (CSV)").setInputFiles({ name: "egen.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Importera" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Vilka kolumner är vad i egen.csv?" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "tickets-mapping-sv");
    await page.getByLabel("Ärendenummer (krävs)").selectOption("Nr");
    await page.getByLabel("Skapad (datum) (krävs)").selectOption("Inkom");
    await page.getByLabel("Kanal", { exact: true }).selectOption("Hur");
    await page.getByRole("button", { name: "Importera med denna mappning" }).click();
    await expect.poll(() => page.getByText(/Klart: 2 ärenden importerades/).count(), { timeout: 60_000 }).toBe(1);
    await context.close();
  }, 120_000);

  test("the tickets and rules pages pass axe in Norwegian", async () => {
    const { context, page } = await newPage(browser, { locale: "nb-NO" });
    await signIn(page, baseUrl, "prosjekt@demo.vagval.no", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/fjordvik/tickets`);
    await expect.poll(() => page.getByRole("heading", { name: "Saker", level: 2 }).count()).toBe(1);
    expect(await page.getByText("Klyngeforslag og belastning").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "tickets-nb");
    await page.goto(`${baseUrl}/m/fjordvik/tickets/rules`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "tickets-rules-nb");
    await context.close();
  });
});
