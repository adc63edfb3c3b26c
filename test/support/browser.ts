import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";

export const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

export async function newPage(browser: Browser, opts: { javaScript?: boolean; width?: number; locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    javaScriptEnabled: opts.javaScript ?? true,
    viewport: { width: opts.width ?? 1280, height: 900 },
    locale: opts.locale ?? "sv-SE",
  });
  // CI machines are busy (two cores shared by the server, Chromium and the tests): wait up to a
  // minute for a page or an element rather than Playwright's default 30 s.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  return { context, page: await context.newPage() };
}

/** WCAG 2.1 A and AA violations on the page as it is now. */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/E-post/i).fill(email);
  await page.getByLabel(/Lösenord|Passord|Password/i).fill(password);
  await page.getByRole("button", { name: /Logga in|Logg inn|Sign in/ }).last().click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

const SHOTS = path.resolve("test/e2e/screenshots");
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
