import i18next from "i18next";
import en from "../../../locales/en/decision.json";
import nb from "../../../locales/nb/decision.json";
import nn from "../../../locales/nn/decision.json";
import sv from "../../../locales/sv/decision.json";
import { CRITERIA, LOCALES, SUPPORT_MODELS, type Locale } from "~/domain/ids";
import { prosAndCons, recommendation, type Translate } from "~/domain/decision/explain";
import { buildScores } from "~/domain/decision/rank";
import { normalise, preset, PRESET_NAMES } from "~/domain/decision/weights";
import { EVIDENCE_SOURCES } from "~/domain/decision/types";
import { recommend } from "~/domain/decision";

const resources = { sv, nb, nn, en };
const i18n = i18next.createInstance();
i18n.init({ lng: "sv", initImmediate: false, resources: Object.fromEntries(LOCALES.map((l) => [l, { decision: resources[l] }])) });
/** A translate function that fails the test on a missing key instead of printing the key. */
const strictT = (lng: Locale): Translate => {
  const t = i18n.getFixedT(lng);
  return (key, params) => {
    if (!i18n.exists(key, { lng })) throw new Error(`missing ${lng} key ${key}`);
    return t(key, params);
  };
};

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();

test("decision.json has the same keys in sv, nb, nn and en, with labels for every model, criterion and source", () => {
  for (const l of LOCALES) expect(keys(resources[l])).toEqual(keys(en));
  for (const m of SUPPORT_MODELS) expect(keys(en)).toEqual(expect.arrayContaining([`models.${m}.label`, `models.${m}.definition`]));
  for (const c of CRITERIA) expect(keys(en)).toEqual(expect.arrayContaining([`criteria.${c}.label`, `criteria.${c}.definition`, `criteria.${c}.direction`]));
  for (const s of EVIDENCE_SOURCES) expect(keys(en)).toContain(`sources.${s}`);
  for (const p of PRESET_NAMES) expect(keys(en)).toContain(`presets.${p}.label`);
});

test("pros and cons: clearly above or below the others' mean, ordered by weight × difference", () => {
  const scores = buildScores([]);
  const { pros, cons } = prosAndCons(scores, normalise({ personal_contact: 3, domain_knowledge: 1 }));
  // Local personal contact 90 vs mean(75, 35, 55, 75, 55) = 59 → +31; domain knowledge 90 vs 66 → +24.
  expect(pros.local[0]).toMatchObject({ criterion: "personal_contact", difference: 31, weighted: 23.25 });
  expect(pros.local[1]).toMatchObject({ criterion: "domain_knowledge", difference: 24, weighted: 6 });
  expect(pros.local[0]?.evidence?.source).toMatch(/^prestudy-2019/);
  expect(cons.local.map((c) => c.criterion)).toContain("efficiency"); // 35 vs 69 → −34
  expect(cons.local.every((c) => c.difference <= -10)).toBe(true);
});

test("the recommendation names the winner in Swedish and Norwegian, and what would change it", () => {
  const result = recommend({ weights: preset("closeness"), evidence: {} });
  expect(result.ranking[0]?.model).toBe("local");
  const text = recommendation(result, strictT("sv")).text;
  expect(text).toMatch(/^Lokal support rankas först med/);
  expect(text).toMatch(/Om vikten för [a-zåäö ]+ (steg över|sjönk under) \d,\d\d \(i dag \d,\d\d\) skulle [a-zåäö ]+ rankas först/);
  const nbText = recommendation(result, strictT("nb")).text;
  expect(nbText).toMatch(/^Lokal brukerstøtte rangeres først/);
  expect(recommendation(result, strictT("nn")).text).toMatch(/^Lokal brukarstøtte/);
  expect(recommendation(result, strictT("en")).text).toMatch(/^Local support ranks first/);
});

test("a fragile lead says so and describes the pre-study's hybrid; a robust one does not", () => {
  const fragile = recommend({ weights: preset("balanced"), evidence: {} });
  expect(fragile.ranking[0]!.probabilityFirst).toBeLessThan(0.6);
  const f = recommendation(fragile, strictT("en"));
  expect(f.fragile).toBe(true);
  expect(f.text).toContain("centralise the simple questions");
  expect(f.text).toContain("Evidence is missing for ticket statistics");

  const robust = recommend({ weights: normalise({ personal_contact: 1 }), evidence: {}, concentration: 1000 });
  const r = recommendation({ ...robust, ranking: robust.ranking.map((x, i) => (i === 0 ? { ...x, probabilityFirst: 0.95 } : x)), missingSources: [] }, strictT("sv"));
  // All weight on personal contact: local leads by 15 points, the nearest flip is far away.
  expect(r.fragile).toBe(false);
  expect(r.text).toContain("Ledningen är stabil");
  expect(r.text).not.toContain("Underlag saknas");
});

test("recommend returns the DESIGN.md shape", () => {
  const r = recommend({
    weights: { efficiency: 5, personal_contact: 5 },
    evidence: { tickets: { total: 800, lineOneCapableShare: 0.45 } },
    overrides: [{ model: "cluster", criterion: "efficiency", value: 70, reason: "our clusters share a queue" }],
    draws: 2000,
  });
  expect(r.weights.efficiency).toBe(0.5);
  expect(r.ranking).toHaveLength(6);
  expect(r.ranking.map((x) => x.score)).toEqual([...r.ranking.map((x) => x.score)].sort((a, b) => b - a));
  expect(r.scores.cluster.efficiency.value).toBe(70);
  expect(r.scores.cluster.efficiency.evidence[0]).toEqual({ source: "override", detail: "our clusters share a queue" });
  expect(r.scores.shared.efficiency.evidence[0]).toMatchObject({ source: "tickets" });
  expect(r.sensitivity.map((s) => s.criterion)).toEqual([...CRITERIA]);
  expect(Object.keys(r.pros)).toEqual([...SUPPORT_MODELS]);
  expect(r.missingSources).toEqual(["bus_factor", "cluster_gini", "survey", "interviews"]);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
});
