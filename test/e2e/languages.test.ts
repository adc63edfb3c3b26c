// The main pages in all four languages (sv, nb, nn, en), in Chromium: html[lang] follows the
// choice, axe finds no WCAG 2.1 AA violation, headings do not skip levels, and no raw
// translation key (such as "overview.results") shows instead of text. One browser, one page, pages × languages.
import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { LOCALES } from "~/domain/ids";
import { axeViolations, headingProblems, launch, newPage, signIn } from "../support/browser";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";

const { baseUrl, skip } = inject("e2e");
if (skip) console.warn(skip);

const PAGES = [
  "/",
  "/m/sjobacka",
  "/m/sjobacka/organisation",
  "/m/sjobacka/surveys",
  "/m/sjobacka/surveys/1/results",
  "/m/sjobacka/dashboard",
  "/m/sjobacka/tickets",
  "/m/sjobacka/interviews",
  "/m/sjobacka/decision",
  "/m/sjobacka/decision/weights",
  "/m/sjobacka/report",
  "/help",
];

// An i18next key is dot-separated lower camelCase words of two or more letters (so "t.ex." is not one) ("overview.results", "page.exports.tickets"),
// standing alone: not part of an e-mail address, a URL or a file name.
const KEY_SHAPE = /(?<![\p{L}\p{N}_@./:\\-])[a-z][a-zA-Z0-9_]+(?:\.[a-z][a-zA-Z0-9_]+)+(?![\p{L}\p{N}_@/:\\-])/gu;
const NOT_A_KEY = /\.(csv|pdf|png|svg|json|xml|qdc|xlsx?|txt|se|no|nu|com|org|net|eu)$/;
const rawKeys = (text: string) => (text.match(KEY_SHAPE) ?? []).filter((m) => !NOT_A_KEY.test(m));

/**
 * html[lang], axe violations and raw keys in main (and the title) on the page as it is now.
 * Colour contrast, by far the slowest rule (seconds on the dashboard), does not depend on the
 * language: it runs only when `contrast` is set.
 */
async function problems(page: Page, lng: string, contrast: boolean) {
  const lang = await page.getAttribute("html", "lang");
  const text = `${await page.title()}\n${await page.locator("main").innerText()}`;
  const axe = await axeViolations(page, { without: contrast ? [] : ["color-contrast"] });
  return { lang: lang === lng ? "ok" : `html[lang]=${lang}`, axe, keys: rawKeys(text), headings: await headingProblems(page) };
}

const clean = { lang: "ok", axe: [], keys: [], headings: [] };

test("the raw-key check catches keys, not addresses, links or file names", () => {
  expect(rawKeys("Se overview.results och page.exports.tickets här.")).toEqual(["overview.results", "page.exports.tickets"]);
  expect(rawKeys("projekt@demo.vagval.se, https://vagval.se/help, tickets.csv, 92,5 %, t.ex., bl.a., f.eks. och Svar. Nästa")).toEqual([]);
});

describe.skipIf(Boolean(skip))("four languages in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the project group's main pages and a respondent's page pass axe with no raw keys, in sv, nb, nn and en", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    const found: Record<string, unknown> = {};
    // Contrast once per page, in a different language from page to page so all four are covered.
    for (const [i, path] of PAGES.entries()) {
      for (const lng of LOCALES) {
        await page.goto(`${baseUrl}${path}?lng=${lng}`);
        found[`${path} ${lng}`] = await problems(page, lng, lng === LOCALES[i % LOCALES.length]);
      }
    }

    // A respondent in nynorsk: the survey's landing page and its first page of questions.
    await page.goto(`${baseUrl}/m/sjobacka/surveys/1/invitations`);
    await page.locator("#count").fill("1");
    await page.locator("button[name=intent][value=show]").click();
    const link = await page.locator("ol.survey-links a").first().getAttribute("href");
    await page.goto(`${baseUrl}${link}?lng=nn`);
    found["respondent landing nn"] = await problems(page, "nn", true);
    await page.locator("button[value=start]").click();
    await page.getByText("Side 1 av 4").waitFor();
    found["respondent page 1 nn"] = await problems(page, "nn", true);

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, clean])));
    await context.close();
  }, 300_000);
});
