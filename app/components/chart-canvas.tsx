// Chart.js in the browser only: the module is imported in an effect, so the server renders a
// bare <canvas> (the data table beside it carries the figure without JavaScript). Fills are
// patterns over the palette colours, so a greyscale print still tells datasets apart.
import { useEffect, useRef, useState } from "react";
import type { ChartSpec } from "~/domain/charts/spec";
import { chartJsConfig } from "~/domain/charts/chartjs";
import { patternAt, type PatternName } from "~/domain/charts/palette";
import type { Locale } from "~/domain/ids";

type Props = { spec: ChartSpec; locale: Locale; onReady?: (canvas: HTMLCanvasElement | null) => void };

export function ChartCanvas({ spec, locale, onReady }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [height] = useState(() => chartHeight(spec));
  // Kept in a ref: a new callback from the parent must not redraw the chart.
  const ready = useRef(onReady);
  ready.current = onReady;
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    import("chart.js/auto").then(({ default: Chart }) => {
      const canvas = ref.current;
      if (cancelled || !canvas) return;
      const config = chartJsConfig(spec, locale);
      for (const d of config.data.datasets) (d as { backgroundColor: unknown }).backgroundColor = pattern(canvas, d.backgroundColor, patternAt(d.paletteIndex));
      // A white background, so a downloaded PNG is not transparent.
      const background = { id: "white", beforeDraw: (c: { ctx: CanvasRenderingContext2D; width: number; height: number }) => {
        c.ctx.save();
        c.ctx.fillStyle = "#ffffff";
        c.ctx.fillRect(0, 0, c.width, c.height);
        c.ctx.restore();
      } };
      chart = new Chart(canvas, { ...config, plugins: [background] } as never);
      ready.current?.(canvas);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [spec, locale]);
  return (
    <div className="chart-canvas" style={{ height }}>
      <canvas ref={ref} role="img" aria-label={spec.caption} />
    </div>
  );
}

/** Room for every label of a horizontal chart; a fixed height for the others. */
function chartHeight(spec: ChartSpec): number {
  if (spec.kind === "hbar" || (spec.kind === "diverging" && spec.labels.length > 1)) return Math.max(160, 48 + spec.labels.length * 28);
  if (spec.kind === "diverging") return 140;
  return 300;
}

function pattern(canvas: HTMLCanvasElement, colour: string, name: PatternName): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 10;
  const c = tile.getContext("2d");
  const ctx = canvas.getContext("2d");
  if (!c || !ctx) return colour;
  c.fillStyle = colour;
  c.fillRect(0, 0, 10, 10);
  c.strokeStyle = c.fillStyle = "rgba(255,255,255,0.85)";
  c.lineWidth = 2;
  c.beginPath();
  if (name === "diagonal") (c.moveTo(0, 10), c.lineTo(10, 0));
  if (name === "cross") (c.moveTo(0, 10), c.lineTo(10, 0), c.moveTo(0, 0), c.lineTo(10, 10));
  if (name === "vertical") (c.moveTo(5, 0), c.lineTo(5, 10));
  if (name === "horizontal") (c.moveTo(0, 5), c.lineTo(10, 5));
  if (name === "zigzag") (c.moveTo(0, 7), c.lineTo(5, 3), c.lineTo(10, 7));
  c.stroke();
  if (name === "dots") c.fillRect(4, 4, 2.5, 2.5);
  return ctx.createPattern(tile, "repeat") ?? colour;
}
