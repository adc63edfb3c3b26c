// The coding matrix, the role filter and the evidence the decision model reads: SQL counts must
// equal the domain's evidenceCounts on the same data.
import fc from "fast-check";
import { CRITERIA, STANCES, SUPPORT_MODELS, type InterviewRole } from "~/domain/ids";
import { evidenceCounts, type CodedExcerpt } from "~/domain/interviews/coding";
import { createInterview } from "~/db/interviews.server";
import { addExcerpt, type NewExcerpt } from "~/db/interviews-excerpts.server";
import { interviewEvidence, interviewQuotes } from "~/services/interviews/evidence.server";
import { seedDemoInterviews } from "~/services/interviews/demo.server";
import { loader as codingLoader } from "~/routes/m.$municipality.interviews.coding";
import { caseAdministratorGuide, referenceSharedSupportGuide } from "../../../seeds/templates/interviews";
import { DEMO_EXCERPTS, DEMO_INTERVIEWS } from "../../../seeds/demo/interviews";
import { makeMunicipality } from "../../support/factories";
import { callLoader, setup } from "../../support/routes";

type Setup = Awaited<ReturnType<typeof setup>>;
let s: Setup;
let a: number;
let b: number;

const code = (interviewId: number, model: NewExcerpt["model"], stance: NewExcerpt["stance"], criterion: NewExcerpt["criterion"], quote = "Ett citat.") => ({
  interviewId,
  questionKey: "shared_advantages",
  quote,
  model,
  stance,
  criterion,
  themes: [],
});

beforeAll(async () => {
  s = await setup();
  const plan = (municipalityId: number, role: InterviewRole, guide = caseAdministratorGuide, maskNames: string[] = []) =>
    createInterview({ municipalityId, guide, role, date: "2026-03-01", maskNames });
  a = await plan(s.own.id, "administrator", caseAdministratorGuide, ["Anna"]);
  b = await plan(s.own.id, "reference_project_leader", referenceSharedSupportGuide);
  const elsewhere = await plan(s.other.id, "administrator");
  const add = (municipalityId: number, excerpt: NewExcerpt) => addExcerpt({ municipalityId, excerpt });
  await add(s.own.id, code(a, "shared", "pro", "efficiency"));
  await add(s.own.id, code(a, "shared", "pro", "efficiency"));
  await add(s.own.id, code(a, "shared", "con", "personal_contact", "Förut ringde man Anna direkt, på anna@kommun.se eller 070-123 45 67."));
  await add(s.own.id, code(a, "cluster", "neutral", "domain_knowledge"));
  await add(s.own.id, { ...code(b, "shared", "con", "personal_contact"), questionKey: "effects_closeness" });
  await add(s.own.id, { ...code(b, "shared", "pro", "efficiency"), questionKey: "effects_efficiency" });
  await add(s.own.id, { ...code(b, "local", "pro", "personal_contact"), questionKey: "effects_closeness" });
  await add(s.other.id, code(elsewhere, "shared", "pro", "efficiency"));
});

type Coding = Awaited<ReturnType<typeof codingLoader>>;
const overview = async (query = "", cookie = s.decision.cookie) =>
  (await callLoader(codingLoader, `/m/${s.own.slug}/interviews/coding${query}`, { municipality: s.own.slug }, cookie)).data as Coding;

test("the matrix counts pro and con per model × criterion, only in this municipality", async () => {
  const d = await overview();
  expect(d.total).toBe(7);
  expect(d.counts.shared.efficiency).toEqual({ pro: 3, con: 0, neutral: 0 });
  expect(d.counts.shared.personal_contact).toEqual({ pro: 0, con: 2, neutral: 0 });
  expect(d.counts.local.personal_contact).toEqual({ pro: 1, con: 0, neutral: 0 });
  expect(d.counts.cluster.domain_knowledge).toEqual({ pro: 0, con: 0, neutral: 1 });
  expect(d.counts.service_center.efficiency).toEqual({ pro: 0, con: 0, neutral: 0 });
});

test("the role filter counts only interviews with that role; an unknown role means all", async () => {
  const d = await overview("?role=administrator");
  expect(d.role).toBe("administrator");
  expect(d.total).toBe(4);
  expect(d.counts.shared.efficiency).toEqual({ pro: 2, con: 0, neutral: 0 });
  expect(d.counts.shared.personal_contact).toEqual({ pro: 0, con: 1, neutral: 0 });
  expect(d.counts.local.personal_contact).toEqual({ pro: 0, con: 0, neutral: 0 });
  expect((await overview("?role=nobody")).total).toBe(7);
});

test("a cell opens its quotes, anonymised, each linking back to its interview", async () => {
  const d = await overview("?model=shared&criterion=personal_contact");
  expect(d.quotes?.map((q) => [q.interviewId, q.stance, q.role])).toEqual([
    [a, "con", "administrator"],
    [b, "con", "reference_project_leader"],
  ]);
  expect(d.quotes?.[0]?.quote).toBe("Förut ringde man [namn] direkt, på [e-post] eller [telefon].");
  const filtered = await overview("?role=reference_project_leader&model=shared&criterion=personal_contact");
  expect(filtered.quotes?.map((q) => q.interviewId)).toEqual([b]);
});

test("interviewEvidence: SQL counts, hand-computed, equal the domain's evidenceCounts", async () => {
  const evidence = await interviewEvidence({ municipalityId: s.own.id });
  expect(evidence).toEqual([
    { model: "local", criterion: "personal_contact", pro: 1, con: 0 },
    { model: "shared", criterion: "efficiency", pro: 3, con: 0 },
    { model: "shared", criterion: "personal_contact", pro: 0, con: 2 },
  ]);
  const quotes = await interviewQuotes({ municipalityId: s.own.id, model: "shared", criterion: "efficiency", stance: "pro", locale: "en" });
  expect(quotes.map((q) => q.interviewId)).toEqual([a, a, b]);
  expect(quotes[2]).toMatchObject({ role: "reference_project_leader", questionKey: "effects_efficiency", quote: "Ett citat." });
  const anonymised = await interviewQuotes({ municipalityId: s.own.id, model: "shared", criterion: "personal_contact", stance: "con", locale: "en" });
  expect(anonymised[0]?.quote).toBe("Förut ringde man [name] direkt, på [email] eller [phone].");
});

test("the demo's evidence from SQL equals evidenceCounts of the demo data", async () => {
  const m = await makeMunicipality();
  await seedDemoInterviews([{ slug: m.slug, municipalityId: m.id, assessmentId: m.assessmentId, country: "SE" }]);
  const domain = evidenceCounts(DEMO_EXCERPTS.map(({ interview, ...e }, n) => ({ ...e, id: `x${n}`, interviewId: `d${interview}` })));
  expect(await interviewEvidence({ municipalityId: m.id })).toEqual(domain);
  const administrators = DEMO_EXCERPTS.filter((e) => DEMO_INTERVIEWS[e.interview]?.role === "administrator");
  const domainAdmins = evidenceCounts(administrators.map(({ interview, ...e }, n) => ({ ...e, id: `x${n}`, interviewId: `d${interview}` })));
  expect(await interviewEvidence({ municipalityId: m.id, role: "administrator" })).toEqual(domainAdmins);
});

test("property: for any coding, SQL evidence equals the domain's evidenceCounts", async () => {
  const excerpt = fc.record({ model: fc.constantFrom(...SUPPORT_MODELS), stance: fc.constantFrom(...STANCES), criterion: fc.constantFrom(...CRITERIA) });
  await fc.assert(
    fc.asyncProperty(fc.array(excerpt, { maxLength: 25 }), async (coded) => {
      const m = await makeMunicipality();
      const id = await createInterview({ municipalityId: m.id, guide: caseAdministratorGuide, role: "other", date: "2026-01-01" });
      for (const c of coded) await addExcerpt({ municipalityId: m.id, excerpt: code(id, c.model, c.stance, c.criterion) });
      const domain: CodedExcerpt[] = coded.map((c, n) => ({ ...code(id, c.model, c.stance, c.criterion), id: String(n), interviewId: String(id) }));
      expect(await interviewEvidence({ municipalityId: m.id })).toEqual(evidenceCounts(domain));
    }),
    { numRuns: 12 },
  );
});
