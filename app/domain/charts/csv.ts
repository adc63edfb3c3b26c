// A chart's data as CSV, through the one CSV writer (formula-safe). Swedish and Norwegian
// readers get Excel's dialect (`;`, decimal comma, BOM); English readers the standard one.
import { csvDialect, formatCsv, type CsvCell } from "~/domain/csv";
import type { Locale } from "~/domain/ids";
import type { ChartSpec } from "./spec";
import type { TextCount } from "./texts";
import { specTable, type TableHeadings } from "./table";

// Four decimals keep shares exact to a hundredth of a percent without float noise.
const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function specCsv(spec: ChartSpec, locale: Locale, headings: TableHeadings): string {
  const dialect = csvDialect(locale === "en" ? "standard" : "excel", locale);
  const table = specTable(spec, headings);
  const rows: CsvCell[][] = [table.header, ...table.rows.map((r) => [r.label, ...r.values.map((v) => round(v.value))])];
  return formatCsv(rows, dialect);
}

/** Free texts as CSV: every distinct text with its count, in the page's order. */
export function textsCsv(texts: readonly TextCount[], locale: Locale, headings: { text: string; count: string }): string {
  const dialect = csvDialect(locale === "en" ? "standard" : "excel", locale);
  return formatCsv([[headings.text, headings.count], ...texts.map((x) => [x.text, x.count])], dialect);
}

/** A file name from the chart id: ASCII only, safe in a Content-Disposition header. */
export const specFileName = (spec: Pick<ChartSpec, "id">): string => `${spec.id.replace(/[^a-z0-9_-]/gi, "-")}.csv`;
