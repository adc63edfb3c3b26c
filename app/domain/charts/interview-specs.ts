// Coded interview excerpts → one diverging chart: each model × criterion cell that has
// evidence, pro to the right and con to the left. Counts are of excerpts, not people; the
// figure is still held back when it rests on fewer excerpts than the minimum group size, and
// in a filtered view (role, department) also when it rests on fewer interviewees than that:
// a filter must not single out one person's views.
import type { EvidenceCount } from "~/domain/interviews/coding";
import { fmt, sum, type ChartContext } from "./context";
import type { ChartSpec } from "./spec";
import { guard, suppressedSpec, threshold } from "./suppress";

export function interviewSpecs(counts: readonly EvidenceCount[], ctx: ChartContext, filtered?: { interviewees: number }): ChartSpec[] {
  const cells = counts.filter((c) => c.pro + c.con > 0);
  const n = sum(cells.map((c) => c.pro + c.con));
  const perModel = new Map<string, { pro: number; con: number }>();
  for (const c of cells) {
    const m = perModel.get(c.model) ?? { pro: 0, con: 0 };
    perModel.set(c.model, { pro: m.pro + c.pro, con: m.con + c.con });
  }
  const models = [...perModel];
  const mostPro = [...models].sort((a, b) => b[1].pro - a[1].pro)[0];
  const mostCon = [...models].sort((a, b) => b[1].con - a[1].con)[0];
  const model = (m: string) => ctx.t(`decision:models.${m}.label`);
  const spec: ChartSpec = {
    id: "interviews-matrix",
    kind: "diverging",
    title: ctx.t("dashboard:titles.interviews"),
    caption: ctx.t("dashboard:captions.interviews", {
      pro: fmt(ctx).n(sum(cells.map((c) => c.pro)), 0),
      con: fmt(ctx).n(sum(cells.map((c) => c.con)), 0),
      proModel: mostPro ? model(mostPro[0]) : "",
      conModel: mostCon ? model(mostCon[0]) : "",
    }),
    labels: cells.map((c) => ctx.t("dashboard:cell", { model: model(c.model), criterion: ctx.t(`decision:criteria.${c.criterion}.label`) })),
    labelHeader: ctx.t("dashboard:table.modelCriterion"),
    datasets: [
      { key: "pro", label: ctx.t("dashboard:table.pro"), data: cells.map((c) => c.pro), side: 1 },
      { key: "con", label: ctx.t("dashboard:table.con"), data: cells.map((c) => c.con), side: -1 },
    ],
    n,
    source: ctx.t("dashboard:sources.interviews"),
    unit: "count",
  };
  if (filtered && filtered.interviewees < threshold(ctx)) return [suppressedSpec(spec, ctx)];
  return [guard(spec, ctx)];
}
