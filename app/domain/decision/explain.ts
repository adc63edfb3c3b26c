// Pros and cons per model, and the recommendation as text in the user's language.
// Text comes only from locales/*/decision.json through the `t` passed in, so the same
// function serves the web page, the PDF and the CLI. Keys carry the "decision:" namespace.
import { CRITERIA, SUPPORT_MODELS, type Criterion, type SupportModel } from "~/domain/ids";
import type { ProCon, RecommendResult, Scores, SensitivityEntry, Weights } from "./types";

/** A model is "clearly" better or worse on a criterion when it differs by at least this
 * many points from the mean of the other five models (about one baseline sd). */
export const CLEAR_DIFFERENCE = 10;
/** The lead is fragile below this probability of ranking first … */
export const FRAGILE_PROBABILITY = 0.6;
/** … or when a weight change this small would change the winner. */
export const FRAGILE_WEIGHT_DISTANCE = 0.1;

const round1 = (x: number) => Math.round(x * 10) / 10 + 0; // + 0: no −0 in JSON

export function prosAndCons(scores: Scores, weights: Weights, threshold = CLEAR_DIFFERENCE) {
  const pros = {} as Record<SupportModel, ProCon[]>;
  const cons = {} as Record<SupportModel, ProCon[]>;
  for (const m of SUPPORT_MODELS) {
    const items = CRITERIA.map((c): ProCon => {
      const others = SUPPORT_MODELS.filter((k) => k !== m);
      const mean = others.reduce((s, k) => s + scores[k][c].value, 0) / others.length;
      const difference = round1(scores[m][c].value - mean);
      const weighted = Math.round(weights[c] * difference * 1000) / 1000 + 0; // + 0: no −0 in JSON
      const item: ProCon = { criterion: c, difference, weighted };
      const strongest = scores[m][c].evidence[0];
      if (strongest) item.evidence = strongest;
      return item;
    });
    const byImpact = (a: ProCon, b: ProCon) =>
      Math.abs(b.weighted) - Math.abs(a.weighted) || Math.abs(b.difference) - Math.abs(a.difference);
    pros[m] = items.filter((i) => i.difference >= threshold).sort(byImpact);
    cons[m] = items.filter((i) => i.difference <= -threshold).sort(byImpact);
  }
  return { pros, cons };
}

export type Translate = (key: string, params?: Record<string, unknown>) => string;
export interface RecommendationText {
  fragile: boolean;
  paragraphs: string[];
  text: string;
}
type Explained = Pick<RecommendResult, "ranking" | "sensitivity" | "pros" | "cons" | "missingSources" | "simulation">;

/** The flip point nearest the current weight, if any weight can change the winner. */
export function nearestFlip(sensitivity: readonly SensitivityEntry[]): SensitivityEntry | undefined {
  const flips = sensitivity.filter((s) => s.flipsAt !== undefined);
  return flips.sort((a, b) => Math.abs(a.flipsAt! - a.weight) - Math.abs(b.flipsAt! - b.weight))[0];
}

export function recommendation(result: Explained, t: Translate): RecommendationText {
  // Labels start a sentence; phrases (lower case where the language wants it) go inside one.
  const label = (m: SupportModel) => t(`decision:models.${m}.label`);
  const model = (m: SupportModel) => t(`decision:models.${m}.phrase`);
  const criterion = (c: Criterion) => t(`decision:criteria.${c}.phrase`);
  const [first, second] = result.ranking;
  if (!first) return { fragile: false, paragraphs: [], text: "" };
  const paragraphs: string[] = [];
  const draws = result.simulation.draws;
  const { probabilityFirst } = first;
  paragraphs.push(t("decision:recommendation.winner", { winner: label(first.model), score: round1(first.score), probability: probabilityFirst, draws }));
  if (second) {
    const params = { runnerUp: model(second.model), score: round1(second.score), probability: second.probabilityFirst };
    paragraphs.push(t("decision:recommendation.runnerUp", params));
  }

  const list = (items: ProCon[] | undefined) => (items ?? []).slice(0, 3).map((i) => criterion(i.criterion)).join(", ");
  const strengths = list(result.pros[first.model]);
  const weaknesses = list(result.cons[first.model]);
  if (strengths) paragraphs.push(t("decision:recommendation.strengths", { model: model(first.model), list: strengths }));
  if (weaknesses) paragraphs.push(t("decision:recommendation.weaknesses", { list: weaknesses }));

  const flip = nearestFlip(result.sensitivity);
  if (flip?.flipsAt !== undefined && flip.newWinner) {
    // Round outward, so "rose above 0.23" is true of every weight above the printed number.
    const at = flip.direction === "up" ? Math.ceil(flip.flipsAt * 100) / 100 : Math.floor(flip.flipsAt * 100) / 100;
    // At two decimals "below 0.00" or "above 1.00" would be nonsense: say it in words.
    const key = flip.direction === "up" ? (at >= 1 ? "flipAll" : "flipUp") : at <= 0 ? "flipZero" : "flipDown";
    const current = Math.round(flip.weight * 100) / 100;
    paragraphs.push(t(`decision:recommendation.${key}`, { criterion: criterion(flip.criterion), at, current, model: model(flip.newWinner) }));
  } else paragraphs.push(t("decision:recommendation.noFlip"));

  const close = flip?.flipsAt !== undefined && Math.abs(flip.flipsAt - flip.weight) < FRAGILE_WEIGHT_DISTANCE;
  const fragile = probabilityFirst < FRAGILE_PROBABILITY || close;
  if (fragile) paragraphs.push(t("decision:recommendation.fragile"), t("decision:recommendation.hybrid"));
  else paragraphs.push(t("decision:recommendation.robust"));

  if (result.missingSources.length > 0) {
    const sources = result.missingSources.map((s) => t(`decision:sources.${s}`)).join(", ");
    paragraphs.push(t("decision:recommendation.missing", { sources }));
  }
  return { fragile, paragraphs, text: paragraphs.join(" ") };
}
