// ChartSpec → PNG with Chart.js on a server-side canvas (@napi-rs/canvas): the PDF's charts
// are drawn from the very specs, and the very Chart.js configuration, the dashboards use.
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import { Chart, registerables, type ChartConfiguration } from "chart.js";
import type { ChartSpec } from "~/domain/charts/spec";
import { chartJsConfig } from "~/domain/charts/chartjs";
import type { Locale } from "~/domain/ids";
import { FONT_FAMILY, fontFiles } from "./fonts.server";

let ready = false;
function setUp() {
  if (ready) return;
  Chart.register(...registerables);
  const files = fontFiles();
  GlobalFonts.registerFromPath(files.regular, FONT_FAMILY);
  GlobalFonts.registerFromPath(files.bold, FONT_FAMILY);
  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.color = "#222222";
  ready = true;
}

// Paints the canvas white first: a transparent PNG shows as black in some PDF viewers.
const whiteBackground = {
  id: "whiteBackground",
  beforeDraw(chart: Chart) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

export type ChartImageOptions = { width: number; height: number; scale?: number; locale: Locale };

/**
 * Image bytes of one chart; `width`/`height` in CSS pixels, drawn at `scale` for sharpness.
 * PNG by default; the PDF asks for JPEG, which pdfkit embeds as it is, while a PNG it would
 * decode and compress again (most of a report's drawing time).
 */
export function renderChartPng(spec: ChartSpec, opts: ChartImageOptions & { format?: "png" | "jpeg" }): Buffer {
  setUp();
  const scale = opts.scale ?? 2;
  const canvas = createCanvas(opts.width * scale, opts.height * scale);
  // The dashboard's own configuration, made static: no animation, fixed size, sharp pixels.
  const config = chartJsConfig(spec, opts.locale);
  const options = { ...config.options, animation: false, responsive: false, maintainAspectRatio: false, devicePixelRatio: scale };
  // Chart.js sizes the chart from the canvas: tell it the CSS size, it multiplies by the ratio.
  Object.assign(canvas, { style: {} });
  const chart = new Chart(canvas.getContext("2d") as unknown as CanvasRenderingContext2D, {
    ...(config as unknown as ChartConfiguration),
    options: options as ChartConfiguration["options"],
    plugins: [whiteBackground],
  });
  chart.resize(opts.width, opts.height);
  chart.update("none");
  const image = opts.format === "jpeg" ? canvas.toBuffer("image/jpeg", 92) : canvas.toBuffer("image/png");
  chart.destroy();
  return image;
}
