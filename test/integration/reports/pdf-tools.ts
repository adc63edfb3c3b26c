// Poppler's command-line tools, to read a PDF as a user's viewer would.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function withFile<T>(pdf: Uint8Array, run: (file: string) => T): T {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vagval-pdf-")), "report.pdf");
  fs.writeFileSync(file, pdf);
  try {
    return run(file);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** The text, with every run of white space (line breaks included) made one space. */
export const pdfText = (pdf: Uint8Array) => withFile(pdf, (f) => execFileSync("/usr/bin/pdftotext", [f, "-"], { encoding: "utf8" })).replace(/\s+/g, " ");
export const pdfFonts = (pdf: Uint8Array) => withFile(pdf, (f) => execFileSync("/usr/bin/pdffonts", [f], { encoding: "utf8" }));
export const pdfInfo = (pdf: Uint8Array) => withFile(pdf, (f) => execFileSync("/usr/bin/pdfinfo", [f], { encoding: "utf8" }));
export const pageCount = (pdf: Uint8Array) => Number(/Pages:\s+(\d+)/.exec(pdfInfo(pdf))?.[1] ?? 0);
export const oneLine = (s: string) => s.replace(/\s+/g, " ");
