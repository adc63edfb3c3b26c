// Scores, weighted-sum ranking and one-at-a-time weight sensitivity.
// Scores = baseline + evidence deltas, unless a person overrides the cell (with a reason);
// everything is clamped to 0–100. The ranking is the weighted sum Σ w_c · score_c.
import { CRITERIA, SUPPORT_MODELS, type Criterion, type SupportModel } from "~/domain/ids";
import { BASELINE } from "./baseline";
import { SOURCE_ID } from "./sources";
import type { EvidenceAdjustment, EvidenceEntry, Override, ScoreCell, Scores, SensitivityEntry, Weights } from "./types";

export { monteCarlo, type MonteCarloOptions } from "./montecarlo";

// Rounded to 0.1 point: deltas are in tenths, and JSON should not show float noise.
const clamp100 = (x: number) => Math.round(Math.min(100, Math.max(0, x)) * 10) / 10;

/** Each cell's evidence is ordered strongest first: override, adjustments by |delta|, sources. */
export function buildScores(adjustments: readonly EvidenceAdjustment[], overrides: readonly Override[] = []): Scores {
  const cell = (model: SupportModel, criterion: Criterion): ScoreCell => {
    const base = BASELINE[model][criterion];
    const mine = adjustments.filter((a) => a.model === model && a.criterion === criterion);
    mine.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
    const override = overrides.filter((o) => o.model === model && o.criterion === criterion).at(-1);
    const evidence: EvidenceEntry[] = [
      ...(override ? [{ source: "override", detail: override.reason }] : []),
      ...mine.map(({ source, detail, delta, code, params }) => ({ source, detail, delta, code, params })),
      ...base.sources.map((s) => ({ source: s.ref, detail: s.note, code: "baseline", params: { id: SOURCE_ID.get(s) ?? "" } })),
    ];
    const computed = base.value + mine.reduce((s, a) => s + a.delta, 0);
    const value = clamp100(override && Number.isFinite(override.value) ? override.value : computed);
    return { value, uncertainty: base.uncertainty, evidence };
  };
  return Object.fromEntries(
    SUPPORT_MODELS.map((m) => [m, Object.fromEntries(CRITERIA.map((c) => [c, cell(m, c)]))]),
  ) as Scores;
}

export function weightedTotals(scores: Scores, weights: Weights): Record<SupportModel, number> {
  return Object.fromEntries(
    SUPPORT_MODELS.map((m) => [m, CRITERIA.reduce((s, c) => s + weights[c] * scores[m][c].value, 0)]),
  ) as Record<SupportModel, number>;
}

/** Highest total first; ties keep the SUPPORT_MODELS order so results are stable. */
export function rankModels(scores: Scores, weights: Weights): { model: SupportModel; score: number }[] {
  const totals = weightedTotals(scores, weights);
  return SUPPORT_MODELS.map((model) => ({ model, score: totals[model] })).sort((a, b) => b.score - a.score);
}

export const winnerOf = (scores: Scores, weights: Weights): SupportModel => rankModels(scores, weights)[0]!.model;

/** Set criterion `c` to `x` and rescale the others proportionally so the sum stays 1.
 * If the others were all zero they share the rest equally. */
export function withWeight(weights: Weights, c: Criterion, x: number): Weights {
  const rest = 1 - weights[c];
  const others = CRITERIA.filter((k) => k !== c);
  const out = { ...weights, [c]: x };
  for (const k of others) out[k] = rest > 1e-12 ? (weights[k] * (1 - x)) / rest : (1 - x) / others.length;
  return out;
}

/** For each criterion: the weight nearest the current one at which another model takes first
 * place. Along that path every total is linear in x: S_m(x) = x·v_m + (1 − x)·R_m, so each
 * rival overtakes at most once, where its line crosses the winner's. */
export function sensitivity(scores: Scores, weights: Weights): SensitivityEntry[] {
  return CRITERIA.map((c) => {
    const x0 = weights[c];
    const at0 = withWeight(weights, c, 0);
    const rest = (m: SupportModel) => CRITERIA.reduce((s, k) => s + (k === c ? 0 : at0[k] * scores[m][k].value), 0);
    const line = (m: SupportModel) => ({ v: scores[m][c].value, r: rest(m) });
    const win = winnerOf(scores, weights);
    const w = line(win);
    let best: { x: number; slope: number; model: SupportModel; direction: "up" | "down" } | undefined;
    for (const m of SUPPORT_MODELS) {
      if (m === win) continue;
      const k = line(m);
      const a = k.r - w.r; // rival minus winner at x = 0
      const b = k.v - k.r - (w.v - w.r); // its slope in x
      if (b === 0) continue;
      const direction = b > 0 ? "up" : "down";
      // A rival tied with the winner now crosses at x0 itself (snap float noise onto x0).
      const raw = -a / b;
      const x = (Math.abs(raw - x0) < 1e-12 ? x0 : raw) + 0; // + 0 turns −0 into 0 for JSON
      // Up: x0 ≤ x < 1; down: 0 < x ≤ x0. A crossing AT 1 going up (or at 0 going down) is only
      // a tie at the end of the range, never an overtaking.
      if (direction === "up" ? !(x >= x0 && x < 1) : !(x > 0 && x <= x0)) continue;
      // Rivals crossing at the same point (within float noise): the steepest one leads beyond it.
      const nearer = !best || Math.abs(x - x0) < Math.abs(best.x - x0) - 1e-9;
      const steeper = best && Math.abs(Math.abs(x - x0) - Math.abs(best.x - x0)) <= 1e-9 && Math.abs(b) > Math.abs(best.slope);
      if (nearer || steeper) best = { x, slope: b, model: m, direction };
    }
    const entry: SensitivityEntry = { criterion: c, weight: x0 };
    if (best) Object.assign(entry, { flipsAt: best.x, newWinner: best.model, direction: best.direction });
    return entry;
  });
}
