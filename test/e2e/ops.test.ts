// Operations in Chromium: single sign-on through a real OpenID provider's own login and
// consent pages, and the project group's mail page without JavaScript.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launch, newPage, screenshot, signIn } from "../support/browser";
import { sqlitePath, uniqueName } from "../support/databases";
import { DEMO_PASSWORD } from "../../seeds/demo/organisation";
import { CLIENT, startProvider, type TestAccount } from "../integration/ops/support/oidc-provider";

const { baseUrl, skip } = inject("e2e");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

describe.skipIf(Boolean(skip))("operations in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the project group pastes addresses on the mail page, without JavaScript", async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    await signIn(page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/m/sjobacka/surveys`);
    const hrefs = await page.locator('a[href^="/m/sjobacka/surveys/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const surveyId = hrefs.map((h) => /\/surveys\/(\d+)/.exec(h)?.[1]).find(Boolean);
    expect(surveyId, hrefs.join(" ")).toBeTruthy();
    await page.goto(`${baseUrl}/m/sjobacka/mail/${surveyId}`);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe("E-postutskick");
    await page.getByLabel("E-postadresser").fill("anna@sjobacka.se\nola@fjordvik.no nb");
    await page.getByRole("button", { name: "Skicka inbjudningar" }).click();
    await expect.poll(() => page.getByText("2 inbjudningar har lagts i kön.").count()).toBe(1);
    await screenshot(page, "ops-mail-sv");
    await context.close();
    const withJs = await newPage(browser);
    await signIn(withJs.page, baseUrl, "projekt@demo.vagval.se", DEMO_PASSWORD);
    await withJs.page.goto(`${baseUrl}/m/sjobacka/mail/${surveyId}`);
    expect(await axeViolations(withJs.page)).toEqual([]);
    await withJs.context.close();
  });

  test("sign-in through the identity provider's pages ends signed in with the mapped role", { timeout: 120_000 }, async () => {
    const port = await freePort();
    const app = `http://127.0.0.1:${port}`;
    const accounts = new Map<string, TestAccount>([["anna", { email: "anna.berg@sjobacka.se", groups: ["vagval-projekt-ale"] }]]);
    const provider = await startProvider(accounts, `${app}/auth/oidc/callback`);
    const file = sqlitePath(uniqueName("e2e_oidc"));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `file:${file}`,
      NODE_ENV: "production",
      SESSION_SECRET: "e2e-oidc-secret-e2e-oidc-secret",
      SECURE_COOKIES: "false",
      APP_URL: app,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
      OIDC_SCOPES: "openid email profile groups",
      OIDC_ROLE_MAP: "vagval-projekt-ale=project:ale",
      OIDC_LABEL: "Ale kommuns konto",
      PASSWORD_LOGIN: "false",
      LOG_LEVEL: "warn",
    };
    let server: ChildProcess | undefined;
    try {
      const added = spawnSync(process.execPath, ["cli/vagval.js", "municipality", "add", "--slug", "ale", "--name", "Ale kommun", "--country", "SE"], { env, encoding: "utf8" });
      expect(added.status, added.stderr).toBe(0);
      server = spawn(process.execPath, ["cli/vagval.js", "serve", "--port", String(port)], { env, stdio: "ignore" });
      await expect.poll(async () => (await fetch(`${app}/readyz`).catch(() => null))?.status, { timeout: 60_000, interval: 300 }).toBe(200);

      const { context, page } = await newPage(browser);
      await page.goto(`${app}/login`);
      expect(await page.getByLabel(/Lösenord/).count()).toBe(0); // PASSWORD_LOGIN=false
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, "ops-login-oidc-sv");
      await page.getByRole("link", { name: "Logga in med Ale kommuns konto" }).click();
      await page.waitForURL((url) => url.href.startsWith(provider.issuer));
      await page.locator('input[name="login"]').fill("anna");
      await page.locator('input[name="password"]').fill("anything");
      await page.getByRole("button", { name: "Sign-in" }).click();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL((url) => url.href.startsWith(app) && !url.pathname.startsWith("/auth"));
      await expect.poll(() => page.getByRole("link", { name: /Ale kommun/ }).count()).toBe(1);
      await page.getByRole("link", { name: /Ale kommun/ }).click();
      await page.waitForURL(/\/m\/ale$/);
      await expect.poll(() => page.getByText("Projektgrupp").count()).toBeGreaterThan(0);
      await context.close();
    } finally {
      server?.kill("SIGTERM");
      await provider.stop();
      await new Promise((r) => setTimeout(r, 300));
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    }
  });
});
