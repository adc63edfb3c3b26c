import { addMunicipality, getRegion, upsertRegion } from "~/db/municipalities.server";
import { addBusinessArea, addDepartment, addSystem } from "~/db/organisation.server";
import { createAssessment } from "~/db/assessments.server";
import { DEMO_MUNICIPALITIES, DEMO_PASSWORD, DEMO_REGION, DEMO_USERS } from "../../seeds/demo/organisation";
import { findUserByEmail } from "~/db/users.server";
import { addUser } from "./users.server";
import { verifyPassword } from "./password.server";
import { seedDemoSurveys } from "./surveys/demo.server";
import { seedDemoTickets } from "./tickets/demo.server";
import { seedDemoInterviews } from "./interviews/demo.server";

export type DemoMunicipalityIds = { slug: string; municipalityId: number; assessmentId: number; country: "SE" | "NO" };

/** Each area adds its demo data (surveys, interviews, tickets) through one of these. */
export type DemoSeeder = (municipalities: DemoMunicipalityIds[], progress?: (step: string) => void) => Promise<void>;

const areaSeeders: DemoSeeder[] = [seedDemoSurveys, seedDemoInterviews, seedDemoTickets];

/** Seeds the demo region once; returns false when it was already there. */
export async function seedDemo(progress?: (step: string) => void): Promise<boolean> {
  if (await getRegion({ slug: DEMO_REGION.slug })) return false;
  await upsertRegion(DEMO_REGION);
  const created: DemoMunicipalityIds[] = [];
  for (const m of DEMO_MUNICIPALITIES) {
    progress?.(m.slug);
    const municipalityId = await addMunicipality({ slug: m.slug, name: m.name, country: m.country, regionSlug: DEMO_REGION.slug });
    const departments = new Map<string, number>();
    for (const name of m.departments) departments.set(name, await addDepartment({ municipalityId, name }));
    const areas = new Map<string, number>();
    for (const a of m.areas) areas.set(a.code, await addBusinessArea({ municipalityId, code: a.code, name: a.name }));
    for (const s of m.systems) {
      await addSystem({
        municipalityId,
        name: s.name,
        vendor: s.vendor,
        departmentId: departments.get(s.department),
        businessAreaId: areas.get(s.area),
        administrators: s.administrators,
      });
    }
    const assessmentId = await createAssessment({ municipalityId, name: m.country === "NO" ? "Forstudie 2026" : "Förstudie 2026" });
    created.push({ slug: m.slug, municipalityId, assessmentId, country: m.country });
  }
  for (const u of DEMO_USERS) {
    await addUser({ email: u.email, name: u.name, role: u.role, municipalitySlug: "municipality" in u ? u.municipality : undefined, password: DEMO_PASSWORD });
  }
  for (const seed of areaSeeders) await seed(created, progress);
  return true;
}

/** The demo account a newcomer signs in with: the project group of the Swedish demo municipality. */
const HINT_ACCOUNT = DEMO_USERS.find((u) => u.role === "project")!;
export type DemoHint = { email: string; password: string };

let cached: { at: number; hint: DemoHint | null } | undefined;
const HINT_TTL_MS = 60_000;

/**
 * The demo sign-in to show on the login page and at start-up: only while the demo account exists
 * with the published demo password (a real installation, or one whose demo password was
 * changed, shows nothing). One bcrypt check a minute at most.
 */
export async function demoSignInHint(now = Date.now()): Promise<DemoHint | null> {
  if (cached && now - cached.at < HINT_TTL_MS) return cached.hint;
  const user = await findUserByEmail({ email: HINT_ACCOUNT.email });
  const valid = Boolean(user?.passwordHash && (await verifyPassword(DEMO_PASSWORD, user.passwordHash)));
  cached = { at: now, hint: valid ? { email: HINT_ACCOUNT.email, password: DEMO_PASSWORD } : null };
  return cached.hint;
}
