// Weights entered three ways through the pages' actions: stored per stakeholder, aggregated
// (mean of normalised weights; geometric mean when everyone compared pairwise), with spread.
import { CRITERIA } from "~/domain/ids";
import { CRITERION_PAIRS, pairField, pointsField, rankField } from "~/domain/decision";
import { listAudit } from "~/db/audit.server";
import { action as pointsAction, loader as pointsLoader } from "~/routes/m.$municipality.decision.weights.points";
import { action as pairwiseAction } from "~/routes/m.$municipality.decision.weights.pairwise";
import { action as ranksAction } from "~/routes/m.$municipality.decision.weights.ranks";
import { action as stakeholdersAction, loader as stakeholdersLoader } from "~/routes/m.$municipality.decision.weights._index";
import { recommendFor } from "~/services/decision/recommend.server";
import { weightState } from "~/services/decision/weights.server";
import { makeMunicipality, makeUser, sessionCookie } from "../../support/factories";
import { act, load, setup } from "./data";

type Setup = Awaited<ReturnType<typeof setup>>;
let s: Setup;
beforeAll(async () => {
  s = await setup();
});

const path = (slug: string, rest: string) => `/m/${slug}/decision/weights${rest}`;
const params = () => ({ municipality: s.own.slug });
const zeroPoints = () => Object.fromEntries(CRITERIA.map((c) => [pointsField(c), "0"]));

test("100 points: the sum is checked, a preview re-ranks without saving, save stores and logs", async () => {
  const fields = { ...zeroPoints(), [pointsField("efficiency")]: "30", [pointsField("personal_contact")]: "20", stakeholder: "HR-chef" };
  const preview = await act(pointsAction, path(s.own.slug, "/points"), params(), { ...fields, intent: "preview" }, s.decision.cookie);
  expect(preview.status).toBe(200);
  const data = preview.data as { check: { total: number }; preview: { ranking: { model: string }[]; weights: Record<string, number> } };
  expect(data.check.total).toBe(50); // not 100: the page says so, and normalises
  expect(data.preview.weights.efficiency).toBeCloseTo(0.6, 12);
  expect(data.preview.weights.personal_contact).toBeCloseTo(0.4, 12);
  expect((await weightState({ municipalityId: s.own.id })).submissions).toEqual([]);

  const saved = await act(pointsAction, path(s.own.slug, "/points"), params(), { ...fields, intent: "save" }, s.decision.cookie);
  expect(saved).toMatchObject({ status: 302, location: `/m/${s.own.slug}/decision/weights?saved=1` });
  const state = await weightState({ municipalityId: s.own.id });
  expect(state.submissions).toHaveLength(1);
  expect(state.submissions[0]).toMatchObject({ stakeholder: "HR-chef", role: "decision", method: "points", raw: { efficiency: 30, personal_contact: 20 } });
  expect(state.weights.efficiency).toBeCloseTo(0.6, 12);
  const logged = await listAudit({ municipalityId: s.own.id });
  expect(logged.some((l) => l.action === "decision.weights")).toBe(true);

  // Editing shows the stored points again.
  const page = await load(pointsLoader, path(s.own.slug, "/points"), params(), s.decision.cookie);
  expect((page.data as { values: Record<string, string> }).values[pointsField("efficiency")]).toBe("30");
});

test("bad input keeps what was typed and says what to fix, beside the field", async () => {
  const result = await act(pointsAction, path(s.own.slug, "/points"), params(), { ...zeroPoints(), [pointsField("efficiency")]: "abc", stakeholder: "", intent: "save" }, s.decision.cookie);
  expect(result.status).toBe(400);
  const data = result.data as { errors: Record<string, string>; values: Record<string, string> };
  expect(data.errors).toEqual({ [pointsField("efficiency")]: "points_invalid", stakeholder: "stakeholder_required" });
  expect(data.values[pointsField("efficiency")]).toBe("abc");
  const empty = await act(pointsAction, path(s.own.slug, "/points"), params(), { ...zeroPoints(), stakeholder: "X", intent: "save" }, s.decision.cookie);
  expect((empty.data as { errors: Record<string, string> }).errors).toEqual({ _form: "points_empty" });
});

test("several stakeholders: mean of normalised weights, spread per criterion; resubmitting replaces", async () => {
  const m = await makeMunicipality();
  const users = await Promise.all([1, 2, 3].map(() => makeUser({ role: "project", municipalityId: m.id })));
  const cookies = await Promise.all(users.map((u) => sessionCookie(u.id)));
  const p = { municipality: m.slug };
  // A: all on efficiency (points). B: ranks efficiency 1, personal_contact 2 → ROC 0.75 / 0.25.
  await act(pointsAction, path(m.slug, "/points"), p, { [pointsField("efficiency")]: "10", stakeholder: "A", intent: "save" }, cookies[0]!);
  await act(ranksAction, path(m.slug, "/ranks"), p, { [rankField("efficiency")]: "1", [rankField("personal_contact")]: "2", stakeholder: "B", intent: "save" }, cookies[1]!);
  // C first gives points, then changes to all on personal contact: only the newest counts.
  await act(pointsAction, path(m.slug, "/points"), p, { [pointsField("follow_up")]: "100", stakeholder: "C", intent: "save" }, cookies[2]!);
  await act(pointsAction, path(m.slug, "/points"), p, { [pointsField("personal_contact")]: "100", stakeholder: "C", intent: "save" }, cookies[2]!);
  const state = await weightState({ municipalityId: m.id });
  expect(state.submissions.map((x) => x.stakeholder)).toEqual(["A", "B", "C"]);
  expect(state.source).toEqual({ kind: "stakeholders", rule: "mean", count: 3 });
  // efficiency: (1 + 0.75 + 0) / 3; personal_contact: (0 + 0.25 + 1) / 3.
  expect(state.weights.efficiency).toBeCloseTo(1.75 / 3, 12);
  expect(state.weights.personal_contact).toBeCloseTo(1.25 / 3, 12);
  expect(state.weights.follow_up).toBe(0);
  expect(state.spread.efficiency.min).toBe(0);
  expect(state.spread.efficiency.max).toBe(1);
  // Population sd of (1, 0.75, 0): mean 0.5833…, variance ((5/12)² + (1/6)² + (7/12)²)/3.
  expect(state.spread.efficiency.sd).toBeCloseTo(Math.sqrt(((5 / 12) ** 2 + (1 / 6) ** 2 + (7 / 12) ** 2) / 3), 12);
  const page = await load(stakeholdersLoader, path(m.slug, ""), p, cookies[0]!);
  expect(page.status).toBe(200);
  expect((page.data as { submissions: { mine: boolean; stakeholder: string }[] }).submissions.map((x) => [x.stakeholder, x.mine])).toEqual([["A", true], ["B", false], ["C", false]]);
  // The recommendation uses the aggregate, and the stakeholders' disagreement sets the concentration.
  const r = await recommendFor({ municipalityId: m.id, draws: 500 });
  expect(r.weights.efficiency).toBeCloseTo(1.75 / 3, 12);
  expect(r.simulation.concentration).toBe(state.concentration);
  expect(state.concentration).toBeLessThan(50);
});

test("when everyone compared pairwise, the group matrix is their geometric mean", async () => {
  const m = await makeMunicipality();
  const users = await Promise.all([1, 2].map(() => makeUser({ role: "decision", municipalityId: m.id })));
  const cookies = await Promise.all(users.map((u) => sessionCookie(u.id)));
  const p = { municipality: m.slug };
  const equal = Object.fromEntries(CRITERION_PAIRS.map(([a, b]) => [pairField(a, b), "1"]));
  // Efficiency vs personal contact: 9 and 1/9 → geometric mean 1; everything else equal.
  await act(pairwiseAction, path(m.slug, "/pairwise"), p, { ...equal, [pairField("efficiency", "personal_contact")]: "a9", stakeholder: "A", intent: "save" }, cookies[0]!);
  await act(pairwiseAction, path(m.slug, "/pairwise"), p, { ...equal, [pairField("efficiency", "personal_contact")]: "b9", stakeholder: "B", intent: "save" }, cookies[1]!);
  const state = await weightState({ municipalityId: m.id });
  expect(state.source).toEqual({ kind: "stakeholders", rule: "geometric", count: 2 });
  for (const c of CRITERIA) expect(state.weights[c]).toBeCloseTo(1 / 11, 9);
  // The arithmetic mean of their eigenvectors would NOT be equal weights: the rule matters.
  const a = state.submissions[0]!.weights;
  const b = state.submissions[1]!.weights;
  expect((a.efficiency + b.efficiency) / 2).not.toBeCloseTo(1 / 11, 3);
});

test("an inconsistent pairwise answer names the pair to revisit", async () => {
  const equal = Object.fromEntries(CRITERION_PAIRS.map(([a, b]) => [pairField(a, b), "1"]));
  // efficiency ≫ follow_up ≫ availability, yet availability ≫ efficiency: a cycle.
  const fields = { ...equal, [pairField("efficiency", "follow_up")]: "a9", [pairField("availability", "follow_up")]: "b9", [pairField("efficiency", "availability")]: "b9", intent: "preview", stakeholder: "X" };
  const result = await act(pairwiseAction, path(s.own.slug, "/pairwise"), params(), fields, s.decision.cookie);
  const check = (result.data as { check: { cr: number; worstPair?: { a: string; b: string } } }).check;
  expect(check.cr).toBeGreaterThan(0.1);
  expect(check.worstPair).toBeDefined();
});

test("presets are the project group's choice; a decision-maker gets 403", async () => {
  const forbidden = await act(stakeholdersAction, path(s.own.slug, ""), params(), { intent: "preset", preset: "efficiency" }, s.decision.cookie);
  expect(forbidden.status).toBe(403);
  const bad = await act(stakeholdersAction, path(s.own.slug, ""), params(), { intent: "preset", preset: "fastest" }, s.project.cookie);
  expect(bad.status).toBe(400);
  const chosen = await act(stakeholdersAction, path(s.own.slug, ""), params(), { intent: "preset", preset: "efficiency" }, s.project.cookie);
  expect((await weightState({ municipalityId: s.own.id })).source).toEqual({ kind: "preset", preset: "efficiency" });
  // The page the choice leads back to announces it.
  expect(chosen.location).toBe(`/m/${s.own.slug}/decision/weights?chosen`);
  const page = (await load(stakeholdersLoader, chosen.location!, params(), s.project.cookie)).data as { chosen: boolean; preset: string | null };
  expect(page).toMatchObject({ chosen: true, preset: "efficiency" });
  await act(stakeholdersAction, path(s.own.slug, ""), params(), { intent: "stakeholders" }, s.project.cookie);
  expect((await weightState({ municipalityId: s.own.id })).source.kind).toBe("stakeholders");
});

test("another municipality's member gets 404 on every weights page and action", async () => {
  expect((await load(stakeholdersLoader, path(s.own.slug, ""), params(), s.stranger.cookie)).status).toBe(404);
  expect((await load(pointsLoader, path(s.own.slug, "/points"), params(), s.stranger.cookie)).status).toBe(404);
  const post = await act(pointsAction, path(s.own.slug, "/points"), params(), { [pointsField("efficiency")]: "1", stakeholder: "X", intent: "save" }, s.stranger.cookie);
  expect(post.status).toBe(404);
});
