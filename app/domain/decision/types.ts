// Shared shapes of the decision model. Identifiers come from ~/domain/ids; the JSON shape
// of a recommendation is fixed by DESIGN.md ("recommend"): fields may be added, never renamed.
import type { Criterion, SupportModel } from "~/domain/ids";

export type Weights = Record<Criterion, number>;
export type Grid<T> = Record<SupportModel, Record<Criterion, T>>;

/** A citation behind a baseline score: `ref` names the document and section. */
export interface SourceRef {
  ref: string;
  note: string;
}

/** One baseline cell: score 0–100 (higher is always better), sd in points, its sources. */
export interface BaselineCell {
  value: number;
  uncertainty: number;
  sources: SourceRef[];
}

/** Where a municipality's own evidence comes from; also the names `missingSources` reports. */
export const EVIDENCE_SOURCES = ["tickets", "bus_factor", "cluster_gini", "survey", "interviews"] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** One adjustment of one cell by the municipality's own data. `code` + `params` translate as
 * `decision:evidence.<code>`; `detail` is the same fact as a compact, language-neutral string. */
export interface EvidenceAdjustment {
  model: SupportModel;
  criterion: Criterion;
  source: EvidenceSource;
  code: string;
  params: Record<string, number | string>;
  detail: string;
  delta: number;
}

/** A human judgement that replaces a computed score, with the reason recorded. */
export interface Override {
  model: SupportModel;
  criterion: Criterion;
  value: number;
  reason: string;
}

/** One line of evidence shown beside a score: baseline source, adjustment or override. */
export interface EvidenceEntry {
  source: string;
  detail: string;
  delta?: number;
  code?: string;
  params?: Record<string, number | string>;
}

export interface ScoreCell {
  value: number;
  uncertainty: number;
  evidence: EvidenceEntry[];
}
export type Scores = Grid<ScoreCell>;

export interface RankedModel {
  model: SupportModel;
  score: number;
  probabilityFirst: number;
}

/** Where varying one criterion's weight (others rescaled proportionally) changes the winner. */
export interface SensitivityEntry {
  criterion: Criterion;
  weight: number;
  flipsAt?: number;
  newWinner?: SupportModel;
  direction?: "up" | "down";
}

/** A criterion on which a model clearly differs from the mean of the other models. */
export interface ProCon {
  criterion: Criterion;
  difference: number;
  weighted: number;
  evidence?: EvidenceEntry;
}

export interface RecommendResult {
  weights: Weights;
  ranking: RankedModel[];
  /** value, its uncertainty (sd) and the evidence behind it, strongest first. */
  scores: Scores;
  sensitivity: SensitivityEntry[];
  pros: Record<SupportModel, ProCon[]>;
  cons: Record<SupportModel, ProCon[]>;
  missingSources: EvidenceSource[];
  simulation: { draws: number; seed: number; concentration: number };
}
