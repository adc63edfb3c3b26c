// A municipality's settings page in Chromium, on a fresh database of its own: the admin
// changes the default language and gives a new person access to the project group; that
// person opens the personal link in a browser of their own, chooses a password and lands
// signed in on the municipality. Both pages are axe clean.
import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { freshAppWithAdmin } from "../support/fresh-app";

const { skip } = inject("e2e");

const EMAIL = "admin@settings.test";
const PASSWORD = "settings-password-1";
const MEMBER = "anna.projekt@ale.test";


describe.skipIf(Boolean(skip))("municipality settings in Chromium", () => {
  let browser: Browser;
  let app = "";
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    // Mail is configured (the worker is off, so nothing is sent): the page offers to e-mail the link.
    ({ app, stop } = await freshAppWithAdmin("e2e_settings", { email: EMAIL, password: PASSWORD }, (baseUrl) => ({ SMTP_URL: "smtp://127.0.0.1:9", MAIL_FROM: "vagval@ale.test", APP_URL: baseUrl })));
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  test("the admin changes the default language and adds a project member, who sets a password on the link and lands signed in", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, app, EMAIL, PASSWORD);
    await page.goto(`${app}/admin/municipalities/new`);
    await page.getByLabel("Kommunens namn").fill("Ale kommun");
    await expect.poll(() => page.getByLabel("Webbadress").inputValue()).toBe("ale");
    await page.getByRole("button", { name: "Skapa kommun" }).click();
    await page.waitForURL(/\/m\/ale$/);

    // Settings is in the municipality's menu for the admin.
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Inställningar" }).click();
    await page.waitForURL(/\/m\/ale\/settings$/);
    await expect.poll(() => page.getByRole("heading", { level: 2, name: "Inställningar" }).count()).toBe(1);
    expect(await page.getByText("Webbadressen /m/ale ändras inte").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The default language.
    expect(await page.getByLabel("Standardspråk").inputValue()).toBe("sv");
    await page.getByLabel("Standardspråk").selectOption("nb");
    await page.getByRole("button", { name: "Spara inställningar" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Inställningarna är sparade." }).count()).toBe(1);
    await page.reload();
    expect(await page.getByLabel("Standardspråk").inputValue()).toBe("nb");

    // A new person in the project group: an account without a password and a link shown once.
    await page.getByLabel("E-postadress").fill(MEMBER);
    await page.getByLabel("Projektgrupp").check();
    // E-mailing the link is the default; this admin sends it personally.
    expect(await page.getByLabel("Skicka länken med e-post").isChecked()).toBe(true);
    await page.getByLabel("Skicka länken med e-post").uncheck();
    await page.getByRole("button", { name: "Ge tillgång" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: `${MEMBER} har nu tillgång med rollen Projektgrupp` }).count()).toBe(1);
    const link = await page.getByRole("textbox", { name: "Personlig länk" }).inputValue();
    expect(link).toMatch(new RegExp(`^${app.replace(/\./g, "\\.")}/password/[A-Za-z0-9_-]{43}$`));
    await expect.poll(() => page.getByRole("rowheader", { name: new RegExp(MEMBER) }).count()).toBe(1);
    expect(await page.getByText("Har inte valt lösenord än").count()).toBe(1);
    await screenshot(page, "settings-sv");
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    expect(await page.getByRole("textbox", { name: "Personlig länk" }).count()).toBe(0);
    // A decision-maker gets the link by e-mail: queued, and not shown.
    await page.getByLabel("E-postadress").fill("bo.beslut@ale.test");
    await page.getByLabel("Beslutsfattare").check();
    await page.getByRole("button", { name: "Ge tillgång" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "ligger i kö för att skickas" }).count()).toBe(1);
    expect(await page.getByRole("textbox", { name: "Personlig länk" }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    // The person opens the link in a browser of their own.
    const person = await newPage(browser);
    await person.page.goto(link);
    await expect.poll(() => person.page.getByRole("heading", { level: 1, name: "Välj ditt lösenord" }).count()).toBe(1);
    expect(await person.page.getByLabel("Ditt konto").inputValue()).toBe(MEMBER);
    expect(await axeViolations(person.page)).toEqual([]);
    // Too short first: the error says what to fix and nothing is used up.
    await person.page.getByLabel("Nytt lösenord").fill("kort");
    await person.page.getByLabel("Upprepa lösenordet").fill("kort");
    await person.page.getByRole("button", { name: "Spara lösenordet och logga in" }).click();
    await expect.poll(() => person.page.getByText("Lösenordet måste vara minst 10 tecken långt.").count()).toBeGreaterThan(0);
    expect(await axeViolations(person.page)).toEqual([]);
    await person.page.getByLabel("Nytt lösenord").fill("annas-långa-lösenord");
    await person.page.getByLabel("Upprepa lösenordet").fill("annas-långa-lösenord");
    await person.page.getByRole("button", { name: "Spara lösenordet och logga in" }).click();
    await person.page.waitForURL(/\/m\/ale$/);
    await expect.poll(() => person.page.getByRole("heading", { level: 1, name: "Ale kommun" }).count()).toBe(1);
    expect(await person.page.getByText("Din roll: Projektgrupp").count()).toBe(1);
    // The project group has no settings.
    expect(await person.page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Inställningar" }).count()).toBe(0);
    // The link worked once.
    await person.page.goto(link);
    await expect.poll(() => person.page.getByRole("heading", { level: 1, name: "Länken fungerar inte längre" }).count()).toBe(1);
    await person.context.close();

    // Signing in later works with the chosen password.
    const again = await newPage(browser);
    await signIn(again.page, app, MEMBER, "annas-långa-lösenord");
    await again.page.goto(`${app}/m/ale`);
    await expect.poll(() => again.page.getByRole("heading", { level: 1, name: "Ale kommun" }).count()).toBe(1);
    await again.context.close();
  });
});
