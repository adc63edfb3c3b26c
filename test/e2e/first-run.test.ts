// The first run, in Chromium, on a fresh database of its own: an admin made with the CLI signs
// in, creates the municipality from the start page and follows the product's guidance from there.
import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { freshAppWithAdmin } from "../support/fresh-app";

const { skip } = inject("e2e");

/** A small service-desk export (generic CSV) of one month. */
function ticketExport(rows: number): Buffer {
  const lines = ["id;opened_at;closed_at;channel;category;area;text"];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(`LE-${i};2026-03-${day} 08:${String(i % 60).padStart(2, "0")};2026-03-${day} 11:00;Telefon;${i % 3 ? "Fel" : "Lösenord"};school;Ärende ${i}`);
  }
  return Buffer.from(lines.join("\n"), "utf8");
}

/** One system administrator answers the pre-study's survey in Swedish on a phone. */
async function answerSurvey(browser: Browser, url: string) {
  const { context, page } = await newPage(browser, { width: 360 });
  await page.goto(url);
  await page.getByRole("button", { name: "Börja svara" }).click();
  await page.getByLabel("Skola och förskola").check();
  await page.getByLabel("Telefon", { exact: true }).check();
  await page.getByLabel(/Hur många supportärenden/).fill("4");
  await page.getByRole("button", { name: "Nästa" }).click();
  await page.getByText("Sida 2 av 4").waitFor();
  await page.getByRole("radio", { name: "Nej" }).first().check();
  await page.getByRole("button", { name: "Nästa" }).click();
  await page.getByText("Sida 3 av 4").waitFor();
  await page.getByRole("radio", { name: "Ja", exact: true }).check();
  await page.getByRole("button", { name: "Nästa" }).click();
  await page.getByText("Sida 4 av 4").waitFor();
  await page.getByRole("button", { name: "Skicka in" }).click();
  await page.getByRole("heading", { name: /Tack/ }).waitFor();
  await context.close();
}

/** From the assessment home, the "Next step" card names the step and its button leads there. */
async function followNextStep(page: Page, home: string, step: string) {
  await page.goto(home);
  await expect.poll(() => page.getByRole("heading", { level: 2, name: `Nästa steg: ${step}` }).count()).toBe(1);
  await page.locator(".next-step").getByRole("link", { name: `Gå till ${step}` }).click();
}
const EMAIL = "admin@first-run.test";
const PASSWORD = "first-run-password-1";


describe.skipIf(Boolean(skip))("first run in Chromium", () => {
  let browser: Browser;
  let app = "";
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ app, stop } = await freshAppWithAdmin("e2e_first_run", { email: EMAIL, password: PASSWORD }));
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  test("the admin signs in, creates the municipality and reaches its pre-study steps", async () => {
    const { context, page } = await newPage(browser);
    // A real installation's login page offers no demo sign-in.
    await page.goto(`${app}/login`);
    expect(await page.getByText(/demoinstallation/).count()).toBe(0);
    await signIn(page, app, EMAIL, PASSWORD);
    await expect.poll(() => page.getByRole("heading", { name: "Kom igång: skapa er kommun" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Skapa kommun" }).click();
    await page.waitForURL(/\/admin\/municipalities\/new$/);
    // A wrong form comes back with the error and what was typed.
    await page.getByLabel("Kommunens namn").fill("A");
    await page.getByRole("button", { name: "Skapa kommun" }).click();
    await expect.poll(() => page.getByText("Skriv kommunens namn, minst två tecken.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Kommunens namn").inputValue()).toBe("A");
    expect(await axeViolations(page)).toEqual([]);
    // The web address follows the name.
    await page.getByLabel("Kommunens namn").fill("Lilla Edet kommun");
    await expect.poll(() => page.getByLabel("Webbadress").inputValue()).toBe("lilla-edet");
    await page.getByLabel("Standardspråk").selectOption("sv");
    await screenshot(page, "first-run-create-sv");
    await page.getByRole("button", { name: "Skapa kommun" }).click();
    await page.waitForURL(/\/m\/lilla-edet$/);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Lilla Edet kommun" }).count()).toBe(1);
    await expect.poll(() => page.getByRole("heading", { level: 2, name: "Förstudien" }).count()).toBe(1);
    // Nobody else has access yet: the home says so and links to where access is given.
    expect(await page.getByRole("link", { name: "Ge projektgruppen och beslutsfattarna tillgång" }).getAttribute("href")).toBe("/m/lilla-edet/settings#members");
    await context.close();
  });

  test("from the new municipality's home, the admin follows 'Next step' to a first recommendation", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, app, EMAIL, PASSWORD);
    const home = `${app}/m/lilla-edet`;

    // Plan: a department, a business area and a system with its two administrators.
    await followNextStep(page, home, "Planering");
    await page.waitForURL(/\/organisation$/);
    await page.getByLabel("Förvaltningens namn").fill("Barn och utbildning");
    await page.getByRole("button", { name: "Lägg till förvaltning" }).click();
    await expect.poll(() => page.getByLabel("Förvaltning (valfritt)").locator("option", { hasText: "Barn och utbildning" }).count()).toBe(1);
    await page.getByLabel("Verksamhetsområde", { exact: true }).selectOption("school");
    await page.getByRole("button", { name: "Lägg till verksamhetsområde" }).click();
    await expect.poll(() => page.getByLabel("Verksamhetsområde (valfritt)").locator("option", { hasText: "Skola" }).count()).toBe(1);
    await page.getByLabel("Systemets namn").fill("Skolplattformen");
    await page.getByLabel("Förvaltning (valfritt)").selectOption({ label: "Barn och utbildning" });
    await page.getByLabel("Verksamhetsområde (valfritt)").selectOption({ label: "Skola" });
    await page.getByLabel("Förvaltare", { exact: true }).fill("SF-1\nSF-2");
    await page.getByRole("button", { name: "Lägg till system" }).click();
    await expect.poll(() => page.getByRole("rowheader", { name: "Skolplattformen", exact: true }).count()).toBe(1);

    // Survey: the pre-study's template, published, five links, five answers.
    await followNextStep(page, home, "Enkät");
    await page.waitForURL(/\/surveys$/);
    await page.getByRole("link", { name: "Skapa enkät" }).first().click();
    await page.getByRole("radio", { name: "Webbenkät för systemförvaltare" }).check();
    await page.getByRole("radio", { name: "Svenska" }).check();
    await page.getByRole("button", { name: "Skapa enkät" }).click();
    await page.getByRole("button", { name: "Publicera" }).click();
    await page.getByRole("link", { name: "Länkar till respondenter" }).click();
    await page.getByLabel("Antal länkar").fill("5");
    await page.getByRole("button", { name: "Skapa och visa länkar" }).click();
    await page.locator("ol.survey-links a").first().waitFor();
    const links = await page.locator("ol.survey-links a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(links).toHaveLength(5);
    for (const link of links) await answerSurvey(browser, `${app}${link}`);

    // Interviews: one held, with a coded quote.
    await followNextStep(page, home, "Intervjuer");
    await page.getByRole("link", { name: "Planera en intervju" }).click();
    await page.getByLabel("Intervjupersonens roll").selectOption("administrator");
    await page.getByLabel("Datum").fill("2026-04-02");
    await page.getByRole("button", { name: "Planera intervjun" }).click();
    await page.waitForURL(/\/interviews\/\d+$/);
    const section = page.locator("#question-absence");
    await section.locator("summary").click();
    await section.getByLabel("Citat", { exact: true }).fill("Ingen ersättare när jag är sjuk.");
    await section.getByLabel("Supportmodell").selectOption("local");
    await section.getByLabel("Emot").check();
    await section.getByLabel("Kriterium").selectOption("absence_robustness");
    await section.getByRole("button", { name: "Lägg till citatet" }).click();
    await expect.poll(() => page.locator("#question-absence q").count()).toBe(1);
    await page.getByRole("button", { name: "Markera som genomförd" }).click();
    await expect.poll(() => page.getByText("Genomförd", { exact: true }).count()).toBeGreaterThan(0);

    // Tickets: the service desk's export.
    await followNextStep(page, home, "Ärenden");
    await page.getByRole("link", { name: "Importera ärenden" }).first().click();
    await page.getByLabel("Exportfil (CSV)").setInputFiles({ name: "servicedesk.csv", mimeType: "text/csv", buffer: ticketExport(300) });
    await page.getByRole("button", { name: "Importera" }).click();
    await expect.poll(() => page.getByText(/Klart: 300 ärenden importerades/).count(), { timeout: 60_000 }).toBe(1);

    // Weights: a preset profile.
    await followNextStep(page, home, "Vikter");
    await page.getByRole("button", { name: "Använd ”Balanserad”" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Bedömningen använder nu profilen ”Balanserad”." }).count()).toBe(1);

    // Report: the PDF for the decision-makers.
    await followNextStep(page, home, "Rapport");
    await page.getByRole("button", { name: "Skapa PDF" }).click();
    await page.getByRole("link", { name: /Ladda ner PDF:en/ }).waitFor({ timeout: 90_000 });

    // Every step is done; the home leads to the recommendation, now built on the municipality's own evidence.
    await page.goto(home);
    await expect.poll(() => page.getByRole("heading", { level: 2, name: "Alla steg är klara" }).count()).toBe(1);
    expect(await page.locator(".report-step .ds-tag").allTextContents()).toEqual(Array(6).fill("Klar"));
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(".next-step").getByRole("link", { name: "Se rekommendationen" }).click();
    await page.waitForURL(/\/decision$/);
    await expect.poll(() => page.getByText(/rankas först med/).count()).toBe(1);
    // What is still missing says where to add it: the cluster proposal, on the tickets page.
    const missing = page.getByTestId("missing-sources");
    expect(await missing.getByText(/Det finns ännu inga användbara data för: arbetsbelastning mellan kluster\./).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await missing.getByRole("link", { name: "Föreslå kluster på sidan Ärenden" }).click();
    await page.waitForURL(/\/tickets#clusters$/);
    await page.getByLabel("Förslagets namn").fill("Ett kluster per förvaltning");
    await page.getByLabel("Kluster för Skola").fill("Barn och utbildning");
    await page.getByRole("button", { name: "Spara förslaget" }).click();
    await expect.poll(() => page.getByText("Klusterförslaget är sparat.").count()).toBe(1);
    await page.goto(`${home}/decision`);
    await expect.poll(() => page.getByText(/rankas först med/).count()).toBe(1);
    expect(await page.getByTestId("missing-sources").count()).toBe(0);
    await screenshot(page, "first-recommendation-sv");
    await context.close();
  }, 300_000);

  test("without JavaScript the server suggests the web address from the name", async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    await signIn(page, app, EMAIL, PASSWORD);
    await page.goto(`${app}/admin/municipalities/new`);
    await page.getByLabel("Kommunens namn").fill("Bø kommune");
    await page.getByLabel("Land").selectOption("NO");
    await page.getByLabel("Standardspråk").selectOption("nb");
    await page.getByRole("button", { name: "Skapa kommun" }).click();
    await page.waitForURL(/\/m\/bo$/);
    await context.close();
  });
});
