// Adjustments of the baseline by a municipality's own data. Each rule is a small, bounded
// function: the baseline already encodes the pre-study, so a rule moves a score only as far
// as the municipality DIFFERS from the pre-study's reference value, saturating (tanh) so
// that no single item moves a cell more than MAX_DELTA points. Small samples are shrunk
// towards zero with a reliability factor n / (n + k). Every missing part is allowed.
import type { Criterion, SupportModel } from "~/domain/ids";
import type { EvidenceAdjustment, EvidenceSource } from "./types";

export interface EvidenceInput {
  tickets?: { total: number; lineOneCapableShare: number };
  busFactor?: { systems: number; singlePersonSystems: number };
  clusterGini?: number;
  survey?: {
    permissionRequiredShare?: number;
    serviceLevelYesShare?: number;
    serviceLevelNoShare?: number;
    seesAdvantagesYesShare?: number;
    seesAdvantagesNoShare?: number;
    responses: number;
  };
  interviews?: Array<{ model: SupportModel; criterion: Criterion; pro: number; con: number }>;
}

export const MAX_DELTA = 15;

/** Reference values: what the pre-study (or, where it gives no number, a typical case) saw. */
export const REFERENCE = {
  /** Password/permission share of tickets the pre-study treats as first-line work. */
  lineOneCapableShare: 0.33,
  singlePersonShare: 0.25,
  /** Gini 0.17 is "one cluster has twice the tickets of another" (§3.2), already a problem. */
  clusterGini: 0.1,
  permissionRequiredShare: 0.925,
  serviceLevelYesShare: 0.494,
  serviceLevelNoShare: 0.469,
  seesAdvantagesNet: 0,
} as const;

const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const ok = (x: number | undefined): x is number => typeof x === "number" && Number.isFinite(x);
/** scale·tanh(x), capped at ±MAX_DELTA and rounded to 0.1 point. */
export const bounded = (scale: number, x: number) =>
  round1(Math.max(-MAX_DELTA, Math.min(MAX_DELTA, scale * Math.tanh(x))));
const round1000 = (x: number) => Math.round(x * 1000) / 1000;
/** The language-neutral `detail`: "share=0.45 reference=0.33 total=1200". */
const fmt = (params: Record<string, number | string>) =>
  Object.entries(params).map(([k, v]) => `${k}=${typeof v === "number" ? round1000(v) : v}`).join(" ");

/** [model, factor]: how strongly the rule applies to that model (negative = lowers it). */
type Cell = [SupportModel, number];
interface Rule {
  source: EvidenceSource;
  code: string;
  params: Record<string, number | string>;
  criteria: Criterion[];
  cells: Cell[];
  /** How far the municipality is from the reference, in "scale steps" (tanh(1) ≈ 0.76). */
  x: number;
  /** Points at saturation, before the cell factor; already shrunk by reliability. */
  scale: number;
}
function apply({ source, code, params, criteria, cells, x, scale }: Rule): EvidenceAdjustment[] {
  const out: EvidenceAdjustment[] = [];
  for (const [model, factor] of cells)
    for (const criterion of criteria) {
      const delta = bounded(scale * factor, x);
      if (delta !== 0) out.push({ model, criterion, source, code, params, detail: fmt(params), delta });
    }
  return out;
}

/** More tickets that line 1 can solve → centralising models gain efficiency and time for development. */
export function ticketEvidence(t: EvidenceInput["tickets"]): EvidenceAdjustment[] {
  if (!t || !(t.total > 0) || !ok(t.lineOneCapableShare)) return [];
  const share = clamp01(t.lineOneCapableShare);
  const reliability = t.total / (t.total + 100);
  const params = { share, reference: REFERENCE.lineOneCapableShare, total: t.total };
  const cells: Cell[] = [["shared", 1], ["service_center", 1], ["partial", 1], ["self_service", 0.7]];
  const x = (share - REFERENCE.lineOneCapableShare) / 0.25;
  return apply({ source: "tickets", code: "line_one_share", params, criteria: ["efficiency", "development_time"], cells, x, scale: MAX_DELTA * reliability });
}

/** Many systems only one person can support → local and cluster are fragile when someone is away. */
export function busFactorEvidence(b: EvidenceInput["busFactor"]): EvidenceAdjustment[] {
  if (!b || !(b.systems > 0) || !ok(b.singlePersonSystems)) return [];
  const share = clamp01(b.singlePersonSystems / b.systems);
  const reliability = b.systems / (b.systems + 5);
  const params = { share, reference: REFERENCE.singlePersonShare, systems: b.systems };
  const cells: Cell[] = [["local", -1], ["cluster", -0.7]];
  const x = (share - REFERENCE.singlePersonShare) / 0.25;
  return apply({ source: "bus_factor", code: "single_person_share", params, criteria: ["absence_robustness"], cells, x, scale: MAX_DELTA * reliability });
}

/** Uneven ticket load between clusters (Gini) → cluster scores lower on workload balance. */
export function clusterGiniEvidence(gini: number | undefined): EvidenceAdjustment[] {
  if (!ok(gini)) return [];
  const g = clamp01(gini);
  const params = { gini: g, reference: REFERENCE.clusterGini };
  const x = (g - REFERENCE.clusterGini) / 0.15;
  return apply({ source: "cluster_gini", code: "cluster_gini", params, criteria: ["workload_balance"], cells: [["cluster", -1]], x, scale: MAX_DELTA });
}

/** Survey of the administrators: permissions, service level and the view of advantages. */
export function surveyEvidence(s: EvidenceInput["survey"]): EvidenceAdjustment[] {
  if (!s || !(s.responses > 0)) return [];
  const rel = s.responses / (s.responses + 20);
  const n = s.responses;
  const closeness: Criterion[] = ["domain_knowledge", "personal_contact"];
  const centralFirstLine: Cell[] = [["shared", -1], ["service_center", -0.6]];
  const out: EvidenceAdjustment[] = [];
  if (ok(s.permissionRequiredShare)) {
    const share = clamp01(s.permissionRequiredShare);
    const params = { share, reference: REFERENCE.permissionRequiredShare, responses: n };
    const x = (share - REFERENCE.permissionRequiredShare) / 0.1;
    out.push(...apply({ source: "survey", code: "permission_required", params, criteria: closeness, cells: centralFirstLine, x, scale: 10 * rel }));
  }
  // "No" share; when only "yes" is given, infer "no" with the pre-study's 3.7 % "don't know".
  const dontKnow = 1 - REFERENCE.serviceLevelYesShare - REFERENCE.serviceLevelNoShare;
  const no = ok(s.serviceLevelNoShare)
    ? clamp01(s.serviceLevelNoShare)
    : ok(s.serviceLevelYesShare) ? clamp01(1 - dontKnow - s.serviceLevelYesShare) : undefined;
  if (no !== undefined) {
    const params = { share: no, reference: REFERENCE.serviceLevelNoShare, responses: n };
    const x = (no - REFERENCE.serviceLevelNoShare) / 0.2;
    out.push(...apply({ source: "survey", code: "service_level_no", params, criteria: closeness, cells: centralFirstLine, x, scale: MAX_DELTA * rel }));
  }
  if (ok(s.seesAdvantagesYesShare) && ok(s.seesAdvantagesNoShare)) {
    const yes = clamp01(s.seesAdvantagesYesShare);
    const no = clamp01(s.seesAdvantagesNoShare);
    const params = { yes, no, responses: n };
    const net = yes - no;
    const cells: Cell[] = [["shared", 1], ["service_center", 0.8], ["partial", 0.6], ["self_service", 0.4]];
    const x = (net - REFERENCE.seesAdvantagesNet) / 0.3;
    out.push(...apply({ source: "survey", code: "sees_advantages", params, criteria: ["change_effort"], cells, x, scale: 12 * rel }));
  }
  return out;
}

/** Coded interview excerpts: net pro − con per cell, diminishing: 15·tanh(net / 4). */
export function interviewEvidence(list: EvidenceInput["interviews"]): EvidenceAdjustment[] {
  const sums = new Map<string, { model: SupportModel; criterion: Criterion; pro: number; con: number }>();
  for (const i of list ?? []) {
    const key = `${i.model}:${i.criterion}`;
    const sum = sums.get(key) ?? { model: i.model, criterion: i.criterion, pro: 0, con: 0 };
    sum.pro += Math.max(0, i.pro || 0);
    sum.con += Math.max(0, i.con || 0);
    sums.set(key, sum);
  }
  return [...sums.values()].flatMap(({ model, criterion, pro, con }) =>
    apply({ source: "interviews", code: "interview_net", params: { pro, con }, criteria: [criterion], cells: [[model, 1]], x: (pro - con) / 4, scale: MAX_DELTA }));
}

export const evidenceAdjustments = (input: EvidenceInput): EvidenceAdjustment[] => [
  ...ticketEvidence(input.tickets),
  ...busFactorEvidence(input.busFactor),
  ...clusterGiniEvidence(input.clusterGini),
  ...surveyEvidence(input.survey),
  ...interviewEvidence(input.interviews),
];

/** Sources with nothing usable: the recommendation says so and the baseline stands in. */
export function missingSources(input: EvidenceInput): EvidenceSource[] {
  const missing: EvidenceSource[] = [];
  if (!(input.tickets && input.tickets.total > 0)) missing.push("tickets");
  if (!(input.busFactor && input.busFactor.systems > 0)) missing.push("bus_factor");
  if (!ok(input.clusterGini)) missing.push("cluster_gini");
  if (!(input.survey && input.survey.responses > 0)) missing.push("survey");
  if (!input.interviews || input.interviews.length === 0) missing.push("interviews");
  return missing;
}
