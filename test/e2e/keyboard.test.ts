// Every main workflow with the keyboard alone, in Chromium: a respondent answers (and erases)
// a survey, a project member codes a quote, sets weights and downloads a CSV. Only
// page.keyboard drives the pages (no click, fill or check); reaching an element with Tab is the
// proof that it can be reached. On each page: the first Tab lands on a visible skip link that
// moves focus to the main content, focus is visible, and headings do not skip levels.
import fs from "node:fs";
import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { CRITERIA } from "~/domain/ids";
import { headingProblems, launch, newPage } from "../support/browser";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";

const { baseUrl, skip } = inject("e2e");
if (skip) console.warn(skip);

const focusedMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await focusedMatches(page, selector)) return;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`${max} presses of Tab never reached ${selector} on ${page.url()} (focus ended on ${at})`);
}

/** Presses Enter on the focused control and waits for the address to change. */
async function enterAndWait(page: Page, until: (url: URL) => boolean) {
  await Promise.all([page.waitForURL(until), page.keyboard.press("Enter")]);
}

/** Focus indicator of the focused element: outline and box-shadow as computed. */
const focusStyle = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle === "none" ? "none" : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
  });

/**
 * Loads `path` fresh and checks what a keyboard or screen-reader user meets first: Tab reaches a
 * visible skip link, Enter moves focus to <main>, the focused link shows a focus indicator that
 * an unfocused one lacks, and the headings (one h1) never skip a level.
 */
async function checkPage(page: Page, path: string) {
  await page.goto(`${baseUrl}${path}`);
  // Keys pressed before React hydrates would take the no-JavaScript path (full page loads).
  await page.waitForFunction(() => Object.keys(document.querySelector("main")!).some((k) => k.startsWith("__reactFiber")));
  await page.keyboard.press("Tab");
  const skipLink = await page.evaluate(() => {
    const el = document.activeElement as HTMLAnchorElement | null;
    const box = el?.getBoundingClientRect();
    return { tag: el?.tagName, href: el?.getAttribute("href"), visible: Boolean(box && box.width > 1 && box.height > 1 && box.top >= 0) };
  });
  expect(skipLink, `first Tab on ${path}`).toEqual({ tag: "A", href: "#main", visible: true });
  const focused = await focusStyle(page);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "main");
  // The same link unfocused looks different: the indicator comes from focus, not from the link.
  const unfocused = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector("a[href='#main']")!);
    return { outline: s.outlineStyle === "none" ? "none" : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
  });
  expect(focused, `focus indicator on ${path}`).not.toEqual(unfocused);
  expect(visibleFocus(focused)).toBe(true);
  expect(await headingProblems(page), `headings on ${path}`).toEqual([]);
  // Focus is on <main> now: the workflow goes on from there, as after using the skip link.
}

const visibleFocus = (style: Awaited<ReturnType<typeof focusStyle>>) => Boolean(style && (style.outline !== "none" || style.shadow !== "none"));

/**
 * The control Tab just reached shows a focus indicator: an outline or shadow that a control of
 * the same kind elsewhere on the page, unfocused, does not have.
 */
async function expectFocusVisible(page: Page) {
  const { focused, other, what } = await page.evaluate(() => {
    const style = (el: Element) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle === "none" ? "none" : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
    };
    const el = document.activeElement!;
    const kind = el.tagName + (el.getAttribute("type") ? `[type="${el.getAttribute("type")}"]` : "");
    const twin = [...document.querySelectorAll(kind)].find((o) => o !== el && o.getClientRects().length > 0);
    return { focused: style(el), other: twin ? style(twin) : null, what: el.outerHTML.slice(0, 80) };
  });
  expect(visibleFocus(focused), `no focus indicator on ${what}`).toBe(true);
  if (other) expect(focused, `focused and unfocused look the same: ${what}`).not.toEqual(other);
}

async function signInByKeyboard(page: Page, email: string) {
  await checkPage(page, "/login");
  await tabTo(page, "input[type=email], input[name=email]");
  await page.keyboard.type(email);
  await tabTo(page, "input[type=password]");
  await page.keyboard.type(DEMO_PASSWORD);
  await enterAndWait(page, (u) => !u.pathname.startsWith("/login"));
}

describe.skipIf(Boolean(skip))("the keyboard alone, in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a respondent answers a survey from an invitation link, then erases the answers", async () => {
    // The project group makes one link to Sjöbacka's published survey.
    const admin = await newPage(browser);
    await signInByKeyboard(admin.page, "projekt@demo.vagval.se");
    await checkPage(admin.page, "/m/sjobacka/surveys");
    await tabTo(admin.page, "main a[href$='/surveys/1']");
    await enterAndWait(admin.page, (u) => u.pathname.endsWith("/surveys/1"));
    await tabTo(admin.page, "main a[href$='/invitations']");
    await enterAndWait(admin.page, (u) => u.pathname.endsWith("/invitations"));
    await tabTo(admin.page, "#count");
    await admin.page.keyboard.type("1");
    await admin.page.keyboard.press("Enter");
    await admin.page.locator("ol.survey-links a").first().waitFor();
    const link = await admin.page.locator("ol.survey-links a").first().getAttribute("href");
    await admin.context.close();

    const { context, page } = await newPage(browser);
    await checkPage(page, link!);
    await tabTo(page, "button[value=start]");
    await page.keyboard.press("Enter");
    await page.getByText("Sida 1 av 4").waitFor();
    await checkPage(page, link!);
    await tabTo(page, "input[name=area]");
    await expectFocusVisible(page);
    await page.keyboard.press("Space");
    await tabTo(page, "input[name=channels]");
    await page.keyboard.press("Space");
    await tabTo(page, "input[name=tickets_per_day]");
    await page.keyboard.type("6");
    await tabTo(page, "button[value=next]");
    await page.keyboard.press("Enter");
    await page.getByText("Sida 2 av 4").waitFor();
    await tabTo(page, "input[name=permission_required]");
    await page.keyboard.press("Space");
    await tabTo(page, "button[value=next]");
    await page.keyboard.press("Enter");
    await page.getByText("Sida 3 av 4").waitFor();
    await tabTo(page, "input[name=sees_advantages]");
    await page.keyboard.press("ArrowDown"); // radios: the arrow moves and selects (the second option)
    await tabTo(page, "button[value=next]");
    await page.keyboard.press("Enter");
    await page.getByText("Sida 4 av 4").waitFor();
    await tabTo(page, "button[value=finish]");
    await expectFocusVisible(page);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Tack för dina svar!" }).waitFor();
    await checkPage(page, new URL(page.url()).pathname + new URL(page.url()).search);

    // Erasing asks first; both steps by keyboard. The demo keeps its 80 answers.
    await tabTo(page, "a[href*='erase=confirm']");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Vill du radera dina svar?" }).waitFor();
    await tabTo(page, "button[value=erase]");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Dina svar är raderade" }).waitFor();
    await context.close();
  }, 180_000);

  test("a project member codes a quote, sets weights and downloads a CSV", async () => {
    const { context, page } = await newPage(browser);
    await signInByKeyboard(page, "projekt@demo.vagval.se");

    // (b) Code a quote in the first demo interview, then remove it again.
    await checkPage(page, "/m/sjobacka/interviews");
    await tabTo(page, "main a[href*='/interviews/']:not([href$='/new']):not([href$='/coding'])");
    await enterAndWait(page, (u) => /\/interviews\/\d+$/.test(u.pathname));
    await checkPage(page, new URL(page.url()).pathname);
    const question = await page.locator("[id^=question-]:has(details)").first().getAttribute("id");
    const key = question!.replace(/^question-/, "");
    const quote = "Tangentbordet räcker för att koda ett citat.";
    await tabTo(page, `#question-${key} summary`);
    await expectFocusVisible(page);
    await page.keyboard.press("Enter");
    await tabTo(page, `#quote-${key}`);
    await page.keyboard.type(quote);
    await tabTo(page, `#model-${key}`);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space"); // stance: the first radio
    await tabTo(page, `#criterion-${key}`);
    await page.keyboard.press("ArrowDown");
    await tabTo(page, `#question-${key} details button[type=submit]`);
    await enterAndWait(page, (u) => u.search.includes("coded="));
    // The new quote's "coded" status takes focus.
    const excerptId = `excerpt-${new URL(page.url()).searchParams.get("coded")}`;
    expect(await page.locator(`#${excerptId}-quote`).textContent()).toBe(quote);
    await page.waitForFunction((id) => document.activeElement?.closest("li")?.id === id, excerptId);
    await tabTo(page, `#${excerptId} a[href*='delete=']`);
    await page.keyboard.press("Enter");
    // The question takes focus, so a screen reader reads it; Tab goes on to its button.
    await page.waitForFunction((id) => document.activeElement?.id === `${id}-confirm`, excerptId);
    await tabTo(page, `#${excerptId} button[type=submit]`);
    await page.keyboard.press("Enter");
    await page.locator(`#${excerptId}`).waitFor({ state: "detached" });

    // (c) Weights: all 100 points on personal contact puts local support first; saved; removed.
    await checkPage(page, "/m/sjobacka/decision/weights");
    await tabTo(page, "main a[href$='/weights/points']");
    await enterAndWait(page, (u) => u.pathname.endsWith("/weights/points"));
    await checkPage(page, "/m/sjobacka/decision/weights/points");
    await tabTo(page, "#stakeholder");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Personalchef");
    for (const c of CRITERIA) {
      await tabTo(page, `#points_${c}`, 5);
      await expectFocusVisible(page);
      await page.keyboard.press("Control+A");
      await page.keyboard.type(c === "personal_contact" ? "100" : "0");
    }
    await page.getByTestId("live-winner").getByText("Lokal support", { exact: true }).waitFor();
    await tabTo(page, "button[value=save]");
    await enterAndWait(page, (u) => u.search === "?saved=1");
    await page.getByTestId("stakeholder-table").getByText("Personalchef").waitFor();
    await tabTo(page, "details.confirm-action summary");
    await page.keyboard.press("Enter");
    await tabTo(page, "details.confirm-action[open] button[type=submit]");
    await page.keyboard.press("Enter");
    await page.getByText("Ingen intressent har lämnat vikter ännu.").waitFor();

    // (d) Export: the first CSV on the report page.
    await checkPage(page, "/m/sjobacka/report");
    await tabTo(page, "main a[href*='/report/csv/']");
    await expectFocusVisible(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n").length).toBeGreaterThan(2);
    await context.close();
  }, 180_000);
});
