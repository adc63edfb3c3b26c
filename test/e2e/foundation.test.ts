import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";

const { baseUrl, skip } = inject("e2e");
if (skip) console.warn(skip);

describe.skipIf(Boolean(skip))("the app in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("an admin signs in, sees both demo municipalities, and every page passes axe", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseUrl}/login`);
    // The demo installation says how to sign in, so a newcomer needs nothing but the page.
    expect(await page.getByText("Logga in som projekt@demo.vagval.se med lösenordet vagval-demo-2026.", { exact: false }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "login-sv");
    await signIn(page, baseUrl, "admin@demo.vagval.se", DEMO_PASSWORD);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Kommuner");
    await expect.poll(() => page.getByRole("link", { name: /Sjöbacka kommun/ }).count()).toBe(1);
    expect(await page.getByRole("link", { name: /Fjordvik kommune/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "start-sv");
    await page.getByRole("link", { name: /Sjöbacka kommun/ }).click();
    await page.waitForURL(/\/m\/sjobacka$/);
    await expect.poll(() => page.getByRole("heading", { name: "Verksamhetssystem" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "municipality-sv");
    await context.close();
  });

  test("a project member sees only their municipality; another one is a translated 404", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await expect.poll(() => page.getByRole("link", { name: /Sjöbacka kommun/ }).count()).toBe(1);
    expect(await page.getByRole("link", { name: /Fjordvik/ }).count()).toBe(0);
    const response = await page.goto(`${baseUrl}/m/fjordvik`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sidan finns inte");
    expect(await page.content()).not.toContain("Fjordvik kommune");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test("the decision-maker reads their municipality", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "beslut@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka`);
    expect(await page.getByText("Beslutsfattare").count()).toBeGreaterThan(0);
    await context.close();
  });

  test("the language switcher works without JavaScript and is remembered", async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    await page.goto(`${baseUrl}/`);
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await page.getByRole("link", { name: "Norsk bokmål" }).click();
    expect(await page.getAttribute("html", "lang")).toBe("nb");
    expect(await page.getByRole("link", { name: "Logg inn" }).count()).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/login`);
    expect(await page.getAttribute("html", "lang")).toBe("nb");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Logg inn");
    await page.goto(`${baseUrl}/?lng=nn`);
    expect(await page.getAttribute("html", "lang")).toBe("nn");
    await context.close();
  });

  test("pages in Norwegian pass axe too", async () => {
    // axe runs inside the page, so this check needs JavaScript on.
    const { context, page } = await newPage(browser, { locale: "nb-NO" });
    await page.goto(`${baseUrl}/login`);
    expect(await page.getAttribute("html", "lang")).toBe("nb");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "login-nb");
    await signIn(page, baseUrl, "prosjekt@demo.vagval.no", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/fjordvik`);
    await expect.poll(() => page.getByRole("heading", { name: "Fagsystemer" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "municipality-nb");
    await context.close();
  });

  test("signing in and out works without JavaScript", async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    await signIn(page, baseUrl, "admin@demo.vagval.se", DEMO_PASSWORD);
    expect(await page.getByRole("button", { name: "Logga ut" }).count()).toBe(1);
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(`${baseUrl}/`);
    expect(await page.getByRole("link", { name: "Logga in" }).count()).toBeGreaterThan(0);
    const back = await page.goto(`${baseUrl}/m/sjobacka`);
    expect(back?.url()).toContain("/login?redirectTo=");
    await context.close();
  });

  test("a wrong password is explained and the email is kept", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/E-post/i).fill("admin@demo.vagval.se");
    await page.getByLabel(/Lösenord/i).fill("wrong-password");
    await page.getByRole("button", { name: "Logga in" }).last().click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Fel e-postadress eller lösenord");
    expect(await page.getByLabel(/E-post/i).inputValue()).toBe("admin@demo.vagval.se");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe.skipIf(Boolean(skip))("the accessibility statement", () => {
  test("is reachable from every page's footer in sv and nb, passes axe, and takes a barrier report", async () => {
    const browser = await launch();
    const { context, page } = await newPage(browser);
    await page.goto(`${baseUrl}/`);
    await page.getByRole("link", { name: "Tillgänglighetsredogörelse" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Tillgänglighetsredogörelse");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Vad fungerade inte?").fill("Diagrammet på resultatsidan går inte att läsa med skärmläsare.");
    await page.getByRole("button", { name: "Skicka" }).click();
    await expect.poll(() => page.getByText("Tack! Din rapport är mottagen.").count()).toBe(1);
    await page.goto(`${baseUrl}/accessibility?lng=nb`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tilgjengelighetserklæring");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
    await browser.close();
  });
});

describe.skipIf(Boolean(skip))("the server's defences", () => {
  test("every page carries security headers with a fresh script nonce", async () => {
    const first = await fetch(`${baseUrl}/login`);
    const second = await fetch(`${baseUrl}/login`);
    const csp = first.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("same-origin");
    const html = await first.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test("a POST from another site is refused", async () => {
    const res = await fetch(`${baseUrl}/login`, {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=admin%40demo.vagval.se&password=x",
    });
    expect(res.status).toBe(403);
  });

  test("a script typed into a free-text field comes back as text, not code", async () => {
    const browser = await launch();
    const { context, page } = await newPage(browser);
    let alerted = false;
    page.on("dialog", async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await page.goto(`${baseUrl}/accessibility`);
    const payload = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
    await page.getByLabel("Sida det gäller (valfritt)").fill(payload);
    await page.getByLabel("Vad fungerade inte?").fill("kort");
    await page.getByRole("button", { name: "Skicka" }).click();
    await expect.poll(() => page.getByLabel("Sida det gäller (valfritt)").inputValue()).toBe(payload);
    expect(alerted).toBe(false);
    await context.close();
    await browser.close();
  });
});
