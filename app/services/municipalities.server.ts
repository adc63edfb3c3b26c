// An administrator creates a municipality from the web: the form's schema and the workflow
// (the municipality, its first assessment and the audit entry in one transaction).
import { z } from "zod";
import { db } from "~/db/client.server";
import { audit } from "~/db/audit.server";
import { createAssessment } from "~/db/assessments.server";
import { addMunicipality, getRegion, municipalitySlugTaken } from "~/db/municipalities.server";
import { COUNTRIES, LOCALES, type Locale } from "~/domain/ids";
import { SLUG_PATTERN, suggestSlug } from "~/domain/municipalities/slug";

const ASSESSMENT_NAME: Record<Locale, string> = { sv: "Förstudie", nb: "Forstudie", nn: "Forstudie", en: "Pre-study" };

/** Message keys are in the common namespace, under newMunicipality.errors. */
export const municipalitySchema = z
  .object({
    name: z.string({ error: "newMunicipality.errors.name" }).trim().min(2, { error: "newMunicipality.errors.name" }).max(120, { error: "newMunicipality.errors.nameTooLong" }),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .refine((s) => s === "" || SLUG_PATTERN.test(s), { error: "newMunicipality.errors.slug" })
      .optional()
      .default(""),
    country: z.enum(COUNTRIES, { error: "newMunicipality.errors.country" }),
    defaultLocale: z.enum(LOCALES, { error: "newMunicipality.errors.defaultLocale" }),
    region: z.string().trim().optional().default(""),
  })
  .transform((v) => ({ ...v, slug: v.slug || suggestSlug(v.name) }))
  .superRefine((v, ctx) => {
    // a name of only punctuation suggests nothing usable
    if (!SLUG_PATTERN.test(v.slug)) ctx.addIssue({ code: "custom", path: ["slug"], message: "newMunicipality.errors.slug" });
  });

export type MunicipalityInput = z.output<typeof municipalitySchema>;

export type CreateResult = { ok: true; slug: string } | { ok: false; errors: Record<string, string> };

export async function createMunicipality(input: MunicipalityInput, userId: number): Promise<CreateResult> {
  if (input.region && !(await getRegion({ slug: input.region }))) return { ok: false, errors: { region: "newMunicipality.errors.region" } };
  return db().transaction(async (trx) => {
    if (await municipalitySlugTaken({ slug: input.slug }, trx)) return { ok: false as const, errors: { slug: "newMunicipality.errors.slugTaken" } };
    const id = await addMunicipality({ slug: input.slug, name: input.name, country: input.country, defaultLocale: input.defaultLocale, regionSlug: input.region || undefined }, trx);
    await createAssessment({ municipalityId: id, name: ASSESSMENT_NAME[input.defaultLocale] }, trx);
    await audit({ userId, municipalityId: id, action: "municipality.create", target: input.slug, detail: { name: input.name, country: input.country, defaultLocale: input.defaultLocale, region: input.region || null } }, trx);
    return { ok: true as const, slug: input.slug };
  });
}
