// The assessment home: steps and what is missing for the project group, the recommendation
// for a decision-maker.
import { loader } from "~/routes/m.$municipality._index";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";
import { seedSurvey, seedSystems, seedTickets } from "./data";

let m: Awaited<ReturnType<typeof makeMunicipality>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  m = await makeMunicipality();
  await seedSystems(m.id);
  await seedSurvey(m.id, 3);
  await seedTickets(m.id);
  cookies.project = await sessionCookie((await makeUser({ role: "project", municipalityId: m.id })).id);
  cookies.decision = await sessionCookie((await makeUser({ role: "decision", municipalityId: m.id })).id);
});

const load = (cookie: string) => loader({ request: request(`/m/${m.slug}`, { cookie }), params: { municipality: m.slug }, context: {} });

test("the project group sees each step's status and counts, and what is missing", async () => {
  const d = await load(cookies.project!);
  expect(d.reader).toBe(false);
  expect(Object.fromEntries(d.steps.map((s) => [s.key, s.status]))).toEqual({
    plan: "done",
    survey: "in_progress",
    interviews: "not_started",
    tickets: "done",
    weights: "not_started",
    report: "not_started",
  });
  expect(d.steps.find((s) => s.key === "tickets")?.counts).toEqual({ n: 4 });
  expect(d.missing.map((x) => x.code)).toEqual(["few_answers", "no_interviews", "no_weights"]);
  expect(d.missing[0]!.params).toEqual({ min: 5, n: 3 });
  expect(d.systems.map((s) => s.name)).toEqual(["Lönesystem Ærø", "Skolplattform"]);
});

test("a decision-maker reads the recommendation instead", async () => {
  const d = await load(cookies.decision!);
  expect(d.reader).toBe(true);
  expect(d.recommendation[0]).toMatch(/rankas först/);
  expect(d.steps).toEqual([]);
});

test("an admin is pointed to giving people access while the municipality has no members", async () => {
  const fresh = await makeMunicipality();
  const admin = await sessionCookie((await makeUser({ role: "admin" })).id);
  const home = (cookie: string, slug: string) => loader({ request: request(`/m/${slug}`, { cookie }), params: { municipality: slug }, context: {} });
  expect((await home(admin, fresh.slug)).nobodyInvited).toBe(true);
  await makeUser({ role: "project", municipalityId: fresh.id });
  expect((await home(admin, fresh.slug)).nobodyInvited).toBe(false);
  // Members never see it.
  expect((await load(cookies.project!)).nobodyInvited).toBe(false);
});
