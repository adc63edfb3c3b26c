// The one place a municipality's recommendation is computed: the decision pages, the CLI
// (`vagval recommend`) and the report all call recommendFor, so they show the same numbers.
import type { Criterion, SupportModel } from "~/domain/ids";
import { MC_DEFAULTS, normalise, recommend, type Override, type RecommendResult } from "~/domain/decision";
import { municipalitySlug } from "~/db/decision.server";
import { listOverrides, type OverrideRow } from "~/db/decision-overrides.server";
import { gatherEvidenceWithOrigin, type EvidenceOrigin } from "./evidence.server";
import { weightState, type WeightSource } from "./weights.server";

export interface RecommendForInput {
  municipalityId: number;
  /** Weights to try instead of the assessment's (a preview, the CLI's --weights); normalised here. */
  weightsOverride?: Partial<Record<Criterion, number>>;
  seed?: number;
  draws?: number;
}

export type MunicipalityRecommendation = RecommendResult & {
  municipality: string;
  weightSource: WeightSource;
  /** Where the pages link for each source (not part of the CLI JSON contract, but harmless). */
  origin: EvidenceOrigin;
};

/** The newest override per cell; one without a value means the cell went back to computed. */
export function currentOverrides(rows: readonly OverrideRow[]): Override[] {
  const latest = new Map<string, OverrideRow>();
  for (const r of rows) latest.set(`${r.model}:${r.criterion}`, r);
  return [...latest.values()].flatMap((r) =>
    r.value === null ? [] : [{ model: r.model as SupportModel, criterion: r.criterion as Criterion, value: r.value, reason: r.reason }]);
}

export async function recommendFor(input: RecommendForInput): Promise<MunicipalityRecommendation> {
  const { municipalityId } = input;
  const [slug, state, gathered] = await Promise.all([
    municipalitySlug({ municipalityId }),
    weightState({ municipalityId }),
    gatherEvidenceWithOrigin({ municipalityId }),
  ]);
  if (!slug) throw new Response("Not found", { status: 404 });
  const overrides = currentOverrides(await listOverrides({ municipalityId, assessmentId: state.assessmentId }));
  const weights = input.weightsOverride ? normalise(input.weightsOverride) : state.weights;
  const result = recommend({
    weights,
    evidence: gathered.evidence,
    overrides,
    seed: input.seed ?? MC_DEFAULTS.seed,
    draws: input.draws ?? MC_DEFAULTS.draws,
    concentration: state.concentration,
  });
  return {
    municipality: slug,
    ...result,
    weightSource: input.weightsOverride ? { kind: "custom" } : state.source,
    origin: gathered.origin,
  };
}
