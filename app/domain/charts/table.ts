// The data table behind a chart, shared by the HTML table beside it and the CSV download so
// the two can never disagree. One row per label; a one-row chart (a diverging yes/no bar) is
// turned on its side so each answer gets its own row. Count tables get a share column.
import type { ChartSpec } from "./spec";

export type TableValue = { value: number; unit: "count" | "share" | "hours" | "score" };
export type SpecTable = { header: string[]; rows: Array<{ label: string; values: TableValue[] }> };
export type TableHeadings = { label: string; share: string };

export function specTable(spec: ChartSpec, headings: TableHeadings): SpecTable {
  if (spec.suppressed) return { header: [], rows: [] };
  const unit = spec.unit ?? "count";
  const withShare = unit === "count" && spec.n > 0;
  const labelHeader = spec.labelHeader ?? headings.label;
  if (spec.labels.length === 1 && spec.datasets.length > 1) {
    const rows = spec.datasets.map((d) => ({ label: d.label, values: cells(d.data[0] ?? 0, unit, withShare, spec.n) }));
    return { header: [labelHeader, spec.labels[0] ?? "", ...(withShare ? [headings.share] : [])], rows };
  }
  const single = spec.datasets.length === 1;
  const header = [labelHeader, ...spec.datasets.map((d) => d.label), ...(spec.weights ? [spec.weightsLabel ?? ""] : []), ...(withShare && single ? [headings.share] : [])];
  const rows = spec.labels.map((label, i) => {
    const values: TableValue[] = spec.datasets.map((d) => ({ value: d.data[i] ?? 0, unit }));
    if (spec.weights) values.push({ value: spec.weights[i] ?? 0, unit: "count" });
    if (withShare && single) values.push({ value: (spec.datasets[0]?.data[i] ?? 0) / spec.n, unit: "share" });
    return { label, values };
  });
  return { header, rows };
}

function cells(value: number, unit: TableValue["unit"], withShare: boolean, n: number): TableValue[] {
  return withShare ? [{ value, unit }, { value: value / n, unit: "share" }] : [{ value, unit }];
}
