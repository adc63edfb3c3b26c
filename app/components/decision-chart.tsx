import { useEffect, useRef } from "react";

// A bar chart drawn by Chart.js in the browser only (loaded on demand after hydration). The
// page always has a data table with the same numbers beside it, for screen readers and no-JS.
export type DecisionSeries = { label: string; values: (number | null)[]; color: string };

export function DecisionBarChart({ title, labels, series, max, percent }: { title: string; labels: string[]; series: DecisionSeries[]; max?: number; percent?: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const key = JSON.stringify({ labels, series, max, percent });
  useEffect(() => {
    let chart: { destroy: () => void } | undefined;
    let cancelled = false;
    void import("chart.js/auto").then(({ default: Chart }) => {
      if (cancelled || !canvas.current) return;
      // The height follows the number of bars; set here, as only the browser draws the chart
      // (without JavaScript the empty box takes no room).
      if (wrap.current) wrap.current.style.height = `${Math.max(12, labels.length * 2.4)}rem`;
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
    <div ref={wrap} className="decision-chart">
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
