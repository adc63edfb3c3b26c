// Destructive actions ask first, also without JavaScript: the first button only opens the
// question, and the real submit button appears beside it.
import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launch, newPage, signIn } from "../support/browser";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";

const { baseUrl, skip } = inject("e2e");

describe.skipIf(Boolean(skip))("confirmation before deleting, in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("removing a classification rule asks first, without JavaScript", async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/tickets/rules`);
    const rows = await page.locator("tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    const confirm = page.getByRole("button", { name: "Ja, ta bort regeln" }).first();
    expect(await confirm.isVisible()).toBe(false);
    await page.locator("details.confirm-action > summary").first().click();
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await page.getByText(/Du kan ångra direkt efteråt/).first().isVisible()).toBe(true);
    // Nothing was removed by opening the question.
    await page.reload();
    expect(await page.locator("tbody tr").count()).toBe(rows);
    await context.close();
    // axe runs in the page, so it needs JavaScript: the open question passes too.
    const withJs = await newPage(browser);
    await signIn(withJs.page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await withJs.page.goto(`${baseUrl}/m/sjobacka/tickets/rules`);
    await withJs.page.locator("details.confirm-action > summary").first().click();
    await expect.poll(() => withJs.page.getByRole("button", { name: "Ja, ta bort regeln" }).first().isVisible()).toBe(true);
    expect(await axeViolations(withJs.page)).toEqual([]);
    await withJs.context.close();
  });
});
