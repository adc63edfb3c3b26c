// Importing a system inventory (CSV) into the organisation register, for the web page and the
// CLI alike. A file imports whole or not at all: one bad row and nothing is stored, and every
// bad row is returned by its line. Departments and business areas the file names are created
// when missing; a system that already exists (same name, any case) is updated, not duplicated.
import type { TFunction } from "i18next";
import { db } from "~/db/client.server";
import { audit } from "~/db/audit.server";
import { addBusinessArea, addDepartment, addSystem, listBusinessAreas, listDepartments, listSystemNames, setSystemAdministrators, updateSystem } from "~/db/organisation.server";
import { BUSINESS_AREAS, LOCALES, type BusinessArea, type Locale } from "~/domain/ids";
import { nameKey } from "~/domain/organisation/register";
import { parseSystemsCsv, type AreaNames, type SystemsCsvProblem } from "~/domain/organisation/systems-csv";
import { decodeTextUpload } from "~/services/uploads.server";
import type { Actor } from "./register.server";
import { areaName } from "./register.server";

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type SystemsImportSummary = {
  /** Systems in the file: created plus updated. */
  systems: number;
  created: number;
  updated: number;
  /** Departments and business areas created because the file named them. */
  departments: number;
  areas: number;
  /** Headers that matched no column. */
  ignored: string[];
};

export type SystemsImportOutcome = ({ ok: true } & SystemsImportSummary) | { ok: false; problems: SystemsCsvProblem[] };

/** A file that is not text at all (a workbook, a PDF) or empty: `code` is under organisation:import.errors. */
export class SystemsFileError extends Error {
  constructor(
    readonly code: "empty_file" | "binary_file" | "file_too_large",
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "SystemsFileError";
  }
}

export function decodeSystemsFile(bytes: Uint8Array): string {
  if (bytes.length > MAX_FILE_BYTES) throw new SystemsFileError("file_too_large", { max: MAX_FILE_BYTES / 1024 / 1024 });
  const decoded = decodeTextUpload(bytes);
  if (!decoded.ok) throw new SystemsFileError(decoded.code);
  return decoded.text;
}

/** The municipality's own area names first, then every language's name of every area. */
async function areaNames(municipalityId: number): Promise<AreaNames> {
  const own = (await listBusinessAreas({ municipalityId })).filter((a): a is typeof a & { code: BusinessArea } => (BUSINESS_AREAS as readonly string[]).includes(a.code));
  return [...own.map((a) => ({ code: a.code, names: [a.name] })), ...BUSINESS_AREAS.map((code) => ({ code, names: LOCALES.map((l) => areaName(code, l)) }))];
}

/**
 * Reads and stores the file in one transaction. `locale` names the areas the file creates
 * (the municipality's language).
 */
export async function importSystems(actor: Actor & { locale: Locale }, text: string): Promise<SystemsImportOutcome> {
  const { municipalityId } = actor;
  const parsed = parseSystemsCsv(text, await areaNames(municipalityId));
  if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems };
  return db().transaction(async (trx) => {
    const departments = new Map((await listDepartments({ municipalityId }, trx)).map((d) => [nameKey(d.name), Number(d.id)]));
    const areas = new Map((await listBusinessAreas({ municipalityId }, trx)).map((a) => [a.code, Number(a.id)]));
    const systems = new Map((await listSystemNames({ municipalityId }, trx)).map((s) => [nameKey(s.name), Number(s.id)]));
    const summary: SystemsImportSummary = { systems: parsed.rows.length, created: 0, updated: 0, departments: 0, areas: 0, ignored: parsed.ignored };

    const departmentId = async (name: string | null | undefined) => {
      if (name === undefined || name === null) return name;
      const known = departments.get(nameKey(name));
      if (known !== undefined) return known;
      const id = Number(await addDepartment({ municipalityId, name }, trx));
      departments.set(nameKey(name), id);
      summary.departments++;
      return id;
    };
    const areaId = async (code: BusinessArea | null | undefined) => {
      if (code === undefined || code === null) return code;
      const known = areas.get(code);
      if (known !== undefined) return known;
      const id = Number(await addBusinessArea({ municipalityId, code, name: areaName(code, actor.locale) }, trx));
      areas.set(code, id);
      summary.areas++;
      return id;
    };

    for (const row of parsed.rows) {
      const fields = { vendor: row.vendor, departmentId: await departmentId(row.department), businessAreaId: await areaId(row.area) };
      const existing = systems.get(nameKey(row.name));
      if (existing === undefined) {
        const id = await addSystem(
          { municipalityId, name: row.name, vendor: fields.vendor ?? undefined, departmentId: fields.departmentId ?? undefined, businessAreaId: fields.businessAreaId ?? undefined, administrators: row.administrators ?? [] },
          trx,
        );
        systems.set(nameKey(row.name), Number(id));
        summary.created++;
      } else {
        await updateSystem({ municipalityId, id: existing, ...fields }, trx);
        if (row.administrators) await setSystemAdministrators({ municipalityId, id: existing, labels: row.administrators }, trx);
        summary.updated++;
      }
    }
    const { ignored, ...counts } = summary;
    await audit({ municipalityId, userId: actor.userId, action: "organisation.import", target: "systems", detail: { ...counts, ignored } }, trx);
    return { ok: true as const, ...summary };
  });
}

/** A problem in the user's language, saying what to fix. */
export function importProblemMessage(t: TFunction, p: { code: string; params: Record<string, string | number> }): string {
  return t(`organisation:import.errors.${p.code}`, { ...p.params, defaultValue: p.code });
}
