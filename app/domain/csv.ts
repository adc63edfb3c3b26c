// The one CSV writer every export uses (interviews, survey results, tickets, report).
//
// Two dialects:
// - "standard": RFC 4180 — `,` delimiter, `.` decimals, UTF-8 without BOM, CRLF records.
//   For scripts, R, pandas and other tools.
// - "excel": what a spreadsheet in the user's locale opens by double-click. For sv/nb/nn that is
//   `;` delimiter and decimal comma (Swedish and Norwegian Excel use comma as list separator
//   only when the decimal is a dot); for en `,` and `.`. Always with a UTF-8 BOM (without it,
//   Excel reads the file as Windows-1252 and breaks å, ä, ö, æ, ø) and CRLF.
//
// Formula injection (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`, `@`,
// tab or carriage return is prefixed with `'`, so a spreadsheet shows it as text instead of
// running it. This applies to every text cell, headers included. Numbers passed as `number`
// are written as numbers and never prefixed: -5 stays -5. The *string* "-5" is neutralised to
// "'-5", because a text cell cannot be told apart from the start of a formula.
import type { Locale } from "~/domain/ids";

export type CsvKind = "standard" | "excel";

export interface CsvDialect {
  readonly kind: CsvKind;
  readonly delimiter: "," | ";";
  readonly decimal: "." | ",";
  readonly bom: boolean;
  readonly newline: "\r\n";
}

export type CsvCell = string | number | boolean | null | undefined | Date;

const BOM = "\uFEFF";
const DECIMAL_COMMA_LOCALES: readonly Locale[] = ["sv", "nb", "nn"];
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvDialect(kind: CsvKind, locale: Locale): CsvDialect {
  if (kind === "standard") return { kind, delimiter: ",", decimal: ".", bom: false, newline: "\r\n" };
  const comma = DECIMAL_COMMA_LOCALES.includes(locale);
  return { kind, delimiter: comma ? ";" : ",", decimal: comma ? "," : ".", bom: true, newline: "\r\n" };
}

/** What goes before the first line: the BOM for Excel, nothing otherwise. */
export function csvPreamble(dialect: CsvDialect): string {
  return dialect.bom ? BOM : "";
}

/** One record, newline included, so large exports can stream `preamble + line + line …`. */
export function csvLine(cells: readonly CsvCell[], dialect: CsvDialect): string {
  return cells.map((cell) => quote(cellText(cell, dialect), dialect)).join(dialect.delimiter) + dialect.newline;
}

/** A whole file in memory: preamble followed by one line per row. */
export function formatCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  return csvPreamble(dialect) + rows.map((row) => csvLine(row, dialect)).join("");
}

/** Prefixes a text that a spreadsheet would otherwise treat as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return numberText(cell, dialect);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  if (cell instanceof Date) return dateText(cell, dialect);
  return neutraliseFormula(cell);
}

function numberText(n: number, dialect: CsvDialect): string {
  // NaN and ±Infinity have no meaning in a spreadsheet: an empty cell says "no value".
  if (!Number.isFinite(n)) return "";
  const text = String(n);
  return dialect.decimal === "," ? text.replace(".", ",") : text;
}

function dateText(d: Date, dialect: CsvDialect): string {
  if (Number.isNaN(d.getTime())) return "";
  const iso = d.toISOString();
  // Excel recognises "2024-10-09 11:02:03" as a date-time in every locale; "T…Z" it does not.
  // Both forms are UTC: the domain has no time zone, the caller converts if it needs one.
  return dialect.kind === "excel" ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : iso;
}

function quote(text: string, dialect: CsvDialect): string {
  const needsQuotes = text.includes(dialect.delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
