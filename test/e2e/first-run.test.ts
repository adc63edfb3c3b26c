// The first run, in Chromium, on a fresh database of its own: migrate, add an admin with the
// CLI, sign in, create the municipality from the start page and reach its assessment home.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { sqlitePath, uniqueName } from "../support/databases";

const { skip } = inject("e2e");
const EMAIL = "admin@first-run.test";
const PASSWORD = "first-run-password-1";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

describe.skipIf(Boolean(skip))("first run in Chromium", () => {
  let browser: Browser;
  let server: ChildProcess | undefined;
  let app = "";
  const file = sqlitePath(uniqueName("e2e_first_run"));

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${file}`, NODE_ENV: "production", SESSION_SECRET: "e2e-first-run-secret-e2e-first", SECURE_COOKIES: "false", LOG_LEVEL: "warn" };
    const migrated = spawnSync(process.execPath, ["cli/vagval.js", "db", "migrate"], { env, encoding: "utf8" });
    expect(migrated.status, migrated.stderr).toBe(0);
    const added = spawnSync(process.execPath, ["cli/vagval.js", "user", "add", "--email", EMAIL, "--role", "admin"], { env, encoding: "utf8", input: `${PASSWORD}\n` });
    expect(added.status, added.stderr).toBe(0);
    const port = await freePort();
    app = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ["cli/vagval.js", "serve", "--port", String(port)], { env, stdio: "ignore" });
    const deadline = Date.now() + 90_000;
    while ((await fetch(`${app}/readyz`).catch(() => null))?.status !== 200) {
      if (Date.now() > deadline) throw new Error("the app did not become ready");
      await new Promise((r) => setTimeout(r, 300));
    }
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  });

  test("the admin signs in, creates the municipality and reaches its pre-study steps", async () => {
    const { context, page } = await newPage(browser);
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
    await context.close();
  });

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
