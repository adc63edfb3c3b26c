// The minimum group size for figures. A figure resting on fewer answers (or tickets) than the
// threshold carries no labels, no data, no free text and not even its exact n: "fewer than 5"
// is all a reader learns, so a narrow filter cannot single a colleague out.
import { clampGroupSize } from "~/domain/surveys/aggregate-counts";
import type { ChartContext } from "./context";
import type { ChartSpec } from "./spec";

export const threshold = (ctx: ChartContext): number => clampGroupSize(ctx.minGroupSize);

/** A spec with the figure removed; title and source stay so the reader knows what is hidden. */
export function suppressedSpec(spec: Pick<ChartSpec, "id" | "kind" | "title" | "source">, ctx: ChartContext): ChartSpec {
  return {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    source: spec.source,
    caption: ctx.t("dashboard:suppressed", { min: threshold(ctx) }),
    labels: [],
    datasets: [],
    n: 0,
    suppressed: true,
  };
}

/**
 * The last word on every spec a builder returns: whatever the builder computed, a figure
 * under the threshold is replaced by its suppressed form. Builders call this once, at the end.
 */
export function guard(spec: ChartSpec, ctx: ChartContext): ChartSpec {
  return spec.suppressed || spec.n < threshold(ctx) ? suppressedSpec(spec, ctx) : spec;
}

/** Sum of the table behind a spec: the weights column if any, else every cell. */
export function tableTotal(spec: ChartSpec): number {
  if (spec.weights) return spec.weights.reduce((a, b) => a + b, 0);
  return spec.datasets.reduce((s, d) => s + d.data.reduce((a, b) => a + b, 0), 0);
}
