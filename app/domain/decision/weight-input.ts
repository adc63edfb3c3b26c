// What a stakeholder typed into one of the three weight forms, read into weights. Shared by
// the server (form POST) and the browser (live re-ranking), so both read the form the same way.
// Field names: points_<criterion>, rank_<criterion>, pair_<a>__<b> (a before b in CRITERIA).
import { CRITERIA, type Criterion } from "~/domain/ids";
import { fromPairwise, type PairwiseJudgement } from "./pairwise";
import type { Weights } from "./types";
import { fromPoints, fromRanks } from "./weights";

export type WeightMethod = "points" | "pairwise" | "ranks";
export const WEIGHT_METHODS: readonly WeightMethod[] = ["points", "pairwise", "ranks"];

export const pointsField = (c: Criterion) => `points_${c}`;
export const rankField = (c: Criterion) => `rank_${c}`;
export const pairField = (a: Criterion, b: Criterion) => `pair_${a}__${b}`;

/** The 55 pairs of the 11 criteria, each once, in CRITERIA order. */
export const CRITERION_PAIRS: ReadonlyArray<readonly [Criterion, Criterion]> = CRITERIA.flatMap((a, i) =>
  CRITERIA.slice(i + 1).map((b) => [a, b] as const));

/** Saaty answers as codes: "a9" = a is 9 times as important as b, "1" = equal, "b3" = b 3 times a. */
export const PAIR_CODES = ["a9", "a8", "a7", "a6", "a5", "a4", "a3", "a2", "1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9"] as const;
export type PairCode = (typeof PAIR_CODES)[number];
const isPairCode = (x: string): x is PairCode => (PAIR_CODES as readonly string[]).includes(x);

/** How many times as important a is as b (1/9 … 9). */
export function pairValue(code: PairCode): number {
  if (code === "1") return 1;
  const n = Number(code.slice(1));
  return code.startsWith("a") ? n : 1 / n;
}
/** The code nearest a value (the inverse of pairValue for Saaty values). */
export function pairCode(value: number): PairCode {
  if (!(value > 0) || Math.abs(Math.log(value)) < 1e-9) return "1";
  const n = Math.min(9, Math.max(2, Math.round(value >= 1 ? value : 1 / value)));
  return `${value >= 1 ? "a" : "b"}${n}` as PairCode;
}

export interface WeightInput {
  method: WeightMethod;
  weights: Weights;
  /** Stored as the stakeholder's raw answer: points or ranks per criterion, or judgements. */
  raw: Partial<Record<Criterion, number>> | PairwiseJudgement[];
  /** Field name (or "_form") → error code, translated as decision:errors.<code>. */
  errors: Record<string, string>;
  /** points: their sum; pairwise: consistency and the pair to revisit. */
  total?: number;
  cr?: number;
  worstPair?: { a: Criterion; b: Criterion; given: number; suggested: number };
}

type Get = (name: string) => string | undefined | null;

function readNumber(text: string | undefined | null): number | undefined | "invalid" {
  const s = (text ?? "").trim().replace(",", ".");
  if (s === "") return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : "invalid";
}

export function readWeightInput(method: WeightMethod, get: Get): WeightInput {
  const errors: Record<string, string> = {};
  if (method === "pairwise") {
    const judgements: PairwiseJudgement[] = [];
    for (const [a, b] of CRITERION_PAIRS) {
      const code = (get(pairField(a, b)) ?? "1").trim() || "1";
      if (!isPairCode(code)) errors[pairField(a, b)] = "pair_invalid";
      else if (code !== "1") judgements.push({ a, b, value: pairValue(code) });
    }
    const r = fromPairwise(judgements);
    return { method, weights: r.weights, raw: judgements, errors, cr: r.cr, ...(r.worstPair ? { worstPair: r.worstPair } : {}) };
  }
  const field = method === "points" ? pointsField : rankField;
  const raw: Partial<Record<Criterion, number>> = {};
  for (const c of CRITERIA) {
    const n = readNumber(get(field(c)));
    if (n === undefined) continue;
    const bad = n === "invalid" || n < 0 || (method === "points" ? n > 100 : n < 1 || n > CRITERIA.length || !Number.isInteger(n));
    if (bad) errors[field(c)] = method === "points" ? "points_invalid" : "rank_invalid";
    else raw[c] = n;
  }
  if (method === "points") {
    const { weights, total } = fromPoints(raw);
    if (Object.keys(errors).length === 0 && !(total > 0)) errors._form = "points_empty";
    return { method, weights, raw, errors, total };
  }
  if (Object.keys(errors).length === 0 && Object.keys(raw).length === 0) errors._form = "ranks_empty";
  return { method, weights: fromRanks(raw), raw, errors };
}

/** Form values that show a stored answer again (for editing one's own weights). */
export function formValues(method: WeightMethod, raw: unknown): Record<string, string> {
  if (method === "pairwise") {
    const list = Array.isArray(raw) ? (raw as PairwiseJudgement[]) : [];
    return Object.fromEntries(list.map((j) => [pairField(j.a, j.b), pairCode(j.value)]));
  }
  const values = (raw ?? {}) as Partial<Record<Criterion, number>>;
  const field = method === "points" ? pointsField : rankField;
  return Object.fromEntries(CRITERIA.flatMap((c) => (values[c] === undefined ? [] : [[field(c), String(values[c])]])));
}

/** Whole points summing to 100 (largest remainder), e.g. to start the points form from a preset. */
export function toPoints(weights: Weights): Record<Criterion, number> {
  const exact = CRITERIA.map((c) => weights[c] * 100);
  const floor = exact.map(Math.floor);
  let left = 100 - floor.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  for (const [, i] of order) if (left-- > 0) floor[i]! += 1;
  return Object.fromEntries(CRITERIA.map((c, i) => [c, floor[i]!])) as Record<Criterion, number>;
}
