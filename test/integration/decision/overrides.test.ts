// The project group overrides a score with a required reason; it is audit-logged, shown as
// "overridden" in the matrix and on the score page, and used by the ranking. Decision-makers
// may read but not override (403); other municipalities get 404.
import { listAudit } from "~/db/audit.server";
import { BASELINE } from "~/domain/decision";
import { loader as matrixLoader } from "~/routes/m.$municipality.decision.matrix";
import { action as scoreAction, loader as scoreLoader } from "~/routes/m.$municipality.decision.score.$model.$criterion";
import { loader as rankingLoader } from "~/routes/m.$municipality.decision._index";
import { loader as sensitivityLoader } from "~/routes/m.$municipality.decision.sensitivity";
import { recommendFor } from "~/services/decision/recommend.server";
import { act, load, seedEvidence, setup } from "./data";

type Setup = Awaited<ReturnType<typeof setup>>;
let s: Setup;
beforeAll(async () => {
  s = await setup();
  await seedEvidence(s.own.id);
});

const cell = { model: "cluster", criterion: "efficiency" };
const scorePath = () => `/m/${s.own.slug}/decision/score/cluster/efficiency`;
const params = () => ({ municipality: s.own.slug, ...cell });

test("an override needs a reason; without one nothing is stored and the typed value stays", async () => {
  const result = await act(scoreAction, scorePath(), params(), { value: "72", reason: "  " }, s.project.cookie);
  expect(result.status).toBe(400);
  expect(result.data).toEqual({ values: { value: "72", reason: "  " }, errors: { reason: "reason_required" } });
  const outOfRange = await act(scoreAction, scorePath(), params(), { value: "140", reason: "x" }, s.project.cookie);
  expect((outOfRange.data as { errors: object }).errors).toEqual({ value: "value_invalid" });
  const r = await recommendFor({ municipalityId: s.own.id, draws: 100 });
  expect(r.scores.cluster.efficiency.value).toBe(BASELINE.cluster.efficiency.value);
});

test("a decision-maker may not override (403); another municipality's member gets 404", async () => {
  expect((await act(scoreAction, scorePath(), params(), { value: "72", reason: "Vi vet bättre" }, s.decision.cookie)).status).toBe(403);
  expect((await act(scoreAction, scorePath(), params(), { value: "72", reason: "Vi vet bättre" }, s.stranger.cookie)).status).toBe(404);
  expect((await load(scoreLoader, scorePath(), params(), s.stranger.cookie)).status).toBe(404);
  expect((await load(rankingLoader, `/m/${s.own.slug}/decision`, { municipality: s.own.slug }, s.stranger.cookie)).status).toBe(404);
  expect((await load(scoreLoader, scorePath(), { ...params(), model: "nonsense" }, s.project.cookie)).status).toBe(404);
});

test("an override with a reason is stored, logged, used, and shown as overridden", async () => {
  const saved = await act(scoreAction, scorePath(), params(), { value: "72,5", reason: "Våra kluster delar redan kö." }, s.project.cookie);
  expect(saved).toMatchObject({ status: 302, location: `${scorePath()}?saved=1` });
  const log = await listAudit({ municipalityId: s.own.id });
  const entry = log.find((l) => l.action === "decision.override");
  expect(entry?.target).toBe("cluster/efficiency");
  expect(JSON.parse(String(entry?.detail))).toMatchObject({ value: 72.5, reason: "Våra kluster delar redan kö." });

  const r = await recommendFor({ municipalityId: s.own.id, draws: 100 });
  expect(r.scores.cluster.efficiency.value).toBe(72.5);
  expect(r.scores.cluster.efficiency.evidence[0]).toEqual({ source: "override", detail: "Våra kluster delar redan kö." });

  const matrix = await load(matrixLoader, `/m/${s.own.slug}/decision/matrix`, { municipality: s.own.slug }, s.decision.cookie);
  const cells = (matrix.data as { cells: Record<string, Record<string, { value: number; overridden: boolean }>> }).cells;
  expect(cells.cluster!.efficiency).toEqual({ value: 72.5, overridden: true });
  expect(cells.local!.efficiency!.overridden).toBe(false);

  // The decision-maker reads the score page: the override with its reason, and no form.
  const page = await load(scoreLoader, scorePath(), params(), s.decision.cookie);
  const data = page.data as { canOverride: boolean; history: { value: number; reason: string; email: string }[] };
  expect(data.canOverride).toBe(false);
  expect(data.history).toMatchObject([{ value: 72.5, reason: "Våra kluster delar redan kö.", email: s.project.email }]);

  // Back to the computed score: an empty value with a reason.
  await act(scoreAction, scorePath(), params(), { value: "", reason: "Fel antagande." }, s.project.cookie);
  const back = await recommendFor({ municipalityId: s.own.id, draws: 100 });
  expect(back.scores.cluster.efficiency.value).toBe(BASELINE.cluster.efficiency.value);
});

test("the score page shows the anonymised interview quotes behind a score", async () => {
  const page = await load(scoreLoader, `/m/${s.own.slug}/decision/score/shared/availability`, { municipality: s.own.slug, model: "shared", criterion: "availability" }, s.decision.cookie);
  const data = page.data as { quotes: { quote: string; stance: string; interviewId: number }[]; cell: { evidence: { source: string }[] } };
  expect(data.quotes.map((q) => q.stance).sort()).toEqual(["con", "pro", "pro", "pro"]);
  const con = data.quotes.find((q) => q.stance === "con")!;
  expect(con.quote).not.toContain("Anna");
  expect(con.quote).not.toContain("070-123 45 67");
  expect(data.cell.evidence.some((e) => e.source === "interviews")).toBe(true);
});

test("the ranking page gives the recommendation text and the sensitivity page its tables", async () => {
  const ranking = await load(rankingLoader, `/m/${s.own.slug}/decision`, { municipality: s.own.slug }, s.decision.cookie);
  const data = ranking.data as { ranking: { model: string }[]; missingSources: string[]; recommendation: { paragraphs: string[] } };
  expect(data.missingSources).toEqual(["cluster_gini"]);
  expect(data.recommendation.paragraphs[0]).toContain("rankas först"); // Swedish, the default locale
  // Where to add the missing evidence is shown to the project group, not to a decision-maker.
  expect((ranking.data as { canAct: boolean }).canAct).toBe(false);
  expect(((await load(rankingLoader, `/m/${s.own.slug}/decision`, { municipality: s.own.slug }, s.project.cookie)).data as { canAct: boolean }).canAct).toBe(true);
  const sens = await load(sensitivityLoader, `/m/${s.own.slug}/decision/sensitivity`, { municipality: s.own.slug }, s.decision.cookie);
  const sd = sens.data as { sensitivity: unknown[]; prosCons: { model: string }[] };
  expect(sd.sensitivity).toHaveLength(11);
  expect(sd.prosCons.map((p) => p.model)).toEqual(["local", "cluster", "shared", "service_center", "partial", "self_service"]);
});
