import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { CRITERIA } from "~/domain/ids";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";

const { baseUrl, skip } = inject("e2e");
if (skip) console.warn(skip);

const DECISION = "/m/sjobacka/decision";
const CENTRALISING_SV = /Kommungemensam support|Servicecenter|Delvis centralisering|Självserviceportal/;

/** Puts every point on one criterion in the 100-points form. */
async function allPointsOn(page: Page, criterion: string) {
  for (const c of CRITERIA) await page.locator(`#points_${c}`).fill(c === criterion ? "100" : "0");
}

describe.skipIf(Boolean(skip))("the decision model in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the decision-maker reads the ranking and recommendation in Swedish; axe is clean", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "beslut@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}${DECISION}`);
    await expect.poll(() => page.getByTestId("recommendation").textContent()).toMatch(/rankas först med/);
    expect(await page.locator("#ranking-table tbody tr").count()).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "decision-sv");
    for (const path of ["/matrix", "/weights", "/weights/pairwise", "/sensitivity"]) {
      await page.goto(`${baseUrl}${DECISION}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  }, 180_000);

  test("weights three ways: the ranking changes live with JavaScript, and the weights are saved", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "beslut@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}${DECISION}/weights/points`);
    await expect.poll(() => page.getByTestId("live-ranking").count()).toBe(1);
    await allPointsOn(page, "personal_contact");
    await expect.poll(() => page.getByTestId("live-winner").textContent()).toBe("Lokal support");
    await allPointsOn(page, "efficiency");
    await expect.poll(() => page.getByTestId("live-winner").textContent()).toMatch(CENTRALISING_SV);
    await page.locator("#points_efficiency").fill("60");
    await expect.poll(() => page.getByTestId("live-check").textContent()).toContain("60, inte 100");
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("#stakeholder").fill("Kommundirektör");
    await page.getByRole("button", { name: "Spara mina vikter" }).click();
    await page.waitForURL(/\/decision\/weights\?saved=1$/);
    await expect.poll(() => page.getByTestId("stakeholder-table").textContent()).toContain("Kommundirektör");

    // Rank order: personal contact first puts local support on top.
    await page.goto(`${baseUrl}${DECISION}/weights/ranks`);
    await expect.poll(() => page.getByTestId("live-ranking").count()).toBe(1);
    await page.locator("#rank_personal_contact").selectOption("1");
    await page.locator("#rank_domain_knowledge").selectOption("2");
    await expect.poll(() => page.getByTestId("live-winner").textContent()).toBe("Lokal support");

    // Pairwise: efficiency much more important than everything → a centralising model; CR shown.
    await page.goto(`${baseUrl}${DECISION}/weights/pairwise`);
    await expect.poll(() => page.getByTestId("live-ranking").count()).toBe(1);
    for (const c of CRITERIA.slice(1)) await page.locator(`#pair_efficiency__${c}`).selectOption("a9");
    await expect.poll(() => page.getByTestId("live-winner").textContent()).toMatch(CENTRALISING_SV);
    await expect.poll(() => page.getByTestId("live-check").textContent()).toMatch(/Konsistenskvot/);
    await page.getByRole("button", { name: "Spara mina vikter" }).click();
    await page.waitForURL(/\/decision\/weights\?saved=1$/);
    await expect.poll(() => page.getByTestId("stakeholder-table").textContent()).toContain("Parvis jämförelse");

    // Leave the demo as it was for other suites.
    await page.getByText("Ta bort mina vikter", { exact: true }).click(); // asks first
    await page.getByRole("button", { name: "Ja, ta bort mina vikter" }).click();
    await expect.poll(() => page.getByText("Ingen intressent har lämnat vikter ännu.").count()).toBe(1);
    await context.close();
  }, 180_000);

  test("without JavaScript the form's preview re-ranks on the server", async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    await signIn(page, baseUrl, "beslut@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}${DECISION}/weights/points`);
    expect(await page.getByTestId("live-ranking").count()).toBe(0);
    await allPointsOn(page, "personal_contact");
    await page.getByRole("button", { name: "Visa rangordningen med dessa vikter" }).click();
    await expect.poll(() => page.getByTestId("preview-ranking").locator("tbody tr").first().textContent()).toContain("Lokal support");
    // What was typed is still there.
    expect(await page.locator("#points_personal_contact").inputValue()).toBe("100");
    await allPointsOn(page, "efficiency");
    await page.getByRole("button", { name: "Visa rangordningen med dessa vikter" }).click();
    await expect.poll(() => page.getByTestId("preview-ranking").locator("tbody tr").first().textContent()).toMatch(CENTRALISING_SV);
    await context.close();
  }, 180_000);

  test("a score's evidence is one click from the matrix", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "beslut@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}${DECISION}/matrix`);
    await page.getByRole("link", { name: /underlag för Kommungemensam support, Verksamhetskunskap/ }).click();
    await page.waitForURL(/\/decision\/score\/shared\/domain_knowledge$/);
    await expect.poll(() => page.getByTestId("baseline-sources").textContent()).toContain("prestudy-2019");
    // The demo's survey and interviews move this score; each adjustment links to its source.
    await expect.poll(() => page.getByTestId("adjustments").count()).toBe(1);
    expect(await page.getByTestId("adjustments").getByRole("link").count()).toBeGreaterThan(0);
    expect(await page.getByText("Bara projektgruppen kan justera poäng.").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "decision-score-sv");
    await context.close();
  }, 180_000);

  test("in Norwegian the recommendation reads in bokmål; axe is clean; and it fits a phone", async () => {
    const { context, page } = await newPage(browser, { locale: "nb-NO" });
    await signIn(page, baseUrl, "beslut@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}${DECISION}?lng=nb`);
    expect(await page.getAttribute("html", "lang")).toBe("nb");
    await expect.poll(() => page.getByTestId("recommendation").textContent()).toMatch(/rangeres først med/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "decision-nb");
    await page.goto(`${baseUrl}${DECISION}/sensitivity`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const phone = await newPage(browser, { width: 360 });
    await signIn(phone.page, baseUrl, "beslut@demo.vagval.se", DEMO_PASSWORD);
    await phone.page.goto(`${baseUrl}${DECISION}`);
    expect(await axeViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, "decision-phone-sv");
    await phone.page.goto(`${baseUrl}${DECISION}/weights/points`);
    expect(await axeViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, "decision-weights-phone-sv");
    await phone.context.close();
  }, 180_000);
});
