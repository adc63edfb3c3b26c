// One chart, as plain data: the dashboards render it with Chart.js in the browser and the
// PDF report renders the same spec with Chart.js on a server-side canvas.
//
// The data table beside a chart is read from the same spec: one row per label, one column per
// dataset, plus a `weights` column when the values are shares or means of different bases.
// Every field added after the first version is optional, so older renderers keep working.

import type { TextCount } from "~/domain/surveys/aggregate-counts";

export type ChartKind =
  | "bar" // vertical bars, one or more datasets
  | "hbar" // horizontal bars (choices sorted by count)
  | "stacked" // stacked bars (e.g. volume per week by channel)
  | "diverging" // yes / no / both, scales: negative and positive sides of zero
  | "histogram" // numbers in buckets
  | "line" // a share or count over time
  | "matrix"; // a table-like heat grid (e.g. model × criterion): rendered as grouped bars

export type ChartDataset = {
  key: string;
  label: string;
  data: number[];
  /** Diverging charts: -1 drawn left of zero (no, con), 1 right (yes, pro), 0 neutral (centred). */
  side?: -1 | 0 | 1;
};

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
  /** Heading of the table's first column (what a label is: option, week, area …). */
  labelHeader?: string;
  /**
   * The count behind each label when the values are shares (e.g. tickets per month behind a
   * monthly share); shown as an extra table column and summing to `n`.
   */
  weights?: number[];
  weightsLabel?: string;
  /** One respondent may stand behind several labels (multiple choice): counts sum to ≥ n. */
  multi?: boolean;
  /** Free texts behind the figure ("other, namely …"), each distinct one with its count, shown only when not suppressed. */
  texts?: TextCount[];
  /** Distinct texts left off the page (the CSV download of the texts has them all). */
  moreTexts?: number;
};

/** Free-text answers to one question, listed (never charted); hidden like a chart when few. */
export type TextListSpec = {
  id: string;
  title: string;
  /** Respondents who wrote something. */
  n: number;
  source: string;
  /** Each distinct text once with how many wrote it, most frequent first. */
  texts: TextCount[];
  /** Distinct texts left off the page (the CSV download has them all), and the answers behind them. */
  moreTexts?: number;
  moreTextsAnswers?: number;
  suppressed?: boolean;
};
