import type { Knex } from "knex";
import { db } from "./client.server";
import { nameKey } from "~/domain/organisation/register";

// Departments, business areas and systems of one municipality (always filtered by it).

export type SystemRow = {
  id: number;
  name: string;
  vendor: string | null;
  department: string | null;
  area: string | null;
  administrators: number;
};

export async function addDepartment({ municipalityId, name }: { municipalityId: number; name: string }, k: Knex = db()) {
  const [row] = await k("departments").insert({ municipality_id: municipalityId, name }).returning("id");
  return (row as { id: number }).id;
}

export async function addBusinessArea(
  { municipalityId, code, name }: { municipalityId: number; code: string; name: string },
  k: Knex = db(),
) {
  const [row] = await k("business_areas").insert({ municipality_id: municipalityId, code, name }).returning("id");
  return (row as { id: number }).id;
}

export async function addSystem(
  input: { municipalityId: number; name: string; vendor?: string; departmentId?: number; businessAreaId?: number; administrators: string[] },
  k: Knex = db(),
) {
  const [row] = await k("systems")
    .insert({
      municipality_id: input.municipalityId,
      name: input.name,
      vendor: input.vendor ?? null,
      department_id: input.departmentId ?? null,
      business_area_id: input.businessAreaId ?? null,
    })
    .returning("id");
  const systemId = (row as { id: number }).id;
  if (input.administrators.length > 0) {
    await k("system_administrators").insert(input.administrators.map((label) => ({ system_id: systemId, label })));
  }
  return systemId;
}

export async function listDepartments({ municipalityId }: { municipalityId: number }, k: Knex = db()) {
  return k("departments").where({ municipality_id: municipalityId }).orderBy("name").select("id", "name") as Promise<
    { id: number; name: string }[]
  >;
}

export async function listBusinessAreas({ municipalityId }: { municipalityId: number }, k: Knex = db()) {
  return k("business_areas").where({ municipality_id: municipalityId }).orderBy("name").select("id", "code", "name") as Promise<
    { id: number; code: string; name: string }[]
  >;
}

/** Systems with the number of administrators who can handle their support (the bus factor). */
export async function listSystems({ municipalityId }: { municipalityId: number }): Promise<SystemRow[]> {
  const rows = await db()("systems as s")
    .leftJoin("departments as d", "d.id", "s.department_id")
    .leftJoin("business_areas as a", "a.id", "s.business_area_id")
    .leftJoin("system_administrators as sa", function () {
      this.on("sa.system_id", "=", "s.id").andOn("sa.can_handle_support", "=", db().raw("?", [true]));
    })
    .where("s.municipality_id", municipalityId)
    .groupBy("s.id", "s.name", "s.vendor", "d.name", "a.code")
    .orderBy("s.name")
    .select("s.id", "s.name", "s.vendor", "d.name as department", "a.code as area")
    .count({ administrators: "sa.id" });
  return rows.map((r) => ({ ...(r as unknown as SystemRow), administrators: Number((r as { administrators: unknown }).administrators) }));
}

// The register's own reads and writes: every statement names the municipality, so an id from
// another municipality changes nothing and reads nothing.

export type RegisteredSystem = {
  id: number;
  name: string;
  vendor: string | null;
  departmentId: number | null;
  department: string | null;
  areaId: number | null;
  areaCode: string | null;
  areaName: string | null;
  /** Labels (initials or role titles) in the order they were added. */
  administrators: string[];
  /** How many of them can handle the system's support: the bus factor. */
  support: number;
};

/** Every system of the municipality with its department, area and administrators, by name. */
export async function listRegisteredSystems({ municipalityId }: { municipalityId: number }, k: Knex = db()): Promise<RegisteredSystem[]> {
  const systems = (await k("systems as s")
    .leftJoin("departments as d", "d.id", "s.department_id")
    .leftJoin("business_areas as a", "a.id", "s.business_area_id")
    .where("s.municipality_id", municipalityId)
    .orderBy("s.name")
    .select("s.id", "s.name", "s.vendor", "s.department_id", "d.name as department", "s.business_area_id", "a.code as area_code", "a.name as area_name")) as Array<{
    id: number;
    name: string;
    vendor: string | null;
    department_id: number | null;
    department: string | null;
    business_area_id: number | null;
    area_code: string | null;
    area_name: string | null;
  }>;
  const admins = (await k("system_administrators as sa")
    .join("systems as s", "s.id", "sa.system_id")
    .where("s.municipality_id", municipalityId)
    .orderBy("sa.id")
    .select("sa.system_id", "sa.label", "sa.can_handle_support")) as Array<{ system_id: number; label: string; can_handle_support: boolean | number }>;
  const bySystem = new Map<number, { labels: string[]; support: number }>();
  for (const a of admins) {
    const entry = bySystem.get(Number(a.system_id)) ?? { labels: [], support: 0 };
    entry.labels.push(a.label);
    if (a.can_handle_support === true || a.can_handle_support === 1) entry.support++;
    bySystem.set(Number(a.system_id), entry);
  }
  return systems.map((s) => ({
    id: Number(s.id),
    name: s.name,
    vendor: s.vendor,
    departmentId: s.department_id === null ? null : Number(s.department_id),
    department: s.department,
    areaId: s.business_area_id === null ? null : Number(s.business_area_id),
    areaCode: s.area_code,
    areaName: s.area_name,
    administrators: bySystem.get(Number(s.id))?.labels ?? [],
    support: bySystem.get(Number(s.id))?.support ?? 0,
  }));
}

/** Renames a department; false when it is not the municipality's. */
export async function renameDepartment({ municipalityId, id, name }: { municipalityId: number; id: number; name: string }, k: Knex = db()): Promise<boolean> {
  return (await k("departments").where({ id, municipality_id: municipalityId }).update({ name })) === 1;
}

export type SystemFields = { name: string; vendor: string | null; departmentId: number | null; businessAreaId: number | null };

/**
 * Changes the fields given (not the administrators); a field left undefined keeps its value.
 * False when the system is not the municipality's.
 */
export async function updateSystem({ municipalityId, id, ...fields }: { municipalityId: number; id: number } & Partial<SystemFields>, k: Knex = db()): Promise<boolean> {
  const patch = Object.fromEntries(
    Object.entries({ name: fields.name, vendor: fields.vendor, department_id: fields.departmentId, business_area_id: fields.businessAreaId }).filter(([, v]) => v !== undefined),
  );
  const where = k("systems").where({ id, municipality_id: municipalityId });
  if (Object.keys(patch).length === 0) return Boolean(await where.first("id"));
  return (await where.update(patch)) === 1;
}

/** The municipality's systems by id and name (for matching a file's rows to what is stored). */
export async function listSystemNames({ municipalityId }: { municipalityId: number }, k: Knex = db()) {
  return k("systems").where({ municipality_id: municipalityId }).select("id", "name") as Promise<{ id: number; name: string }[]>;
}

/**
 * Makes the system's administrators exactly `labels`: those already there keep their row (and
 * whether they can handle support), the others are added, the missing ones removed.
 */
export async function setSystemAdministrators({ municipalityId, id, labels }: { municipalityId: number; id: number; labels: string[] }, k: Knex = db()): Promise<boolean> {
  const system = await k("systems").where({ id, municipality_id: municipalityId }).first("id");
  if (!system) return false;
  const existing = (await k("system_administrators").where({ system_id: id }).select("id", "label")) as Array<{ id: number; label: string }>;
  const wanted = new Set(labels);
  const gone = existing.filter((a) => !wanted.has(a.label)).map((a) => a.id);
  if (gone.length > 0) await k("system_administrators").whereIn("id", gone).delete();
  const kept = new Set(existing.map((a) => a.label));
  const added = labels.filter((l) => !kept.has(l));
  if (added.length > 0) await k("system_administrators").insert(added.map((label) => ({ system_id: id, label })));
  return true;
}

// Undo right after a deletion (docs/decisions/050-undo.md): each `take…` deletes and returns
// every column of what it deleted (and of the rows that go with it); each `restore…` puts it
// back with its ids, or returns false, changing nothing, when its place is taken since.

/** A row as stored, every column. */
export type StoredOrgRow = Record<string, unknown> & { id: number; name: string };

/** A deleted department or business area and the systems that pointed to it (they lost the link). */
export type TakenUnit = { unit: StoredOrgRow; systems: number[] };

/** A deleted system with its administrators, in the order they were added. */
export type TakenSystem = {
  system: StoredOrgRow & { department_id: number | null; business_area_id: number | null };
  administrators: Array<Record<string, unknown> & { id: number; label: string; can_handle_support: boolean }>;
};

const UNITS = {
  department: { table: "departments", link: "department_id" },
  area: { table: "business_areas", link: "business_area_id" },
} as const;

type UnitKind = keyof typeof UNITS;

const idOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Deletes a department or area and returns it with the ids of the systems that pointed to it; undefined when it is not the municipality's. */
export async function takeUnit(k: Knex, kind: UnitKind, { municipalityId, id }: { municipalityId: number; id: number }): Promise<TakenUnit | undefined> {
  const { table, link } = UNITS[kind];
  const where = { id, municipality_id: municipalityId };
  const row = (await k(table).where(where).first()) as StoredOrgRow | undefined;
  if (!row) return undefined;
  const systems = ((await k("systems").where({ municipality_id: municipalityId, [link]: id }).orderBy("id").select("id")) as Array<{ id: number }>).map((s) => Number(s.id));
  if ((await k(table).where(where).delete()) !== 1) return undefined;
  return { unit: { ...row, id: Number(row.id), municipality_id: Number(row.municipality_id) }, systems };
}

/**
 * Puts a taken department or area back with its id and name, and links the systems that lost
 * the link back to it, unless a system has been given another one since (or has gone). False
 * when its id is in use again, or a department with the same name (an area with the same code)
 * has been added since.
 */
export async function restoreUnit(k: Knex, kind: UnitKind, { municipalityId, taken }: { municipalityId: number; taken: TakenUnit }): Promise<boolean> {
  const { table, link } = UNITS[kind];
  const { unit, systems } = taken;
  if (await k(table).where({ id: unit.id }).first("id")) return false;
  const siblings = (await k(table).where({ municipality_id: municipalityId }).select("name", ...(kind === "area" ? ["code"] : []))) as Array<{ name: string; code?: string }>;
  const clash = kind === "area" ? siblings.some((s) => s.code === unit.code) : siblings.some((s) => nameKey(s.name) === nameKey(unit.name));
  if (clash) return false;
  await k(table).insert({ ...unit, municipality_id: municipalityId });
  for (let i = 0; i < systems.length; i += 500) {
    await k("systems")
      .where({ municipality_id: municipalityId })
      .whereIn("id", systems.slice(i, i + 500))
      .whereNull(link)
      .update({ [link]: unit.id });
  }
  return true;
}

/** Deletes a system with its administrators and returns them; undefined when it is not the municipality's. */
export async function takeSystem(k: Knex, { municipalityId, id }: { municipalityId: number; id: number }): Promise<TakenSystem | undefined> {
  const where = { id, municipality_id: municipalityId };
  const row = (await k("systems").where(where).first()) as StoredOrgRow | undefined;
  if (!row) return undefined;
  const administrators = (await k("system_administrators").where({ system_id: id }).orderBy("id").select()) as Array<Record<string, unknown> & { id: number; label: string; can_handle_support: unknown }>;
  if ((await k("systems").where(where).delete()) !== 1) return undefined;
  return {
    system: { ...row, id: Number(row.id), municipality_id: Number(row.municipality_id), department_id: idOrNull(row.department_id), business_area_id: idOrNull(row.business_area_id) },
    administrators: administrators.map((a) => ({ ...a, id: Number(a.id), system_id: Number(a.system_id), can_handle_support: a.can_handle_support === true || a.can_handle_support === 1 })),
  };
}

/**
 * Puts a taken system back with its id, name, vendor, department and area, and its
 * administrators with their ids and whether they can handle support. A department or area
 * deleted since is left empty (undoing that deletion links the system again). False when its
 * id is in use again or a system with the same name has been added since.
 */
export async function restoreSystem(k: Knex, { municipalityId, taken }: { municipalityId: number; taken: TakenSystem }): Promise<boolean> {
  const { system, administrators } = taken;
  if (await k("systems").where({ id: system.id }).first("id")) return false;
  const names = (await k("systems").where({ municipality_id: municipalityId }).select("name")) as Array<{ name: string }>;
  if (names.some((n) => nameKey(n.name) === nameKey(system.name))) return false;
  if (administrators.length > 0 && (await k("system_administrators").whereIn("id", administrators.map((a) => a.id)).first("id"))) return false;
  const stillThere = async (table: string, id: number | null) => (id !== null && (await k(table).where({ id, municipality_id: municipalityId }).first("id")) ? id : null);
  await k("systems").insert({
    ...system,
    municipality_id: municipalityId,
    department_id: await stillThere("departments", system.department_id),
    business_area_id: await stillThere("business_areas", system.business_area_id),
  });
  if (administrators.length > 0) await k("system_administrators").insert(administrators.map((a) => ({ ...a, system_id: system.id })));
  return true;
}
