// Slices of a recommendation that pages send to the browser: only what they show.
import { CRITERIA, SUPPORT_MODELS } from "~/domain/ids";
import type { Scores } from "~/domain/decision";
import type { MunicipalityRecommendation } from "./recommend.server";

/** What the browser needs to re-rank live: score values and uncertainties, and the simulation settings. */
export function liveModel(r: MunicipalityRecommendation) {
  const scores = Object.fromEntries(
    SUPPORT_MODELS.map((m) => [m, Object.fromEntries(CRITERIA.map((c) => [c, { value: r.scores[m][c].value, uncertainty: r.scores[m][c].uncertainty, evidence: [] as Scores["local"]["efficiency"]["evidence"] }]))]),
  ) as Scores;
  return { scores, simulation: r.simulation };
}

export const slimRanking = (r: MunicipalityRecommendation) => ({ ranking: r.ranking, weights: r.weights, weightSource: r.weightSource });
