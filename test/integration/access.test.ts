import type { LoaderFunctionArgs } from "@remix-run/node";
import { loader as municipalityLoader } from "~/routes/m.$municipality";
import { loader as overviewLoader } from "~/routes/m.$municipality._index";
import { loader as homeLoader } from "~/routes/_index";
import { makeMunicipality, makeUser, request, sessionCookie } from "../support/factories";

async function status(fn: () => Promise<unknown>): Promise<number> {
  try {
    await fn();
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

const call = (loader: (args: LoaderFunctionArgs) => Promise<unknown>, slug: string, cookie?: string) =>
  status(() => loader({ request: request(`/m/${slug}`, { cookie }), params: { municipality: slug }, context: {} }));

describe("who may see a municipality's pages", () => {
  let own: Awaited<ReturnType<typeof makeMunicipality>>;
  let other: Awaited<ReturnType<typeof makeMunicipality>>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    own = await makeMunicipality();
    other = await makeMunicipality();
    cookies.project = await sessionCookie((await makeUser({ role: "project", municipalityId: own.id })).id);
    cookies.decision = await sessionCookie((await makeUser({ role: "decision", municipalityId: own.id })).id);
    cookies.admin = await sessionCookie((await makeUser({ role: "admin" })).id);
  });

  test("anonymous visitors are sent to sign in, and come back afterwards", async () => {
    try {
      await municipalityLoader({ request: request(`/m/${own.slug}`), params: { municipality: own.slug }, context: {} });
      expect.unreachable();
    } catch (thrown) {
      const response = thrown as Response;
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(`/m/${own.slug}`)}`);
    }
  });

  test.each([["project"], ["decision"], ["admin"]])("%s sees its own municipality", async (role) => {
    expect(await call(municipalityLoader, own.slug, cookies[role])).toBe(200);
    expect(await call(overviewLoader, own.slug, cookies[role])).toBe(200);
  });

  test("a user of one municipality gets 404 for another's pages, never its data", async () => {
    expect(await call(municipalityLoader, other.slug, cookies.project)).toBe(404);
    expect(await call(overviewLoader, other.slug, cookies.decision)).toBe(404);
  });

  test("an admin sees every municipality; an unknown one is 404", async () => {
    expect(await call(overviewLoader, other.slug, cookies.admin)).toBe(200);
    expect(await call(overviewLoader, "does-not-exist", cookies.admin)).toBe(404);
  });

  test("the start page lists only the municipalities the user may see", async () => {
    const asProject = await homeLoader({ request: request("/", { cookie: cookies.project }), params: {}, context: {} });
    expect(asProject.municipalities.map((m) => m.slug)).toEqual([own.slug]);
    const asAdmin = await homeLoader({ request: request("/", { cookie: cookies.admin }), params: {}, context: {} });
    expect(asAdmin.municipalities.map((m) => m.slug)).toEqual(expect.arrayContaining([own.slug, other.slug]));
    const anonymous = await homeLoader({ request: request("/"), params: {}, context: {} });
    expect(anonymous.municipalities).toEqual([]);
  });
});
