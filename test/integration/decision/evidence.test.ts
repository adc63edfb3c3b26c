// gatherEvidence reads each area's evidence function; with nothing recorded every source is
// reported missing and the recommendation still comes out, from the pre-study's baseline.
import { SUPPORT_MODELS } from "~/domain/ids";
import { gatherEvidence } from "~/services/decision/evidence.server";
import { recommendFor } from "~/services/decision/recommend.server";
import { makeMunicipality } from "../../support/factories";
import { EXPECTED_EVIDENCE, seedEvidence, seedSystems } from "./data";

test("evidence from hand-made survey answers, tickets, systems and coded interviews", async () => {
  const m = await makeMunicipality();
  const other = await makeMunicipality();
  await seedEvidence(m.id);
  await seedSystems(other.id); // another municipality's data never leaks in
  expect(await gatherEvidence({ municipalityId: m.id })).toEqual(EXPECTED_EVIDENCE);
  const result = await recommendFor({ municipalityId: m.id, draws: 2000 });
  // No cluster proposal exists, so only the cluster Gini is missing.
  expect(result.missingSources).toEqual(["cluster_gini"]);
  expect(result.municipality).toBe(m.slug);
  // 3 pro − 1 con on shared × availability: 15·tanh(2/4) = 6.9 points on top of the baseline.
  const availability = result.scores.shared.availability.evidence.find((e) => e.source === "interviews");
  expect(availability).toMatchObject({ delta: 6.9, params: { pro: 3, con: 1 } });
  // Half the systems have one administrator (reference 25 %), reliability 4/9: local loses
  // 15·(4/9)·tanh(1) = 5.1 points on robustness to absence.
  expect(result.scores.local.absence_robustness.evidence.find((e) => e.source === "bus_factor")).toMatchObject({ delta: -5.1 });
});

test("with no data at all, every source is missing and the baseline still ranks the models", async () => {
  const m = await makeMunicipality();
  expect(await gatherEvidence({ municipalityId: m.id })).toEqual({});
  const result = await recommendFor({ municipalityId: m.id, draws: 1000 });
  expect(result.missingSources).toEqual(["tickets", "bus_factor", "cluster_gini", "survey", "interviews"]);
  expect(result.ranking.map((r) => r.model).sort()).toEqual([...SUPPORT_MODELS].sort());
  expect(result.weightSource).toEqual({ kind: "equal" });
  const total = result.ranking.reduce((s, r) => s + r.probabilityFirst, 0);
  expect(total).toBeCloseTo(1, 9);
});

test("systems alone give the bus factor without any tickets", async () => {
  const m = await makeMunicipality();
  await seedSystems(m.id);
  expect(await gatherEvidence({ municipalityId: m.id })).toEqual({ busFactor: { systems: 4, singlePersonSystems: 2 } });
});
