// The organisation register's changes from the web (and the same rules for the CLI): add,
// rename and delete departments, add and delete business areas, add, edit and delete systems
// with their administrators. Each change and its audit entry are one transaction; a deletion
// can be undone right after by whoever deleted (docs/decisions/050-undo.md). Error
// messages are keys in the organisation namespace, by form field.
import { z } from "zod";
import type { Knex } from "knex";
import { db } from "~/db/client.server";
import { audit } from "~/db/audit.server";
import {
  addBusinessArea,
  addDepartment,
  addSystem,
  listBusinessAreas,
  listDepartments,
  listRegisteredSystems,
  listSystemNames,
  renameDepartment,
  restoreSystem,
  restoreUnit,
  setSystemAdministrators,
  takeSystem,
  takeUnit,
  updateSystem,
  type TakenSystem,
  type TakenUnit,
} from "~/db/organisation.server";
import { deleteWithUndo, undoDeleted } from "~/services/undo.server";
import { BUSINESS_AREAS, type BusinessArea, type Locale } from "~/domain/ids";
import { ADMINISTRATORS_MAX, LABEL_MAX, NAME_MAX, administratorLabels, cleanName, nameKey } from "~/domain/organisation/register";
import { resources } from "~/i18n/resources";

export type Actor = { municipalityId: number; userId: number | null };
export type Errors = Record<string, string>;
export type { FormOutcome as Outcome } from "~/services/forms.server";
import type { FormOutcome as Outcome } from "~/services/forms.server";

const name = (error: string) =>
  z
    .string({ error })
    .transform(cleanName)
    .pipe(z.string().min(1, { error }).max(NAME_MAX, { error: "errors.nameTooLong" }));
const optionalText = z
  .string()
  .optional()
  .default("")
  .transform(cleanName)
  .pipe(z.string().max(NAME_MAX, { error: "errors.nameTooLong" }));
const optionalId = (error: string) =>
  z
    .string()
    .optional()
    .default("")
    .transform((s) => (s.trim() === "" ? null : Number(s)))
    .pipe(z.number({ error }).int({ error }).positive({ error }).nullable());

export const departmentSchema = z.object({ name: name("errors.departmentName") });

export const areaSchema = z.object({
  code: z.enum(BUSINESS_AREAS, { error: "errors.areaCode" }),
  name: optionalText,
});

export const systemSchema = z.object({
  name: name("errors.systemName"),
  vendor: optionalText,
  departmentId: optionalId("errors.departmentGone"),
  areaId: optionalId("errors.areaGone"),
  administrators: z
    .string()
    .optional()
    .default("")
    .transform((s) => administratorLabels(s, "lines"))
    .pipe(z.array(z.string().max(LABEL_MAX, { error: "errors.administratorTooLong" })).max(ADMINISTRATORS_MAX, { error: "errors.tooManyAdministrators" })),
});

export type SystemInput = z.output<typeof systemSchema>;

/** The area's translated name, used when none is given. */
export const areaName = (code: BusinessArea, locale: Locale): string => resources[locale].common.areas[code];

/** Everything the organisation page shows. */
export async function organisationRegister({ municipalityId }: { municipalityId: number }) {
  const [departments, areas, systems] = await Promise.all([listDepartments({ municipalityId }), listBusinessAreas({ municipalityId }), listRegisteredSystems({ municipalityId })]);
  const count = (pick: (s: (typeof systems)[number]) => number | null) => (id: number) => systems.filter((s) => pick(s) === id).length;
  const inDepartment = count((s) => s.departmentId);
  const inArea = count((s) => s.areaId);
  return {
    departments: departments.map((d) => ({ id: Number(d.id), name: d.name, systems: inDepartment(Number(d.id)) })),
    areas: areas.map((a) => ({ id: Number(a.id), code: a.code, name: a.name, systems: inArea(Number(a.id)) })),
    systems,
  };
}

const taken = (names: Array<{ id: number; name: string }>, wanted: string, except?: number) => names.some((n) => nameKey(n.name) === nameKey(wanted) && Number(n.id) !== except);

export async function addDepartmentTo(actor: Actor, input: { name: string }): Promise<Outcome<{ id: number }>> {
  return db().transaction(async (trx) => {
    if (taken(await listDepartments(actor, trx), input.name)) return { ok: false as const, errors: { name: "errors.departmentExists" } };
    const id = await addDepartment({ municipalityId: actor.municipalityId, name: input.name }, trx);
    await audit({ ...actor, action: "organisation.department.add", target: input.name }, trx);
    return { ok: true as const, id: Number(id) };
  });
}

export async function renameDepartmentOf(actor: Actor, input: { id: number; name: string }): Promise<Outcome<{ from: string }>> {
  return db().transaction(async (trx) => {
    const departments = await listDepartments(actor, trx);
    const current = departments.find((d) => Number(d.id) === input.id);
    if (!current) return { ok: false as const, notFound: true as const };
    if (taken(departments, input.name, input.id)) return { ok: false as const, errors: { name: "errors.departmentExists" } };
    await renameDepartment({ municipalityId: actor.municipalityId, id: input.id, name: input.name }, trx);
    await audit({ ...actor, action: "organisation.department.rename", target: input.name, detail: { from: current.name } }, trx);
    return { ok: true as const, from: current.name };
  });
}

/** Who deletes, and so who alone can undo it. */
export type Deleter = { municipalityId: number; userId: number };

export const DEPARTMENT_UNDO = "organisation_department";
export const AREA_UNDO = "organisation_area";
export const SYSTEM_UNDO = "organisation_system";

/** Deletes a department (its systems stay, without one), remembering it for undo. */
export async function deleteDepartmentOf(actor: Deleter, { id }: { id: number }): Promise<Outcome<{ name: string; undoId: number }>> {
  let taken: TakenUnit | undefined;
  const undoId = await deleteWithUndo<TakenUnit>(
    { ...actor, kind: DEPARTMENT_UNDO, audit: (p) => ({ action: "organisation.department.delete", target: p.unit.name, detail: { id: p.unit.id, systems: p.systems.length } }) },
    async (trx) => (taken = await takeUnit(trx, "department", { municipalityId: actor.municipalityId, id })),
  );
  return undoId === undefined || !taken ? { ok: false, notFound: true } : { ok: true, name: taken.unit.name, undoId };
}

/** Restores a deleted department and the links of the systems that lost it (audited). */
export function undoDepartmentDelete(actor: Deleter, id: number | undefined) {
  return undoDeleted<TakenUnit>(
    { ...actor, kind: DEPARTMENT_UNDO, id, audit: (p) => ({ action: "organisation.department.undo", target: p.unit.name, detail: { id: p.unit.id } }) },
    (trx, p) => restoreUnit(trx, "department", { municipalityId: actor.municipalityId, taken: p }),
  );
}

export async function addAreaTo(actor: Actor, input: { code: BusinessArea; name: string }, locale: Locale): Promise<Outcome<{ name: string }>> {
  const named = input.name || areaName(input.code, locale);
  return db().transaction(async (trx) => {
    if ((await listBusinessAreas(actor, trx)).some((a) => a.code === input.code)) return { ok: false as const, errors: { code: "errors.areaExists" } };
    await addBusinessArea({ municipalityId: actor.municipalityId, code: input.code, name: named }, trx);
    await audit({ ...actor, action: "organisation.area.add", target: input.code, detail: { name: named } }, trx);
    return { ok: true as const, name: named };
  });
}

/** Deletes a business area (its systems stay, without one), remembering it for undo. */
export async function deleteAreaOf(actor: Deleter, { id }: { id: number }): Promise<Outcome<{ name: string; undoId: number }>> {
  let taken: TakenUnit | undefined;
  const undoId = await deleteWithUndo<TakenUnit>(
    { ...actor, kind: AREA_UNDO, audit: (p) => ({ action: "organisation.area.delete", target: String(p.unit.code), detail: { id: p.unit.id, name: p.unit.name, systems: p.systems.length } }) },
    async (trx) => (taken = await takeUnit(trx, "area", { municipalityId: actor.municipalityId, id })),
  );
  return undoId === undefined || !taken ? { ok: false, notFound: true } : { ok: true, name: taken.unit.name, undoId };
}

/** Restores a deleted business area and the links of the systems that lost it (audited). */
export function undoAreaDelete(actor: Deleter, id: number | undefined) {
  return undoDeleted<TakenUnit>(
    { ...actor, kind: AREA_UNDO, id, audit: (p) => ({ action: "organisation.area.undo", target: String(p.unit.code), detail: { id: p.unit.id, name: p.unit.name } }) },
    (trx, p) => restoreUnit(trx, "area", { municipalityId: actor.municipalityId, taken: p }),
  );
}

/** Checks that the chosen department and area are the municipality's own. */
async function choicesErrors(actor: Actor, input: SystemInput, k: Knex): Promise<Errors> {
  const errors: Errors = {};
  if (input.departmentId !== null && !(await listDepartments(actor, k)).some((d) => Number(d.id) === input.departmentId)) errors.departmentId = "errors.departmentGone";
  if (input.areaId !== null && !(await listBusinessAreas(actor, k)).some((a) => Number(a.id) === input.areaId)) errors.areaId = "errors.areaGone";
  return errors;
}

/** Adds a system, or changes the one with `id`. */
export async function saveSystemOf(actor: Actor, input: SystemInput & { id?: number }): Promise<Outcome<{ id: number; created: boolean }>> {
  return db().transaction(async (trx) => {
    const names = await listSystemNames(actor, trx);
    if (input.id !== undefined && !names.some((n) => Number(n.id) === input.id)) return { ok: false as const, notFound: true as const };
    const errors = await choicesErrors(actor, input, trx);
    if (taken(names, input.name, input.id)) errors.name = "errors.systemExists";
    if (Object.keys(errors).length > 0) return { ok: false as const, errors };
    const fields = { name: input.name, vendor: input.vendor || null, departmentId: input.departmentId, businessAreaId: input.areaId };
    const detail = { vendor: fields.vendor, departmentId: fields.departmentId, areaId: fields.businessAreaId, administrators: input.administrators.length };
    if (input.id === undefined) {
      const id = await addSystem(
        { municipalityId: actor.municipalityId, name: fields.name, vendor: fields.vendor ?? undefined, departmentId: fields.departmentId ?? undefined, businessAreaId: fields.businessAreaId ?? undefined, administrators: input.administrators },
        trx,
      );
      await audit({ ...actor, action: "organisation.system.add", target: input.name, detail }, trx);
      return { ok: true as const, id: Number(id), created: true };
    }
    await updateSystem({ municipalityId: actor.municipalityId, id: input.id, ...fields }, trx);
    await setSystemAdministrators({ municipalityId: actor.municipalityId, id: input.id, labels: input.administrators }, trx);
    await audit({ ...actor, action: "organisation.system.update", target: input.name, detail }, trx);
    return { ok: true as const, id: input.id, created: false };
  });
}

/** Deletes a system with its administrators, remembering them for undo. */
export async function deleteSystemOf(actor: Deleter, { id }: { id: number }): Promise<Outcome<{ name: string; undoId: number }>> {
  let taken: TakenSystem | undefined;
  const undoId = await deleteWithUndo<TakenSystem>(
    { ...actor, kind: SYSTEM_UNDO, audit: (p) => ({ action: "organisation.system.delete", target: p.system.name, detail: { id: p.system.id, administrators: p.administrators.length } }) },
    async (trx) => (taken = await takeSystem(trx, { municipalityId: actor.municipalityId, id })),
  );
  return undoId === undefined || !taken ? { ok: false, notFound: true } : { ok: true, name: taken.system.name, undoId };
}

/** Restores a deleted system with its links and administrators (audited). */
export function undoSystemDelete(actor: Deleter, id: number | undefined) {
  return undoDeleted<TakenSystem>(
    { ...actor, kind: SYSTEM_UNDO, id, audit: (p) => ({ action: "organisation.system.undo", target: p.system.name, detail: { id: p.system.id } }) },
    (trx, p) => restoreSystem(trx, { municipalityId: actor.municipalityId, taken: p }),
  );
}
