// The Plan step in Chromium, on a fresh municipality of its own: from the assessment home to the
// organisation page, a department by keyboard, a business area and a system by mouse, a system
// inventory imported from CSV (a bad file first: nothing stored, every line named), the bus
// factor flagged, a department deleted behind its question, a system deleted and brought back with
// Undo, axe clean; and the page without JavaScript, undo included.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, headingProblems, launch, newPage, screenshot, signIn } from "../support/browser";
import { sqlitePath, uniqueName } from "../support/databases";
import { startApp, type AppProcess } from "../support/app-process";

const { skip } = inject("e2e");
const EMAIL = "projekt@organisation.test";
const PASSWORD = "organisation-password-1";
const SLUG = "tjorn";

const statusWith = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });
const row = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });

describe.skipIf(Boolean(skip))("the organisation page in Chromium", () => {
  let browser: Browser;
  let app: AppProcess;
  const file = sqlitePath(uniqueName("e2e_organisation"));

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${file}` };
    const run = (args: string[], input?: string) => {
      const r = spawnSync(process.execPath, ["cli/vagval.js", ...args], { env, encoding: "utf8", input });
      expect(r.status, r.stderr).toBe(0);
    };
    run(["db", "migrate"]);
    run(["municipality", "add", "--slug", SLUG, "--name", "Tjörns kommun", "--country", "SE"]);
    run(["user", "add", "--email", EMAIL, "--role", "project", "--municipality", SLUG], `${PASSWORD}\n`);
    app = await startApp(`file:${file}`);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  });

  test("the project group registers its organisation, imports its inventory and sees who the systems hang on", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, app.baseUrl, EMAIL, PASSWORD);
    await page.goto(`${app.baseUrl}/m/${SLUG}`);
    await page.getByRole("link", { name: "Gå till Planering" }).first().click();
    await page.waitForURL(/\/m\/tjorn\/organisation$/);
    await expect.poll(() => page.getByRole("heading", { level: 2, name: "Organisation" }).count()).toBe(1);
    expect(await page.getByText("Inga system ännu. Lägg till det första, eller importera er systemförteckning.").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Importera er systemförteckning" }).count()).toBeGreaterThan(0);

    // A department, by keyboard only.
    await page.getByLabel("Förvaltningens namn").focus();
    await page.keyboard.type("Vård och omsorg");
    await page.keyboard.press("Enter");
    await statusWith(page, "Förvaltningen Vård och omsorg lades till.").waitFor();
    expect(await page.getByLabel("Förvaltningens namn").inputValue()).toBe("");

    // A business area with its standard name, then the same again: refused, with what was chosen kept.
    await page.getByLabel("Verksamhetsområde", { exact: true }).selectOption("elderly_care");
    await page.getByRole("button", { name: "Lägg till verksamhetsområde" }).click();
    await statusWith(page, "Verksamhetsområdet Vård och omsorg lades till.").waitFor();
    await page.getByLabel("Verksamhetsområde", { exact: true }).selectOption("elderly_care");
    await page.getByRole("button", { name: "Lägg till verksamhetsområde" }).click();
    await expect.poll(() => page.getByText("Det verksamhetsområdet är redan registrerat. Välj ett annat.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Verksamhetsområde", { exact: true }).inputValue()).toBe("elderly_care");

    // A system with one administrator, by mouse.
    await page.getByLabel("Systemets namn").click();
    await page.getByLabel("Systemets namn").fill("Omsorgssystem");
    await page.getByLabel("Leverantör (valfritt)").fill("OmsorgIT");
    await page.getByLabel("Förvaltning (valfritt)").selectOption({ label: "Vård och omsorg" });
    await page.getByLabel("Verksamhetsområde (valfritt)").selectOption({ label: "Vård och omsorg" });
    await page.getByLabel("Förvaltare", { exact: true }).fill("SF-1");
    await page.getByRole("button", { name: "Lägg till system" }).click();
    await statusWith(page, "Systemet Omsorgssystem lades till.").waitFor();
    await expect.poll(() => row(page, "Omsorgssystem").getByText("Hänger på en person").count()).toBe(1);

    // A bad inventory: nothing is stored and every line to fix is listed.
    const upload = async (name: string, text: string) => {
      await page.getByLabel("CSV-fil").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
      await page.getByRole("button", { name: "Importera system" }).click();
    };
    await upload("fel.csv", "Namn;Leverantör;Förvaltning;Verksamhetsområde;Förvaltare\nLönesystem;LönePartner;Kommunledningskontoret;HR och lön;SF-14\n;Okänd;Teknik;technical;SF-2\nBokning;BokaMera;Kultur;Rymdfart;SF-3\n");
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "Ingenting importerades" }).count()).toBe(1);
    const problems = page.getByRole("table", { name: "Rader att rätta" });
    expect(await problems.getByRole("row").count()).toBe(3);
    expect(await problems.getByText("Systemets namn är tomt. Fyll i det eller ta bort raden.").count()).toBe(1);
    expect(await row(page, "Lönesystem").count()).toBe(0);

    // The fixed inventory: a new system and the registered one updated (not duplicated).
    await upload("system.csv", 'Namn;Leverantör;Förvaltning;Verksamhetsområde;Förvaltare\nLönesystem;LönePartner;Kommunledningskontoret;HR och lön;SF-14\nomsorgssystem;OmsorgIT;Vård och omsorg;elderly_care;"SF-1;SF-2"\n');
    await statusWith(page, "Filen importerades: 2 system (1 nya, 1 uppdaterade). Nya förvaltningar: 1. Nya verksamhetsområden: 1.").waitFor();
    await expect.poll(() => row(page, "Lönesystem").getByText("Hänger på en person").count()).toBe(1);
    expect(await row(page, "Omsorgssystem").getByRole("cell", { name: "SF-1, SF-2" }).count()).toBe(1);
    expect(await row(page, "Omsorgssystem").getByText("Hänger på en person").count()).toBe(0);
    expect(await page.getByRole("rowheader", { name: "omsorgssystem", exact: true }).count()).toBe(0);
    // The bus factor is explained where it is shown.
    await page.locator("section[aria-labelledby=systems] details.help-text summary").click();
    expect(await page.getByText("Bussfaktor ett betyder att systemet hänger på en enda person").count()).toBeGreaterThan(0);

    expect(await headingProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "organisation-sv");

    // Deleting asks first and says that the department's systems stay.
    const departments = page.getByRole("table", { name: /^Förvaltningar/ });
    await departments.locator("summary", { hasText: "Ta bort Vård och omsorg" }).click();
    expect(await page.getByText("Ta bort förvaltningen Vård och omsorg? Dess system (1) finns kvar, utan förvaltning. Du kan ångra direkt efteråt.").count()).toBe(1);
    await page.getByRole("button", { name: "Ja, ta bort förvaltningen" }).click();
    await statusWith(page, "Förvaltningen Vård och omsorg togs bort.").waitFor();
    // Vendor, then department: the system stays, without a department.
    await expect.poll(() => row(page, "Omsorgssystem").getByRole("cell").nth(1).textContent()).toBe("–");

    // A system deleted by mistake: the message offers to undo it, and the system comes back with its administrators.
    const systems = page.getByRole("table", { name: /^Verksamhetssystem/ });
    await systems.locator("summary", { hasText: "Ta bort Omsorgssystem" }).click();
    expect(await page.getByText("Ta bort systemet Omsorgssystem och dess förvaltare? Du kan ångra direkt efteråt.").count()).toBe(1);
    await page.getByRole("button", { name: "Ja, ta bort systemet" }).click();
    await statusWith(page, "Systemet Omsorgssystem togs bort.").waitFor();
    await expect.poll(() => row(page, "Omsorgssystem").count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toBe("Systemet Omsorgssystem togs bort.");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ångra" }).click();
    await statusWith(page, "Systemet Omsorgssystem är tillbaka med sina förvaltare.").waitFor();
    await expect.poll(() => row(page, "Omsorgssystem").getByRole("cell", { name: "SF-1, SF-2" }).count()).toBe(1);
    expect(await row(page, "Omsorgssystem").getByRole("cell", { name: "OmsorgIT" }).count()).toBe(1);
    expect(await row(page, "Omsorgssystem").getByText("Hänger på en person").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Ångra" }).count()).toBe(0);
    expect(await headingProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test("without JavaScript a system is edited and a wrong form keeps what was typed", async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    await signIn(page, app.baseUrl, EMAIL, PASSWORD);
    await page.goto(`${app.baseUrl}/m/${SLUG}/organisation`);
    await row(page, "Lönesystem").getByRole("link", { name: "Ändra Lönesystem" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Ändra Lönesystem" }).count()).toBe(1);
    expect(await page.getByLabel("Förvaltare", { exact: true }).inputValue()).toBe("SF-14");
    await page.getByLabel("Systemets namn").fill("Omsorgssystem");
    await page.getByLabel("Förvaltare", { exact: true }).fill("SF-14\nSF-15");
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await expect.poll(() => page.getByText("Det finns redan ett system med det namnet.", { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Förvaltare", { exact: true }).inputValue()).toBe("SF-14\nSF-15");
    await page.getByLabel("Systemets namn").fill("Lön och HR");
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Ändringarna i Lön och HR sparades." }).count()).toBe(1);
    expect(await row(page, "Lön och HR").getByText("Hänger på en person").count()).toBe(0);

    // Deleting and undoing are plain forms too.
    await row(page, "Lön och HR").locator("summary", { hasText: "Ta bort Lön och HR" }).click();
    await page.getByRole("button", { name: "Ja, ta bort systemet" }).click();
    await statusWith(page, "Systemet Lön och HR togs bort.").waitFor();
    expect(await row(page, "Lön och HR").count()).toBe(0);
    await page.getByRole("button", { name: "Ångra" }).click();
    await statusWith(page, "Systemet Lön och HR är tillbaka med sina förvaltare.").waitFor();
    expect(await row(page, "Lön och HR").getByRole("cell", { name: "SF-14, SF-15" }).count()).toBe(1);
    await context.close();
  });
});
