// One chart, as plain data: the dashboards render it with Chart.js in the browser and the
// PDF report renders the same spec with Chart.js on a server-side canvas.

export type ChartKind =
  | "bar" // vertical bars, one or more datasets
  | "hbar" // horizontal bars (choices sorted by count)
  | "stacked" // stacked bars (e.g. volume per week by channel)
  | "diverging" // yes / no / both, scales: negative and positive sides of zero
  | "histogram" // numbers in buckets
  | "line" // a share or count over time
  | "matrix"; // a table-like heat grid (e.g. model × criterion): rendered as grouped bars

export type ChartDataset = { key: string; label: string; data: number[] };

export type ChartSpec = {
  id: string;
  kind: ChartKind;
  title: string;
  /** The finding in one sentence, e.g. "92 % need specific permissions". */
  caption: string;
  labels: string[];
  datasets: ChartDataset[];
  /** How many answers or tickets the figure rests on. */
  n: number;
  /** Where the figure comes from (survey, ticket export, interviews, estimate). */
  source: string;
  /** Values are shares 0..1 (shown as percentages) rather than counts. */
  unit?: "count" | "share" | "hours" | "score";
  /** True when the minimum group size hides the figure: no labels or data are present. */
  suppressed?: boolean;
};
