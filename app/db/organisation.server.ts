import type { Knex } from "knex";
import { db } from "./client.server";

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

/** Deletes a department; its systems stay, without a department (the foreign key sets null). */
export async function deleteDepartment({ municipalityId, id }: { municipalityId: number; id: number }, k: Knex = db()): Promise<boolean> {
  return (await k("departments").where({ id, municipality_id: municipalityId }).delete()) === 1;
}

/** Deletes a business area; its systems stay, without an area. */
export async function deleteBusinessArea({ municipalityId, id }: { municipalityId: number; id: number }, k: Knex = db()): Promise<boolean> {
  return (await k("business_areas").where({ id, municipality_id: municipalityId }).delete()) === 1;
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

/** Deletes a system with its administrators; false when it is not the municipality's. */
export async function deleteSystem({ municipalityId, id }: { municipalityId: number; id: number }, k: Knex = db()): Promise<boolean> {
  return (await k("systems").where({ id, municipality_id: municipalityId }).delete()) === 1;
}
