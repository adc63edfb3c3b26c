// An administrator creates a municipality from the web and lands on its assessment home;
// everyone else is refused, and a wrong form comes back with its values and field errors.
import { action, loader } from "~/routes/admin.municipalities.new";
import { loader as homeLoader } from "~/routes/m.$municipality._index";
import { loader as startLoader } from "~/routes/_index";
import { loader as regionLoader } from "~/routes/r.$region";
import { listAudit } from "~/db/audit.server";
import { getMunicipality, upsertRegion } from "~/db/municipalities.server";
import { currentAssessment } from "~/db/assessments.server";
import { resources } from "~/i18n/resources";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";
import { callAction, callLoader, outcome } from "../../support/routes";

const PATH = "/admin/municipalities/new";
const unique = () => Date.now().toString(36) + Math.floor(Math.random() * 1000);
let admin: string;
let project: string;

beforeAll(async () => {
  admin = await sessionCookie((await makeUser({ role: "admin" })).id);
  const m = await makeMunicipality();
  project = await sessionCookie((await makeUser({ role: "project", municipalityId: m.id })).id);
});

test("an admin creates a municipality and lands on its home, which starts the pre-study", async () => {
  const slug = `ale-${unique()}`;
  await upsertRegion({ slug: "vastkom-test", name: "VästKom test" });
  const res = await callAction(action, PATH, {}, { name: "Ale kommun", slug, country: "SE", defaultLocale: "sv", region: "vastkom-test" }, admin);
  expect(res).toMatchObject({ status: 302, location: `/m/${slug}` });
  const m = await getMunicipality({ slug });
  expect(m).toMatchObject({ name: "Ale kommun", country: "SE", defaultLocale: "sv", regionSlug: "vastkom-test" });
  expect((await currentAssessment({ municipalityId: m!.id }))?.name).toBe("Förstudie");
  const home = await homeLoader({ request: request(`/m/${slug}`, { cookie: admin }), params: { municipality: slug }, context: {} });
  expect(home.reader).toBe(false);
  expect(home.steps.map((s) => [s.key, s.status])[0]).toEqual(["plan", "not_started"]);
  const log = await listAudit({ municipalityId: m!.id });
  expect(log.map((l) => [l.action, l.target])).toEqual([["municipality.create", slug]]);
});

test("an empty web address is suggested from the name", async () => {
  const name = `Öckerö ${unique()} kommun`;
  const res = await callAction(action, PATH, {}, { name, slug: "", country: "NO", defaultLocale: "nb", region: "" }, admin);
  expect(res.status).toBe(302);
  const slug = res.location!.replace("/m/", "");
  expect(slug).toMatch(/^ockero-[a-z0-9]+$/);
  expect((await getMunicipality({ slug }))?.country).toBe("NO");
});

test("a wrong form keeps what was typed and names each field to fix, in every language", async () => {
  const res = await callAction(action, PATH, {}, { name: "A", slug: "Not OK!", country: "DK", defaultLocale: "de", region: "" }, admin);
  expect(res.status).toBe(400);
  const d = res.data as { errors: Record<string, string>; values: Record<string, string> };
  expect(d.values).toMatchObject({ name: "A", slug: "Not OK!", country: "DK" });
  expect(Object.keys(d.errors).sort()).toEqual(["country", "defaultLocale", "name", "slug"]);
  for (const lng of ["sv", "nb", "nn", "en"] as const) {
    const errors = resources[lng].common.newMunicipality.errors as Record<string, string>;
    for (const key of Object.values(d.errors)) expect(errors[key.replace("newMunicipality.errors.", "")], `${lng} ${key}`).toBeTruthy();
  }
});

test("a taken web address or an unknown region is refused without creating anything", async () => {
  const taken = await makeMunicipality();
  const res = await callAction(action, PATH, {}, { name: "Copy", slug: taken.slug, country: "SE", defaultLocale: "sv" }, admin);
  expect(res.status).toBe(400);
  expect((res.data as { errors: Record<string, string> }).errors).toEqual({ slug: "newMunicipality.errors.slugTaken" });
  const slug = `nowhere-${unique()}`;
  const region = await callAction(action, PATH, {}, { name: "Nowhere", slug, country: "SE", defaultLocale: "sv", region: "no-such-region" }, admin);
  expect((region.data as { errors: Record<string, string> }).errors).toEqual({ region: "newMunicipality.errors.region" });
  expect(await getMunicipality({ slug })).toBeUndefined();
});

test("only an admin may open or post the form", async () => {
  expect((await callLoader(loader, PATH, {}, project)).status).toBe(403);
  const slug = `sneaky-${unique()}`;
  expect((await callAction(action, PATH, {}, { name: "Sneaky", slug, country: "SE", defaultLocale: "sv" }, project)).status).toBe(403);
  expect(await getMunicipality({ slug })).toBeUndefined();
  const anonymous = await outcome(() => loader({ request: request(PATH), params: {}, context: {} }));
  expect(anonymous.status).toBe(302);
});

test("a signed-in user without municipalities is told whom to ask, with the address they used", async () => {
  const user = await makeUser({ role: "project" });
  const cookie = await sessionCookie(user.id);
  const start = await startLoader({ request: request("/", { cookie }), params: {}, context: {} });
  expect(start).toMatchObject({ signedIn: true, isAdmin: false, email: user.email, municipalities: [] });
});

test("an empty region's page offers an admin to add a municipality there, with the region chosen", async () => {
  const region = `tom-${unique()}`;
  await upsertRegion({ slug: region, name: "Tom region" });
  const page = await regionLoader({ request: request(`/r/${region}`, { cookie: admin }), params: { region }, context: {} });
  expect(page).toMatchObject({ canAdd: true, table: [] });
  const form = await callLoader(loader, `${PATH}?region=${region}`, {}, admin);
  expect((form.data as { presetRegion: string | null }).presetRegion).toBe(region);
  const unknown = await callLoader(loader, `${PATH}?region=nope-${unique()}`, {}, admin);
  expect((unknown.data as { presetRegion: string | null }).presetRegion).toBeNull();
});
