// The regional comparison: who may see it, which municipalities it lists, the group size per
// municipality, and its downloads.
import { loader as regionLoader } from "~/routes/r.$region";
import { loader as regionCsv } from "~/routes/r.$region.csv";
import { loader as regionPdfLoader } from "~/routes/r.$region.pdf";
import { loader as startLoader } from "~/routes/_index";
import { grantRegion } from "~/services/region-access.server";
import { upsertRegion } from "~/db/municipalities.server";
import { makeMunicipality, makeUser, request, sessionCookie } from "../../support/factories";
import { seedAll, seedSurvey } from "./data";
import { pdfText } from "./pdf-tools";

let big: Awaited<ReturnType<typeof makeMunicipality>>;
let small: Awaited<ReturnType<typeof makeMunicipality>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  big = await makeMunicipality({ name: "Åsvik", regionSlug: "vast" });
  small = await makeMunicipality({ name: "Ørnes", regionSlug: "vast" });
  await makeMunicipality({ name: "Elsewhere", regionSlug: "nord" });
  await seedAll(big.id);
  await seedSurvey(small.id, 3);
  const coordinator = await makeUser({ role: "project" });
  await grantRegion({ email: coordinator.email, regionSlug: "vast" });
  cookies.coordinator = await sessionCookie(coordinator.id);
  cookies.admin = await sessionCookie((await makeUser({ role: "admin" })).id);
  cookies.project = await sessionCookie((await makeUser({ role: "project", municipalityId: big.id })).id);
  const north = await makeUser({ role: "project" });
  await grantRegion({ email: north.email, regionSlug: "nord" });
  cookies.north = await sessionCookie(north.id);
  await upsertRegion({ slug: "tom", name: "Tom" });
});

const load = (slug: string, cookie?: string) => regionLoader({ request: request(`/r/${slug}`, { cookie }), params: { region: slug }, context: {} });
const status = (fn: () => Promise<unknown>) => fn().then(() => 200, (e: Response) => e.status);

test("the start page links a coordinator to their region's comparison, an admin to every region, others to none", async () => {
  const regionsOf = async (cookie: string) => ((await startLoader({ request: request("/", { cookie }), params: {}, context: {} })) as { regions: Array<{ slug: string }> }).regions.map((r) => r.slug);
  expect(await regionsOf(cookies.coordinator!)).toEqual(["vast"]);
  expect(await regionsOf(cookies.north!)).toEqual(["nord"]);
  expect(await regionsOf(cookies.admin!)).toEqual(expect.arrayContaining(["vast", "nord", "tom"]));
  expect(await regionsOf(cookies.project!)).toEqual([]);
});

test("a coordinator sees only the region's municipalities side by side", async () => {
  const d = await load("vast", cookies.coordinator);
  expect(d.table.map((r) => r[0])).toEqual(["Åsvik", "Ørnes"]);
  expect(d.charts.find((c) => c.id === "region-responses")?.datasets[0]?.data).toEqual([7, 3]);
});

test("the minimum group size holds per municipality", async () => {
  const d = await load("vast", cookies.admin);
  const [asvik, ornes] = d.table;
  expect(asvik![2]).toMatch(/^57\s%$/);
  expect(ornes![1]).toBe("3");
  expect(ornes![2]).toBe("För få svar");
  expect(d.charts.find((c) => c.id === "region-sees-advantages")?.labels).toEqual(["Åsvik"]);
});

test("members of a municipality, other regions' coordinators and strangers get 404", async () => {
  expect(await status(() => load("vast", cookies.project))).toBe(404);
  expect(await status(() => load("vast", cookies.north))).toBe(404);
  expect(await status(() => load("no-such-region", cookies.admin))).toBe(404);
  expect(await status(() => load("tom", cookies.coordinator))).toBe(404);
});

test("CSV and PDF of the comparison", async () => {
  const csv = (await regionCsv({ request: request("/r/vast/csv?dialect=standard", { cookie: cookies.coordinator }), params: { region: "vast" }, context: {} })) as Response;
  const body = await csv.text();
  expect(body.split("\r\n")[0]).toBe("municipality,name,responses,sees_advantages_share,line_one_capable_share,single_person_share,recommended_model,probability_first,suppressed");
  expect(body).toContain(`${small.slug},Ørnes,3,,`);
  expect(body).toMatch(new RegExp(`${small.slug},Ørnes,3,,.*,seesAdvantages\\r\\n`));
  const pdf = (await regionPdfLoader({ request: request("/r/vast/pdf?lng=nb", { cookie: cookies.coordinator }), params: { region: "vast" }, context: {} })) as Response;
  expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
  const text = pdfText(new Uint8Array(await pdf.arrayBuffer()));
  expect(text).toContain("Åsvik");
  expect(text).toContain("Ørnes");
  expect(text).toContain("For få svar");
  expect(await status(() => regionCsv({ request: request("/r/vast/csv", { cookie: cookies.north }), params: { region: "vast" }, context: {} }))).toBe(404);
}, 60_000);
