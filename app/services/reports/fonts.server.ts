// DejaVu Sans from the dejavu-fonts-ttf package: covers å ä ö æ ø and most names users type.
// Resolved from the working directory (CLI, tests, server all run from the repository root),
// falling back to Node's resolution from this module.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

function fontDir(): string {
  const fromCwd = path.resolve(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
  if (fs.existsSync(fromCwd)) return fromCwd;
  const pkg = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json");
  return path.join(path.dirname(pkg), "ttf");
}

let cached: { regular: string; bold: string; oblique: string } | undefined;

export function fontFiles() {
  if (cached) return cached;
  const dir = fontDir();
  cached = {
    regular: path.join(dir, "DejaVuSans.ttf"),
    bold: path.join(dir, "DejaVuSans-Bold.ttf"),
    oblique: path.join(dir, "DejaVuSans-Oblique.ttf"),
  };
  return cached;
}

export const FONT_FAMILY = "DejaVu Sans";
