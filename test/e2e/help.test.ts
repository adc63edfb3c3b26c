// The help page in all four languages, and the "What is this?" explanations beside the
// concepts, which open without JavaScript.
import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";
import { resources } from "~/i18n/resources";

const { baseUrl, skip } = inject("e2e");

describe.skipIf(Boolean(skip))("help in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the help page walks through the pre-study in sv, nb, nn and en, and passes axe", async () => {
    const { context, page } = await newPage(browser, { width: 360 });
    for (const lng of ["sv", "nb", "nn", "en"] as const) {
      const help = resources[lng].help;
      await page.goto(`${baseUrl}/help?lng=${lng}`);
      expect(await page.locator("html").getAttribute("lang")).toBe(lng);
      await expect.poll(() => page.getByRole("heading", { level: 1, name: help.title }).count()).toBe(1);
      for (const step of Object.values(help.steps)) expect(await page.getByRole("heading", { level: 2, name: step.heading }).count(), `${lng}: ${step.heading}`).toBe(1);
      expect(await page.getByText(help.concepts.busFactor.text).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      if (lng === "sv") await screenshot(page, "help-sv-360");
    }
    // the footer leads there from any page
    await page.goto(`${baseUrl}/?lng=sv`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Hjälp" }).click();
    await page.waitForURL(/\/help$/);
    await context.close();
  });

  test("an explanation beside the probability of ranking first opens without JavaScript", async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/decision/sensitivity`);
    const text = page.getByText(resources.sv.help.concepts.probabilityFirst.text);
    expect(await text.isVisible()).toBe(false);
    await page.getByText(`Vad är det här? ${resources.sv.help.concepts.probabilityFirst.term}`).click();
    await expect.poll(() => text.isVisible()).toBe(true);
    await context.close();
    const withJs = await newPage(browser);
    await signIn(withJs.page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await withJs.page.goto(`${baseUrl}/m/sjobacka/decision/sensitivity`);
    expect(await axeViolations(withJs.page)).toEqual([]);
    await withJs.context.close();
  });
});
