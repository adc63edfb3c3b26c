// A ChartSpec as a Chart.js configuration (plain objects, no Chart.js import), shared by the
// browser component and a server-side renderer. Colours come from the palette; the browser
// swaps them for patterns. Diverging charts put "no"/"con" left of zero, "yes"/"pro" right,
// and split a neutral answer evenly across zero (the usual Likert layout).
import type { Locale } from "~/domain/ids";
import { formatNumber, formatPercent } from "~/i18n/format";
import { colourAt } from "./palette";
import type { ChartSpec } from "./spec";

export type PlainDataset = { label: string; data: number[]; backgroundColor: string; borderColor: string; borderWidth: number; paletteIndex: number; legend: boolean; fill?: boolean; /** A neutral answer split across zero: the tooltip shows the whole. */ factor?: number };
export type PlainChartConfig = { type: "bar" | "line"; data: { labels: string[]; datasets: PlainDataset[] }; options: Record<string, unknown> };

export function chartJsConfig(spec: ChartSpec, locale: Locale): PlainChartConfig {
  const share = spec.unit === "share";
  const value = (v: number) => (share ? formatPercent(locale, v) : formatNumber(locale, Math.abs(v)));
  const horizontal = spec.kind === "hbar" || spec.kind === "diverging";
  const stacked = spec.kind === "stacked" || spec.kind === "diverging";
  const datasets = spec.kind === "diverging" ? divergingDatasets(spec) : spec.datasets.map((d, i) => dataset(d.label, d.data, i, true));
  const valueAxis = { stacked, beginAtZero: true, ...(share ? { max: 1 } : {}), ticks: { callback: (v: number) => value(v) } };
  const labelAxis = { stacked, ticks: { autoSkip: true } };
  return {
    type: spec.kind === "line" ? "line" : "bar",
    data: { labels: spec.labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? "y" : "x",
      ...(spec.kind === "histogram" ? { datasets: { bar: { barPercentage: 1, categoryPercentage: 1 } } } : {}),
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        legend: { display: datasets.filter((d) => d.legend).length > 1, labels: { filter: (item: { datasetIndex: number }) => datasets[item.datasetIndex]?.legend !== false } },
        tooltip: { callbacks: { label: (item: { dataset: { label: string; factor?: number }; raw: number }) => `${item.dataset.label}: ${value(item.raw * (item.dataset.factor ?? 1))}` } },
      },
    },
  };
}

function dataset(label: string, data: number[], i: number, legend: boolean): PlainDataset {
  const colour = colourAt(i);
  return { label, data, backgroundColor: colour, borderColor: colour, borderWidth: 1, paletteIndex: i, legend };
}

function divergingDatasets(spec: ChartSpec): PlainDataset[] {
  const out: PlainDataset[] = [];
  spec.datasets.forEach((d, i) => {
    const side = d.side ?? 1;
    if (side === 0) {
      // Half left, half right of zero; only one half appears in the legend.
      out.push({ ...dataset(d.label, d.data.map((v) => -v / 2), i, false), factor: 2 }, { ...dataset(d.label, d.data.map((v) => v / 2), i, true), factor: 2 });
    } else out.push(dataset(d.label, d.data.map((v) => side * v), i, true));
  });
  return out;
}
