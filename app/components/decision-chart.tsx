import { useEffect, useRef } from "react";

// A bar chart drawn by Chart.js in the browser only (loaded on demand after hydration). The
// page always has a data table with the same numbers beside it, for screen readers and no-JS.
export type DecisionSeries = { label: string; values: (number | null)[]; color: string };

export function DecisionBarChart({ title, labels, series, max, percent }: { title: string; labels: string[]; series: DecisionSeries[]; max?: number; percent?: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify({ labels, series, max, percent });
  useEffect(() => {
    let chart: { destroy: () => void } | undefined;
    let cancelled = false;
    void import("chart.js/auto").then(({ default: Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: "bar",
        data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color })) },
        options: {
          indexAxis: "y",
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { x: { min: 0, max, ticks: percent ? { callback: (v) => `${Math.round(Number(v) * 100)} %` } : {} } },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
    // The serialised key stands for every input: redraw only when the numbers change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (
    <div style={{ position: "relative", height: `${Math.max(12, labels.length * 2.4)}rem`, maxWidth: "48rem" }}>
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
