import type { Knex } from "knex";
import type { Country, Locale } from "~/domain/ids";
import { db } from "./client.server";

export type Municipality = {
  id: number;
  slug: string;
  name: string;
  country: Country;
  defaultLocale: Locale;
  regionSlug: string | null;
  regionName: string | null;
};

const columns = [
  "m.id",
  "m.slug",
  "m.name",
  "m.country",
  "m.default_locale as defaultLocale",
  "r.slug as regionSlug",
  "r.name as regionName",
];

const base = (k: Knex) => k("municipalities as m").leftJoin("regions as r", "r.id", "m.region_id").select(columns);

export async function listMunicipalities({ userId, isAdmin }: { userId?: number; isAdmin?: boolean } = {}): Promise<Municipality[]> {
  const q = base(db()).orderBy("m.name");
  if (!isAdmin && userId !== undefined) {
    q.whereIn("m.id", db()("memberships").select("municipality_id").where({ user_id: userId }));
  }
  return q;
}

export async function getMunicipality({ slug }: { slug: string }, k: Knex = db()): Promise<Municipality | undefined> {
  return base(k).where("m.slug", slug).first();
}

/** Name, default language and region of a municipality; its slug and country stay. */
export async function updateMunicipality(
  { id, name, defaultLocale, regionId }: { id: number; name: string; defaultLocale: Locale; regionId: number | null },
  k: Knex = db(),
): Promise<void> {
  await k("municipalities").where({ id }).update({ name, default_locale: defaultLocale, region_id: regionId });
}

export async function upsertRegion({ slug, name }: { slug: string; name: string }, k: Knex = db()): Promise<number> {
  const existing = await k("regions").where({ slug }).first("id");
  if (existing) return existing.id as number;
  const [row] = await k("regions").insert({ slug, name }).returning("id");
  return (row as { id: number }).id;
}

export async function getRegion({ slug }: { slug: string }, k: Knex = db()) {
  return k("regions").where({ slug }).first("id", "slug", "name") as Promise<{ id: number; slug: string; name: string } | undefined>;
}

export async function addMunicipality(
  input: { slug: string; name: string; country: Country; regionSlug?: string; defaultLocale?: Locale },
  k: Knex = db(),
): Promise<number> {
  let regionId: number | null = null;
  if (input.regionSlug) {
    const region = await k("regions").where({ slug: input.regionSlug }).first("id");
    if (!region) throw new MissingRegionError(input.regionSlug);
    regionId = region.id as number;
  }
  const [row] = await k("municipalities")
    .insert({
      slug: input.slug,
      name: input.name,
      country: input.country,
      region_id: regionId,
      default_locale: input.defaultLocale ?? (input.country === "NO" ? "nb" : "sv"),
    })
    .returning("id");
  return (row as { id: number }).id;
}

export class MissingRegionError extends Error {
  constructor(readonly regionSlug: string) {
    super(`region ${regionSlug} does not exist`);
  }
}

export async function listRegions(): Promise<Array<{ slug: string; name: string }>> {
  return db()("regions").orderBy("name").select("slug", "name");
}

export async function municipalitySlugTaken({ slug }: { slug: string }, k: Knex = db()): Promise<boolean> {
  return Boolean(await k("municipalities").where({ slug }).first("id"));
}
