// Reading a municipality's system inventory from CSV (most keep it in Excel): one row per system
// with its name, vendor, department, business area and administrators. Headers may be written in
// Swedish, Norwegian (bokmål, nynorsk) or English; the business area may be its code or its name.
// Pure: the caller decodes the bytes, supplies the area names and stores the rows. Every problem
// is returned with the file's line number, so a file can be rejected whole and fixed in one go.
import { BUSINESS_AREAS, type BusinessArea } from "~/domain/ids";
import { parseCsvText } from "~/domain/surveys/import/csv";
import { normalise } from "~/domain/surveys/import/match";
import { ADMINISTRATORS_MAX, LABEL_MAX, NAME_MAX, administratorLabels, cleanName, nameKey } from "./register";

export const SYSTEM_COLUMNS = ["name", "vendor", "department", "business_area", "administrators"] as const;
export type SystemColumn = (typeof SYSTEM_COLUMNS)[number];

/** Header names accepted for each column (compared without case, spaces or punctuation). */
export const COLUMN_NAMES: Record<SystemColumn, readonly string[]> = {
  name: ["name", "system", "system name", "namn", "systemnamn", "verksamhetssystem", "navn", "systemnavn", "fagsystem"],
  vendor: ["vendor", "supplier", "leverantör", "leverandør"],
  department: ["department", "förvaltning", "sektor", "avdeling", "avdelning", "etat", "kommunalområde"],
  business_area: ["business_area", "business area", "area", "verksamhetsområde", "område", "tjenesteområde", "tenesteområde", "virksomhetsområde", "verksemdsområde"],
  administrators: ["administrators", "administrator", "admins", "förvaltare", "systemförvaltare", "administratörer", "forvaltere", "systemforvaltere", "forvaltarar", "systemforvaltarar", "administratorer"],
};

export const MAX_ROWS = 5000;

/** A problem with the file or one of its rows; `code` is translated by the caller. */
export type SystemsCsvProblem = { line: number; code: string; params: Record<string, string | number> };

/**
 * One system from the file. A field is undefined when the file has no such column (the stored
 * value is then left as it is), null when the column is there but the cell is empty.
 */
export type SystemsCsvRow = {
  line: number;
  name: string;
  vendor?: string | null;
  department?: string | null;
  area?: BusinessArea | null;
  administrators?: string[];
};

export type SystemsCsv = {
  rows: SystemsCsvRow[];
  problems: SystemsCsvProblem[];
  /** The columns the file has. */
  columns: SystemColumn[];
  /** Headers that matched no column; their cells are not read. */
  ignored: string[];
};

/** Names a business area is known by, in the order they are tried (the first match wins). */
export type AreaNames = ReadonlyArray<{ code: BusinessArea; names: readonly string[] }>;

const COLUMN_BY_HEADER = new Map<string, SystemColumn>(SYSTEM_COLUMNS.flatMap((c) => COLUMN_NAMES[c].map((n) => [normalise(n), c] as const)));

export function columnOfHeader(header: string): SystemColumn | undefined {
  return COLUMN_BY_HEADER.get(normalise(header));
}

/** The area a cell names: its code ("elderly_care", "Elderly care") or one of its names, else null. */
export function findArea(value: string, areaNames: AreaNames): BusinessArea | null {
  const n = normalise(value);
  if (n === "") return null;
  const byCode = BUSINESS_AREAS.find((code) => normalise(code) === n);
  if (byCode) return byCode;
  return areaNames.find((a) => a.names.some((name) => normalise(name) === n))?.code ?? null;
}

/** Reads and checks the whole file. Rows with problems are left out of `rows`. */
export function parseSystemsCsv(text: string, areaNames: AreaNames): SystemsCsv {
  const parsed = parseCsvText(text);
  const [header, ...records] = parsed.records;
  const headerLine = parsed.lines[0] ?? 1;
  if (!header || header.every((h) => h.trim() === "")) return { rows: [], problems: [{ line: 1, code: "empty_file", params: {} }], columns: [], ignored: [] };

  const problems: SystemsCsvProblem[] = [];
  const index = new Map<SystemColumn, number>();
  const ignored: string[] = [];
  header.forEach((h, i) => {
    const column = columnOfHeader(h);
    if (!column) {
      if (h.trim() !== "") ignored.push(h.trim());
      return;
    }
    if (index.has(column)) problems.push({ line: headerLine, code: "duplicate_column", params: { header: h.trim(), first: header[index.get(column)!]!.trim() } });
    else index.set(column, i);
  });
  if (!index.has("name")) problems.push({ line: headerLine, code: "missing_name_column", params: { names: COLUMN_NAMES.name.slice(0, 4).join(", ") } });
  const columns = SYSTEM_COLUMNS.filter((c) => index.has(c));
  if (problems.length > 0) return { rows: [], problems, columns, ignored };
  const filled = (record: string[]) => record.some((cell) => cell.trim() !== "");
  if (records.filter(filled).length > MAX_ROWS) return { rows: [], problems: [{ line: headerLine, code: "too_many_rows", params: { max: MAX_ROWS } }], columns, ignored };

  const rows: SystemsCsvRow[] = [];
  const firstLine = new Map<string, number>();
  records.forEach((record, r) => {
    const line = parsed.lines[r + 1] ?? r + 2;
    // Excel writes the empty rows below a table as ";;;;": they are not systems.
    if (!filled(record)) return;
    const cell = (c: SystemColumn): string | undefined => (index.has(c) ? cleanName(record[index.get(c)!] ?? "") : undefined);
    const rowProblems: SystemsCsvProblem[] = [];
    const problem = (code: string, params: Record<string, string | number> = {}) => rowProblems.push({ line, code, params });

    const name = cell("name") ?? "";
    if (name === "") problem("name_missing");
    else if (name.length > NAME_MAX) problem("name_too_long", { max: NAME_MAX });
    else if (firstLine.has(nameKey(name))) problem("duplicate_name", { name, first: firstLine.get(nameKey(name))! });
    else firstLine.set(nameKey(name), line);

    const optional = (c: "vendor" | "department", code: string): string | null | undefined => {
      const value = cell(c);
      if (value === undefined) return undefined;
      if (value.length > NAME_MAX) problem(code, { max: NAME_MAX });
      return value === "" ? null : value;
    };
    const vendor = optional("vendor", "vendor_too_long");
    const department = optional("department", "department_too_long");

    const areaText = cell("business_area");
    let area: BusinessArea | null | undefined;
    if (areaText !== undefined) {
      area = areaText === "" ? null : findArea(areaText, areaNames);
      if (areaText !== "" && area === null) problem("unknown_area", { value: areaText, codes: BUSINESS_AREAS.join(", ") });
    }

    const adminText = index.has("administrators") ? (record[index.get("administrators")!] ?? "") : undefined;
    const administrators = adminText === undefined ? undefined : administratorLabels(adminText, "semicolons");
    if (administrators?.some((a) => a.length > LABEL_MAX)) problem("administrator_too_long", { max: LABEL_MAX });
    if (administrators && administrators.length > ADMINISTRATORS_MAX) problem("too_many_administrators", { max: ADMINISTRATORS_MAX });

    if (rowProblems.length > 0) problems.push(...rowProblems);
    else rows.push({ line, name, ...(vendor !== undefined ? { vendor } : {}), ...(department !== undefined ? { department } : {}), ...(area !== undefined ? { area } : {}), ...(administrators ? { administrators } : {}) });
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ line: headerLine, code: "no_rows", params: {} });
  return { rows, problems, columns, ignored };
}
