// Generated access test: every loader and action under /m/:municipality and /r/:region is
// called as anonymous, as another municipality's user and as each role. Routes are found on
// disk, so a new route is covered the day it lands.
import fs from "node:fs";
import path from "node:path";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<unknown>;
type RouteModule = { loader?: Handler; action?: Handler };

const ROUTES = fs
  .readdirSync("app/routes")
  .filter((f) => /^(m\.\$municipality|r\.\$region)/.test(f) && /\.tsx?$/.test(f))
  .sort();

/** Actions a decision-maker may use (submitting their own weights); every other action needs the project group. */
const DECISION_MAY_ACT = [/^m\.\$municipality\.decision\.weights/, /^m\.\$municipality\.decision\._index/, /^m\.\$municipality\.report/];

/** Pages a decision-maker reads (the rest of what the project group edits may refuse them). */
const DECISION_READS = [/^m\.\$municipality\._index/, /^m\.\$municipality\.organisation/, /^m\.\$municipality\.dashboard/, /^m\.\$municipality\.decision/, /^m\.\$municipality\.report/];

/** Pages for installation admins only (the municipality's settings and who has access): members get 403. */
const ADMINS_ONLY = [/^m\.\$municipality\.settings/];

const PARAM_VALUES: Record<string, string> = { model: "local", criterion: "efficiency", chart: "x", lang: "sv", format: "pdf" };

function paramsFor(file: string, slugs: { municipality: string; region: string }) {
  const params: Record<string, string> = { municipality: slugs.municipality, region: slugs.region };
  for (const [, name] of file.matchAll(/\$(\w+)/g)) if (name && !params[name]) params[name] = PARAM_VALUES[name] ?? "999999";
  return params;
}

function urlFor(file: string, params: Record<string, string>) {
  const segments = file
    .replace(/\.tsx?$/, "")
    .replace(/\[\.\]/g, "~dot~")
    .split(".")
    .filter((s) => s !== "_index" && !s.startsWith("_"))
    .map((s) => s.replace(/_$/, "").replace(/~dot~/g, ".").replace(/\[(.*)\]/, "$1"))
    .map((s) => (s.startsWith("$") ? (params[s.slice(1)] ?? "x") : s));
  return `/${segments.join("/")}`;
}

async function statusOf(handler: Handler, file: string, params: Record<string, string>, method: "GET" | "POST", cookie?: string): Promise<number> {
  const init = method === "POST" ? { method, body: new URLSearchParams({ intent: "probe" }), cookie, headers: { "Content-Type": "application/x-www-form-urlencoded" } } : { cookie };
  try {
    const result = await handler({ request: request(urlFor(file, params), init), params, context: {} });
    return result instanceof Response ? result.status : 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    return 500;
  }
}

describe("every municipality and region route guards its data", () => {
  const cookies: Record<string, string> = {};
  let slugs: { municipality: string; region: string };

  beforeAll(async () => {
    const region = `region-${Date.now().toString(36)}`;
    const own = await makeMunicipality({ regionSlug: region });
    const other = await makeMunicipality();
    slugs = { municipality: own.slug, region };
    cookies.project = await sessionCookie((await makeUser({ role: "project", municipalityId: own.id })).id);
    cookies.decision = await sessionCookie((await makeUser({ role: "decision", municipalityId: own.id })).id);
    cookies.admin = await sessionCookie((await makeUser({ role: "admin" })).id);
    cookies.stranger = await sessionCookie((await makeUser({ role: "project", municipalityId: other.id })).id);
  });

  test("the routes were found", () => {
    expect(ROUTES.length).toBeGreaterThan(10);
    for (const r of ADMINS_ONLY) expect(ROUTES.some((f) => r.test(f)), String(r)).toBe(true);
  });

  describe.each(ROUTES)("%s", (file) => {
    let mod: RouteModule;
    beforeAll(async () => {
      mod = (await import(/* @vite-ignore */ path.resolve("app/routes", file))) as RouteModule;
    });

    for (const method of ["GET", "POST"] as const) {
      const pick = () => (method === "GET" ? mod.loader : mod.action);

      test(`${method}: anonymous visitors are sent to sign in`, async () => {
        const handler = pick();
        if (!handler) return;
        expect(await statusOf(handler, file, paramsFor(file, slugs), method)).toBe(302);
      });

      test(`${method}: another municipality's user gets 404`, async () => {
        const handler = pick();
        if (!handler) return;
        expect(await statusOf(handler, file, paramsFor(file, slugs), method, cookies.stranger)).toBe(404);
      });

      test(`${method}: the decision-maker ${method === "GET" ? "may read" : "may only act where allowed"}`, async () => {
        const handler = pick();
        if (!handler) return;
        const status = await statusOf(handler, file, paramsFor(file, slugs), method, cookies.decision);
        expect(status, "server error").not.toBe(500);
        if (file.startsWith("r.")) return expect(status).toBe(404); // not a regional coordinator
        if (ADMINS_ONLY.some((r) => r.test(file))) return expect(status).toBe(403);
        if (method === "GET" && DECISION_READS.some((r) => r.test(file))) return expect(status, "refused").not.toBe(403);
        if (method === "POST" && !DECISION_MAY_ACT.some((r) => r.test(file))) expect(status).toBe(403);
      });

      test(`${method}: the project group and admins are not refused (only admins where it is theirs alone)`, async () => {
        const handler = pick();
        if (!handler) return;
        const adminsOnly = ADMINS_ONLY.some((r) => r.test(file));
        if (adminsOnly) expect(await statusOf(handler, file, paramsFor(file, slugs), method, cookies.project)).toBe(403);
        for (const who of file.startsWith("r.") || adminsOnly ? ["admin"] : ["project", "admin"]) {
          const status = await statusOf(handler, file, paramsFor(file, slugs), method, cookies[who]);
          expect([401, 403], `${who}: ${status}`).not.toContain(status);
          expect(status, `${who} got a server error`).not.toBe(500);
        }
      });
    }
  });
});

describe("public routes behind a personal token reveal nothing without it", () => {
  // Found on disk like the rest: a new token route is covered the day it lands.
  const TOKEN_ROUTES = fs
    .readdirSync("app/routes")
    .filter((f) => /^(s|password)\.\$token\.tsx?$/.test(f))
    .sort();

  test("the token routes were found", () => {
    expect(TOKEN_ROUTES).toEqual(["password.$token.tsx", "s.$token.tsx"]);
  });

  describe.each(TOKEN_ROUTES)("%s", (file) => {
    for (const method of ["GET", "POST"] as const) {
      test(`${method}: an unknown token is 404, signed in or not`, async () => {
        const mod = (await import(/* @vite-ignore */ path.resolve("app/routes", file))) as RouteModule;
        const handler = method === "GET" ? mod.loader : mod.action;
        if (!handler) return;
        const params = { token: "x".repeat(43) };
        const url = `/${file.split(".")[0]}/${params.token}`;
        for (const cookie of [undefined, await sessionCookie((await makeUser({ role: "admin" })).id)]) {
          const init = method === "POST" ? { method, body: new URLSearchParams({ intent: "start", password: "a-long-password", confirm: "a-long-password" }), cookie } : { cookie };
          let status: number;
          try {
            const result = await handler({ request: request(url, init), params, context: { clientIp: `192.0.2.${Math.floor(Math.random() * 250)}` } });
            status = result instanceof Response ? result.status : 200;
          } catch (thrown) {
            status = thrown instanceof Response ? thrown.status : 500;
          }
          // The survey page's actions answer an unknown token by sending back to its own address, which is 404.
          expect(status).toBe(file === "s.$token.tsx" && method === "POST" ? 302 : 404);
        }
      });
    }
  });
});
