// Interviews as a project member would use them, in Chromium: plan from a seeded guide, take
// notes (autosave), code three quotes with the keyboard only, read the matrix, download the
// exports, delete a quote and undo; axe on the list, interview and matrix pages in Swedish and Norwegian.
import fs from "node:fs";
import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { parseXml } from "../unit/interviews/xml-walk";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";

const { baseUrl, skip } = inject("e2e");
if (skip) console.warn(skip);

/** Presses Tab until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const started = Date.now();
const trace = (step: string) => {
  if (process.env.E2E_TRACE) console.log(`${((Date.now() - started) / 1000).toFixed(1)}s ${step}`);
};

const press = async (page: Page, key: string, times = 1) => {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
};

type Coding = { question: string; quote?: string; modelIndex: number; stance: "pro" | "con"; criterionIndex: number; themes: string };

/**
 * Codes one quote with the keyboard: Tab to the question's "code a quote", Enter, type the quote,
 * arrows in the selects, Space on a radio, Enter to submit. Without `quote`, the form is already
 * open and its quote filled (from the selected notes), with focus in it.
 */
async function codeWithKeyboard(page: Page, c: Coding) {
  if (c.quote) {
    await tabTo(page, `#question-${c.question} summary`);
    await page.keyboard.press("Enter");
    await tabTo(page, `#quote-${c.question}`);
    await page.keyboard.type(c.quote);
  }
  await tabTo(page, `#model-${c.question}`);
  await press(page, "ArrowDown", c.modelIndex + 1);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space"); // first radio: pro
  if (c.stance === "con") await page.keyboard.press("ArrowRight");
  await tabTo(page, `#criterion-${c.question}`);
  await press(page, "ArrowDown", c.criterionIndex + 1);
  await page.keyboard.press("Tab");
  await page.keyboard.type(c.themes);
  await page.keyboard.press("Tab");
  const before = page.url();
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => u.href !== before && u.search.includes("coded="));
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toBe("Citatet är kodat.");
}

describe.skipIf(Boolean(skip))("interviews in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("plan, take notes, code three quotes by keyboard, read the matrix, download CSV and .qdc (sv)", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    trace("signed in");
    await page.goto(`${baseUrl}/m/sjobacka/interviews`);
    expect(await page.getByRole("row").count()).toBe(6); // header + five demo interviews
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "interviews-list-sv");

    await page.getByRole("link", { name: "Planera en intervju" }).click();
    await page.getByLabel("Referensintervju: servicecenter").check();
    await page.getByLabel("Intervjupersonens roll").selectOption("service_center_manager");
    await page.getByLabel("Förvaltning eller organisation (valfritt)").fill("Servicecenter, Järfälla");
    await page.getByLabel("Datum").fill("2026-04-01");
    await page.getByRole("button", { name: "Planera intervjun" }).click();
    await page.waitForURL(/\/m\/sjobacka\/interviews\/\d+$/);
    const interviewUrl = page.url();
    trace("planned");
    await expect.poll(() => page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Referensintervju: servicecenter");

    // Notes save themselves after a pause in typing and say so in a live region.
    const note = "Lösenord och behörigheter tas direkt på första linjen. Svåra ärenden går till förvaltningen.";
    await page.locator("#note-first_line_scope").fill(note);
    await expect.poll(() => page.locator("#note-first_line_scope-status").textContent(), { timeout: 10_000 }).toBe("Sparat.");
    await page.reload();
    expect(await page.locator("#note-first_line_scope").inputValue()).toBe(note);
    expect(await axeViolations(page)).toEqual([]);
    trace("notes saved");

    // Keyboard only from here: the first quote comes from text selected in the notes.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, "#note-first_line_scope");
    await page.keyboard.press("Control+Home");
    await press(page, "Shift+ArrowRight", "Lösenord och behörigheter tas direkt på första linjen.".length);
    await tabTo(page, "#question-first_line_scope summary");
    await page.keyboard.press("Enter");
    await tabTo(page, "#question-first_line_scope button[type=button]");
    await page.keyboard.press("Enter");
    expect(await page.locator("#quote-first_line_scope").inputValue()).toBe("Lösenord och behörigheter tas direkt på första linjen.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("quote-first_line_scope");
    await codeWithKeyboard(page, { question: "first_line_scope", modelIndex: 5, stance: "pro", criterionIndex: 5, themes: "lösenord" });
    trace("quote 1");
    await codeWithKeyboard(page, { question: "first_line_reasons", quote: "En portal där användarna hittar svaren själva avlastar oss.", modelIndex: 5, stance: "pro", criterionIndex: 3, themes: "portal, avlastning" });
    await codeWithKeyboard(page, { question: "hard_examples", quote: "Vid delvis centralisering tappar användarna sin kontaktperson.", modelIndex: 4, stance: "con", criterionIndex: 8, themes: "" });
    trace("quotes 2 and 3");
    expect(await page.locator("[id^=excerpt-][id$=-quote]").count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "interviews-interview-sv");

    // The matrix: self_service × simple_speed and availability 1 / 0, partial × personal_contact 0 / 1.
    await page.goto(`${baseUrl}/m/sjobacka/interviews/coding`);
    const cell = (model: string, criterion: string) => page.locator(`a[href$="?model=${model}&criterion=${criterion}#quotes"] [aria-hidden]`);
    expect(await cell("self_service", "simple_speed").textContent()).toBe("1 / 0");
    expect(await cell("self_service", "availability").textContent()).toBe("1 / 0");
    expect(await cell("partial", "personal_contact").textContent()).toBe("0 / 1");
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(`a[href$="?model=self_service&criterion=availability#quotes"]`).click();
    await expect.poll(() => page.locator("#quotes q").allTextContents()).toEqual(["En portal där användarna hittar svaren själva avlastar oss."]);
    // The role filter is a GET form; reference project leaders coded nothing on self-service.
    await page.getByLabel("Intervjupersonens roll").selectOption("reference_project_leader");
    await page.getByRole("button", { name: "Visa" }).click();
    await page.waitForURL(/role=reference_project_leader/);
    // The URL changes a moment before the new table is rendered: poll.
    await expect.poll(() => cell("self_service", "availability").count()).toBe(0);
    expect(await page.locator(`a[href$="?role=reference_project_leader&model=shared&criterion=efficiency#quotes"] [aria-hidden]`).textContent()).toBe("1 / 0");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "interviews-matrix-sv");

    trace("matrix");
    // Downloads.
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Citat som CSV för Excel" }).click()]);
    const csv = fs.readFileSync((await csvDownload.path())!, "utf8");
    expect(csv.startsWith("\uFEFFinterview_id;role;department;date;question_key;question;quote;model;stance;criterion;themes\r\n")).toBe(true);
    expect(csv).toContain(";service_center_manager;Servicecenter, Järfälla;2026-04-01;first_line_scope;");
    expect(csv).toContain(";Lösenord och behörigheter tas direkt på första linjen.;self_service;pro;simple_speed;lösenord\r\n");
    expect(csv).toContain(";Vid delvis centralisering tappar användarna sin kontaktperson.;partial;con;personal_contact;\r\n");
    expect(csv).toContain("portal|avlastning");
    const [qdcDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Kodbok (.qdc, REFI-QDA)" }).click()]);
    expect(qdcDownload.suggestedFilename()).toMatch(/\.qdc$/);
    const root = parseXml(fs.readFileSync((await qdcDownload.path())!, "utf8"));
    expect(root.name).toBe("CodeBook");
    const selfService = root.children[0]!.children.find((c) => c.attributes.name === "Självservice");
    const pro = selfService?.children.find((c) => c.attributes.name === "För");
    expect(pro?.children.filter((c) => c.name === "Code").map((c) => c.attributes.name)).toEqual(["Tillgänglighet", "Snabbhet i enkla frågor"]);

    // Delete asks first (a confirmation step), then removes the quote.
    await page.goto(interviewUrl);
    const quotes = page.locator("[id^=excerpt-][id$=-quote]");
    const coded = await quotes.allTextContents();
    await page.getByRole("link", { name: "Ta bort" }).first().click();
    await page.getByRole("button", { name: "Ja, ta bort" }).click();
    await expect.poll(() => quotes.count()).toBe(2);
    // Right after, a status message with focus says so, with "Ångra" beside it; the quote comes back.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toBe("Citatet är borttaget.");
    expect(await page.getByRole("status").filter({ hasText: "Citatet är borttaget." }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Ångra");
    await page.keyboard.press("Enter");
    await expect.poll(() => quotes.count()).toBe(3);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toBe("Citatet är tillbaka med sina koder.");
    expect(await quotes.allTextContents()).toEqual(coded);
    expect(await page.getByRole("button", { name: "Ångra" }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 300_000);

  test("without JavaScript, notes are saved with the button and quotes are coded", async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/interviews/new`);
    await page.getByLabel("Förvaltning eller organisation (valfritt)").fill("Teknik");
    await page.getByRole("button", { name: "Planera intervjun" }).click();
    // Without JavaScript the click posts the form; wait for the answer page, not the old one.
    await expect.poll(() => page.getByText("Välj intervjupersonens roll.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Förvaltning eller organisation (valfritt)").inputValue()).toBe("Teknik");
    await page.getByLabel("Intervjupersonens roll").selectOption("administrator");
    await page.getByLabel("Datum").fill("2026-04-02");
    await page.getByRole("button", { name: "Planera intervjun" }).click();
    await page.waitForURL(/\/interviews\/\d+$/);
    const section = page.locator("#question-absence");
    await section.getByLabel("Anteckningar").fill("Ingen ersättare när jag är sjuk.");
    await section.getByRole("button", { name: "Spara anteckningen" }).click();
    await page.waitForURL(/saved=absence/);
    expect(await page.locator("#note-absence-status").textContent()).toBe("Sparat.");
    expect(await page.locator("#note-absence").inputValue()).toBe("Ingen ersättare när jag är sjuk.");
    await section.locator("summary").click();
    await section.getByRole("button", { name: "Lägg till citatet" }).click();
    await expect.poll(() => page.locator("#question-absence").getByText("Skriv eller klistra in citatet.").count()).toBeGreaterThan(0);
    const again = page.locator("#question-absence");
    await again.getByLabel("Citat", { exact: true }).fill("Ingen ersättare när jag är sjuk.");
    await again.getByLabel("Supportmodell").selectOption("local");
    await again.getByLabel("Emot").check();
    await again.getByLabel("Kriterium").selectOption("absence_robustness");
    await again.getByRole("button", { name: "Lägg till citatet" }).click();
    await page.waitForURL(/coded=/);
    expect(await page.locator("#question-absence q").allTextContents()).toEqual(["Ingen ersättare när jag är sjuk."]);
    // Deleting and undoing are plain form posts too.
    await page.locator("#question-absence").getByRole("link", { name: "Ta bort" }).click();
    await page.getByRole("button", { name: "Ja, ta bort" }).click();
    await page.waitForURL(/undo=\d+/);
    expect(await page.locator("#question-absence q").count()).toBe(0);
    await page.getByRole("button", { name: "Ångra" }).click();
    await page.waitForURL(/undone=restored/);
    expect(await page.locator("#question-absence q").allTextContents()).toEqual(["Ingen ersättare när jag är sjuk."]);
    await context.close();
  }, 180_000);

  test("Norwegian pages pass axe: empty list, a planned interview, the matrix", async () => {
    const { context, page } = await newPage(browser, { locale: "nb-NO" });
    await signIn(page, baseUrl, "prosjekt@demo.vagval.no", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/fjordvik/interviews`);
    expect(await page.getByRole("heading", { name: "Ingen intervjuer ennå" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "interviews-list-nb");
    await page.getByRole("link", { name: "Planlegg et intervju" }).click();
    await page.getByLabel("Rollen til den som intervjues").selectOption("administrator");
    await page.getByLabel("Virksomhet eller organisasjon (valgfritt)").fill("Helse og omsorg");
    await page.getByRole("button", { name: "Planlegg intervjuet" }).click();
    await page.waitForURL(/\/interviews\/\d+$/);
    await page.locator("#question-systems_role").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "interviews-interview-nb");
    await page.goto(`${baseUrl}/m/fjordvik/interviews/coding`);
    expect(await page.getByRole("table").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "interviews-matrix-nb");
    await context.close();
  }, 180_000);
});
