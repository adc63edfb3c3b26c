import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";

const { baseUrl, skip } = inject("e2e");

/** Page 1 of prestudy-2019 in Norwegian bokmål. */
async function answerFirstPage(page: Page) {
  await page.getByLabel("Skole og barnehage").check();
  await page.getByLabel("Telefon", { exact: true }).check();
  await page.getByLabel(/Hvor mange brukerstøttesaker/).fill("6");
  await page.getByRole("button", { name: "Neste" }).click();
  await page.getByText("Side 2 av 4").waitFor();
}

async function answerRest(page: Page) {
  await page.getByRole("radio", { name: "Ja" }).first().check();
  await page.getByRole("button", { name: "Neste" }).click();
  await page.getByText("Side 3 av 4").waitFor();
  await page.getByRole("radio", { name: "Ja", exact: true }).check();
  await page.getByLabel("Svar 1").first().fill("Høyere effektivitet");
  await page.getByRole("button", { name: "Neste" }).click();
  await page.getByText("Side 4 av 4").waitFor();
  await page.getByRole("radio", { name: "Vet ikke" }).check();
  await page.getByRole("button", { name: "Send inn" }).click();
  await page.getByRole("heading", { name: "Takk for svarene dine!" }).waitFor();
}

describe.skipIf(Boolean(skip))("surveys in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a project group makes a Norwegian survey; two respondents answer, one resuming, one without JavaScript", async () => {
    const { context: admin, page } = await newPage(browser, { locale: "nb-NO" });
    await signIn(page, baseUrl, "prosjekt@demo.vagval.no", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/fjordvik/surveys/new`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("radio", { name: "Spørreundersøkelse for systemforvaltere" }).check();
    await page.getByRole("radio", { name: "Norsk bokmål" }).check();
    await page.getByRole("button", { name: "Lag undersøkelse" }).click();
    await page.getByRole("button", { name: "Publiser" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Endre spørsmål" }).click();
    await page.getByRole("heading", { name: /^Endre:/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Tilbake til undersøkelsen" }).click();
    await page.getByRole("button", { name: "Publiser" }).click();
    await page.getByText("Publisert", { exact: true }).waitFor();
    await page.getByRole("link", { name: "Lenker til respondenter" }).click();
    await page.getByLabel("Antall lenker").fill("3");
    await page.getByRole("button", { name: "Lag og vis lenker" }).click();
    await page.locator("ol.survey-links a").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const links = await page.locator("ol.survey-links a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(links).toHaveLength(3);
    const surveyUrl = page.url().replace(/\/invitations$/, "");

    // First respondent: a phone, answers one page, closes the browser.
    const first = await newPage(browser, { locale: "sv-SE", width: 360 });
    await first.page.goto(`${baseUrl}${links[0]}`);
    expect(await first.page.getAttribute("html", "lang")).toBe("nb");
    await first.page.getByRole("heading", { name: "Slik behandles svarene dine" }).waitFor();
    expect(await axeViolations(first.page)).toEqual([]);
    await first.page.getByRole("button", { name: "Start undersøkelsen" }).click();
    await first.page.getByText("Side 1 av 4").waitFor();
    expect(await axeViolations(first.page)).toEqual([]);
    await screenshot(first.page, "survey-phone-nb");
    await first.page.getByLabel(/Hvor mange brukerstøttesaker/).fill("5000");
    await first.page.getByRole("button", { name: "Neste" }).click();
    await first.page.getByText("Oppgi et tall fra 0 til 1000 saker per dag.").first().waitFor();
    expect(await first.page.getByLabel(/Hvor mange brukerstøttesaker/).inputValue()).toBe("5000");
    expect(await axeViolations(first.page)).toEqual([]);
    await answerFirstPage(first.page);
    await first.context.close();

    // … and continues later in a new browser, from the same link.
    const again = await newPage(browser, { locale: "nb-NO", width: 360 });
    await again.page.goto(`${baseUrl}${links[0]}`);
    await again.page.getByText("Side 2 av 4").waitFor();
    await again.page.getByRole("button", { name: "Forrige" }).click();
    await again.page.getByText("Side 1 av 4").waitFor();
    expect(await again.page.getByLabel(/Hvor mange brukerstøttesaker/).inputValue()).toBe("6");
    await again.page.getByRole("button", { name: "Neste" }).click();
    await again.page.getByText("Side 2 av 4").waitFor();
    await answerRest(again.page);
    expect(await axeViolations(again.page)).toEqual([]);
    await again.page.goto(`${baseUrl}${links[0]}`);
    await again.page.getByRole("heading", { name: "Du har allerede svart" }).waitFor();
    expect(await again.page.content()).not.toContain("Høyere effektivitet");
    await again.context.close();

    // Second respondent: no JavaScript at all.
    const noJs = await newPage(browser, { locale: "nb-NO", width: 360, javaScript: false });
    await noJs.page.goto(`${baseUrl}${links[1]}`);
    await noJs.page.getByRole("button", { name: "Start undersøkelsen" }).click();
    await noJs.page.getByText("Side 1 av 4").waitFor();
    await answerFirstPage(noJs.page);
    await answerRest(noJs.page);
    await noJs.context.close();

    // The same survey in Swedish, through the language switcher.
    const sv = await newPage(browser, { locale: "nb-NO", width: 360 });
    await sv.page.goto(`${baseUrl}${links[2]}?lng=sv`);
    await sv.page.getByRole("heading", { name: "Så hanteras dina svar" }).waitFor();
    expect(await axeViolations(sv.page)).toEqual([]);
    await sv.page.getByRole("button", { name: "Börja svara" }).click();
    await sv.page.getByText("Sida 1 av 4").waitFor();
    expect(await axeViolations(sv.page)).toEqual([]);
    await screenshot(sv.page, "survey-phone-sv");
    await sv.context.close();

    await page.goto(surveyUrl);
    await page.getByText("Innsendte svar: 2.").waitFor();
    await admin.close();
  }, 300_000);

  test("the results page and an unknown link pass axe", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/surveys`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Webbenkät för systemförvaltare" }).first().click();
    await page.waitForURL(/\/surveys\/\d+$/);
    // The municipality's menu has a "Resultat" too (the dashboard): take the survey's own, once rendered.
    const results = page.getByRole("link", { name: "Resultat", exact: true }).and(page.locator('a[href$="/results"]'));
    await results.waitFor();
    await results.click();
    await page.waitForURL(/\/results$/, { waitUntil: "commit" });
    await page.getByRole("heading", { name: "Resultat: Webbenkät för systemförvaltare" }).waitFor();
    expect(await page.getByText("Inskickade svar: 80.").count()).toBe(1);
    // 74 of 80 need specific permissions, as in the pre-study.
    await expect.poll(() => page.getByRole("cell", { name: "92,5 %" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "survey-results-sv");
    const missing = await page.goto(`${baseUrl}/s/AAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sidan finns inte");
    await context.close();
  }, 120_000);
});
