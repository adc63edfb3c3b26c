import { demoSignInHint, seedDemo } from "~/services/demo.server";
import { findUserByEmail, setPasswordHash } from "~/db/users.server";
import { hashPassword } from "~/services/password.server";
import { loader as loginLoader } from "~/routes/login";
import { request } from "../support/factories";
import { listMunicipalities } from "~/db/municipalities.server";
import { listSystems } from "~/db/organisation.server";
import { authenticate } from "~/services/auth.server";
import { DEMO_PASSWORD, DEMO_USERS } from "../../seeds/demo/organisation";

describe("the demo region", () => {
  beforeAll(async () => {
    expect(await seedDemo()).toBe(true);
  }, 120_000);

  test("has a Swedish and a Norwegian municipality in VästKom (demo)", async () => {
    const all = await listMunicipalities({ isAdmin: true });
    expect(all.map((m) => [m.slug, m.country, m.regionName])).toEqual([
      ["fjordvik", "NO", "VästKom (demo)"],
      ["sjobacka", "SE", "VästKom (demo)"],
    ]);
  });

  test("has a dozen systems with administrators, some hanging on one person", async () => {
    const [sjobacka] = (await listMunicipalities({ isAdmin: true })).filter((m) => m.slug === "sjobacka");
    const systems = await listSystems({ municipalityId: sjobacka!.id });
    expect(systems.length).toBeGreaterThanOrEqual(12);
    expect(systems.every((s) => s.administrators >= 1)).toBe(true);
    expect(systems.filter((s) => s.administrators === 1).length).toBeGreaterThan(0);
  });

  test("has one user per role who can sign in with the README's password", async () => {
    for (const u of DEMO_USERS) expect(await authenticate(u.email, DEMO_PASSWORD), u.email).toBeDefined();
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(["admin", "project", "decision"]));
  });

  test("seeding twice changes nothing", async () => {
    expect(await seedDemo()).toBe(false);
    expect((await listMunicipalities({ isAdmin: true })).length).toBe(2);
  });

  // Last: it changes the demo password.
  test("the login page shows the demo sign-in while the demo password works, and nothing once it is changed", async () => {
    const page = (await loginLoader({ request: request("/login"), params: {}, context: {} })) as { demo: { email: string; password: string } | null };
    expect(page.demo).toEqual({ email: "projekt@demo.vagval.se", password: DEMO_PASSWORD });
    expect(await authenticate(page.demo!.email, page.demo!.password)).toBeDefined();
    const user = await findUserByEmail({ email: "projekt@demo.vagval.se" });
    await setPasswordHash({ userId: user!.id, passwordHash: await hashPassword("a-password-of-our-own") });
    expect(await demoSignInHint(Date.now() + 61_000)).toBeNull();
  });
});
