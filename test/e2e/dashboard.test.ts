import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";

const { baseUrl, skip } = inject("e2e");
if (skip) console.warn(skip);

/** Every figure shows a caption; the shown ones have their table, the hidden ones none. */
async function checkFigures(page: Page) {
  const figures = page.locator("[data-chart]");
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(10);
  for (let i = 0; i < count; i++) {
    const f = figures.nth(i);
    expect((await f.locator(".chart-caption").textContent())?.length).toBeGreaterThan(5);
    const hidden = (await f.getByText(/För få svar|For få svar/).count()) > 0;
    expect(await f.locator("table").count()).toBe(hidden ? 0 : 1);
  }
  return count;
}

describe.skipIf(Boolean(skip))("the dashboard in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the project group sees every chart with table and caption, filters it, downloads CSV and PNG", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/dashboard`);
    await checkFigures(page);
    const permission = page.locator('[data-chart="survey-permission_required"]');
    expect(await permission.locator(".chart-caption").textContent()).toMatch(/92,5\s%\ssvarade Ja/);
    await expect.poll(() => permission.locator('canvas[role="img"]').getAttribute("aria-label")).toMatch(/92,5/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "dashboard-sv");

    // PNG (JavaScript only) and CSV downloads.
    const png = permission.getByRole("button", { name: /Ladda ner bild/ });
    await png.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), png.click()]);
    expect(download.suggestedFilename()).toBe("survey-permission_required.png");
    const href = await permission.getByRole("link", { name: /Ladda ner data/ }).getAttribute("href");
    const csv = await page.request.get(`${baseUrl}${href}`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.body());
    expect(body).toBe("\uFEFFSvar;Antal svar;Andel\r\nJa;74;0,925\r\nNej;6;0,075\r\n");

    // Free texts: each distinct text once with how often it was given, most frequent first;
    // the list's CSV has every text with its count, in the same order.
    const advantages = page.locator('[data-texts="survey-advantages"]');
    await advantages.locator("summary").click();
    const first = (await advantages.locator("li").first().textContent()) ?? "";
    expect(first).toMatch(/\(\d+ gång(er)?\)$/);
    const textsHref = await advantages.getByRole("link", { name: /Ladda ner data/ }).getAttribute("href");
    const texts = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await (await page.request.get(`${baseUrl}${textsHref}`)).body());
    const [header, top] = texts.split("\r\n");
    expect(header).toBe("\uFEFFSvar;Antal");
    expect(first.startsWith(`${top!.split(";")[0]} (${top!.split(";")[1]} gång`)).toBe(true);

    // A filter narrows the tickets and lives in the address.
    const before = await page.locator('[data-chart="tickets-volume"] .chart-caption').textContent();
    await page.locator("#filter-area").selectOption("school");
    await page.getByRole("button", { name: "Visa" }).click();
    await page.waitForURL(/area=school/);
    const volumeCaption = () => page.locator('[data-chart="tickets-volume"] .chart-caption').textContent();
    await expect.poll(volumeCaption, { timeout: 20_000 }).not.toBe(before);
    const after = await volumeCaption();
    await page.reload();
    expect(await page.locator("#filter-area").inputValue()).toBe("school");
    expect(await page.locator('[data-chart="tickets-volume"] .chart-caption').textContent()).toBe(after);

    // Filters combine: the business area and an answer together, both kept in the address.
    await page.locator("#filter-answer-permission_required").selectOption("permission_required:yes");
    await page.getByRole("button", { name: "Visa" }).click();
    await page.waitForURL(/permission_required%3Ayes/);
    expect(page.url()).toMatch(/area=school/);
    expect(await page.locator("#filter-area").inputValue()).toBe("school");
    expect(await page.locator("#filter-answer-permission_required").inputValue()).toBe("permission_required:yes");
    expect(await page.getByText("Intervjuerna följer roll och förvaltning.", { exact: false }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Respondents in culture and leisure are too few: no survey figure, no table, no free text.
    await page.goto(`${baseUrl}/m/sjobacka/dashboard?answer=area:culture_leisure`);
    const survey = page.locator("section[aria-labelledby='section-survey']");
    expect(await survey.locator("table").count()).toBe(0);
    expect(await survey.locator(".chart-texts").count()).toBe(0);
    expect(await survey.getByText(/För få svar för att visas/).count()).toBeGreaterThan(5);
    await screenshot(page, "dashboard-suppressed-sv");
    await context.close();
  }, 180_000);

  test("the decision-maker reads the dashboard; it reads sensibly without JavaScript", async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    await signIn(page, baseUrl, "beslut@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/dashboard`);
    const count = await checkFigures(page);
    expect(await page.locator("table").count()).toBeGreaterThan(count / 2);
    expect(await page.getByRole("button", { name: /Ladda ner bild/ }).count()).toBe(0);
    // The filter form works without JavaScript too.
    await page.locator("#filter-department").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Visa" }).click();
    await page.waitForURL(/department=/);
    await screenshot(page, "dashboard-nojs-sv");
    await context.close();
  }, 120_000);

  test("the Norwegian dashboard passes axe in bokmål", async () => {
    const { context, page } = await newPage(browser, { locale: "nb-NO" });
    await signIn(page, baseUrl, "prosjekt@demo.vagval.no", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/fjordvik/dashboard?lng=nb`);
    expect(await page.getByRole("heading", { name: "Resultater", level: 2 }).count()).toBe(1);
    await checkFigures(page);
    await page.locator('[data-chart="tickets-volume"] canvas').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "dashboard-nb");
    await context.close();
  }, 120_000);
});
