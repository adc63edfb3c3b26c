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

export async function listDepartments({ municipalityId }: { municipalityId: number }) {
  return db()("departments").where({ municipality_id: municipalityId }).orderBy("name").select("id", "name") as Promise<
    { id: number; name: string }[]
  >;
}

export async function listBusinessAreas({ municipalityId }: { municipalityId: number }) {
  return db()("business_areas").where({ municipality_id: municipalityId }).orderBy("name").select("id", "code", "name") as Promise<
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
