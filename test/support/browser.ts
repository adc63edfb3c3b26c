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

/**
 * WCAG 2.1 A and AA violations on the page as it is now. The app has no frames, so axe runs in
 * the page itself (legacy mode: no blank page opened per run) and collects only violations,
 * which together about halve the time of a run. `without` leaves out rules by id.
 */
export async function axeViolations(page: Page, opts: { without?: string[] } = {}) {
  // options() replaces the whole options object, so it comes before withTags() (which adds runOnly).
  const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).setLegacyMode(true);
  if (opts.without?.length) builder.disableRules(opts.without);
  const result = await builder.analyze();
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

/** Heading problems on the page as it is now: not exactly one h1, not starting at h1, a level skipped. */
export async function headingProblems(page: Page): Promise<string[]> {
  const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1])));
  const h1s = levels.filter((l) => l === 1).length;
  const problems = h1s === 1 ? [] : [`${h1s} h1`];
  if (levels[0] !== 1) problems.push(`starts at h${levels[0]}`);
  levels.forEach((l, i) => {
    if (i > 0 && l > levels[i - 1]! + 1) problems.push(`h${levels[i - 1]} → h${l}`);
  });
  return problems;
}
