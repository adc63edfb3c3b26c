// Surveys: a versioned copy of a template in an assessment. Every function filters by the
// municipality, so another municipality's survey id finds nothing.
import type { Knex } from "knex";
import type { Locale } from "~/domain/ids";
import { surveyTemplateSchema, type SurveyTemplate } from "~/domain/surveys/template";
import { db } from "./client.server";

export type SurveyStatus = "draft" | "published" | "closed";

export type SurveyRow = {
  id: number;
  municipalityId: number;
  assessmentId: number;
  templateKey: string;
  version: number;
  previousId: number | null;
  definition: SurveyTemplate;
  defaultLocale: Locale;
  status: SurveyStatus;
  anonymous: boolean;
  openToken: string | null;
  createdAt: string;
  publishedAt: string | null;
  closedAt: string | null;
};

const columns = [
  "id",
  "municipality_id as municipalityId",
  "assessment_id as assessmentId",
  "template_key as templateKey",
  "version",
  "previous_id as previousId",
  "definition",
  "default_locale as defaultLocale",
  "status",
  "anonymous",
  "open_token as openToken",
  "created_at as createdAt",
  "published_at as publishedAt",
  "closed_at as closedAt",
];

type Raw = Omit<SurveyRow, "definition" | "anonymous"> & { definition: string; anonymous: boolean | number };

const toRow = (r: Raw): SurveyRow => ({
  ...r,
  id: Number(r.id),
  definition: surveyTemplateSchema.parse(JSON.parse(r.definition)),
  anonymous: Boolean(r.anonymous),
});

export const nowIso = () => new Date().toISOString();

export async function insertSurvey(
  input: {
    municipalityId: number;
    assessmentId: number;
    templateKey: string;
    version: number;
    previousId?: number | null;
    definition: SurveyTemplate;
    defaultLocale: Locale;
    anonymous?: boolean;
  },
  k: Knex = db(),
): Promise<number> {
  const [row] = await k("surveys")
    .insert({
      municipality_id: input.municipalityId,
      assessment_id: input.assessmentId,
      template_key: input.templateKey,
      version: input.version,
      previous_id: input.previousId ?? null,
      definition: JSON.stringify(input.definition),
      default_locale: input.defaultLocale,
      status: "draft",
      anonymous: input.anonymous ?? true,
      created_at: nowIso(),
    })
    .returning("id");
  return Number((row as { id: number }).id);
}

export async function getSurvey({ municipalityId, id }: { municipalityId: number; id: number }, k: Knex = db()): Promise<SurveyRow | undefined> {
  if (!Number.isSafeInteger(id)) return undefined;
  const r = await k("surveys").where({ municipality_id: municipalityId, id }).first(columns);
  return r ? toRow(r as Raw) : undefined;
}

/** For the respondent pages and the CLI, which know a survey by its id or link, not a tenant. */
export async function getSurveyById({ id }: { id: number }, k: Knex = db()): Promise<SurveyRow | undefined> {
  if (!Number.isSafeInteger(id)) return undefined;
  const r = await k("surveys").where({ id }).first(columns);
  return r ? toRow(r as Raw) : undefined;
}

export async function getSurveyByOpenToken({ token }: { token: string }, k: Knex = db()): Promise<SurveyRow | undefined> {
  const r = await k("surveys").where({ open_token: token }).first(columns);
  return r ? toRow(r as Raw) : undefined;
}

export async function listSurveys({ municipalityId }: { municipalityId: number }): Promise<SurveyRow[]> {
  const rows = await db()("surveys").where({ municipality_id: municipalityId }).orderBy("id", "desc").select(columns);
  return (rows as Raw[]).map(toRow);
}

/** The newest published (or closed) survey made from a template, for evidence and the dashboard. */
export async function newestSurvey({ municipalityId, templateKey }: { municipalityId: number; templateKey: string }): Promise<SurveyRow | undefined> {
  const r = await db()("surveys")
    .where({ municipality_id: municipalityId, template_key: templateKey })
    .whereIn("status", ["published", "closed"])
    .orderBy([{ column: "published_at", order: "desc" }, { column: "id", order: "desc" }])
    .first(columns);
  return r ? toRow(r as Raw) : undefined;
}

/** A later version made from this survey, if any. */
export async function nextVersionOf({ municipalityId, id }: { municipalityId: number; id: number }): Promise<number | undefined> {
  const r = await db()("surveys").where({ municipality_id: municipalityId, previous_id: id }).orderBy("id", "desc").first("id");
  return r ? Number(r.id) : undefined;
}

export async function updateSurvey(
  { municipalityId, id }: { municipalityId: number; id: number },
  patch: Partial<{ definition: SurveyTemplate; status: SurveyStatus; defaultLocale: Locale; openToken: string | null; publishedAt: string; closedAt: string }>,
  k: Knex = db(),
): Promise<void> {
  const row: Record<string, unknown> = {};
  if (patch.definition) row.definition = JSON.stringify(patch.definition);
  if (patch.status) row.status = patch.status;
  if (patch.defaultLocale) row.default_locale = patch.defaultLocale;
  if (patch.openToken !== undefined) row.open_token = patch.openToken;
  if (patch.publishedAt) row.published_at = patch.publishedAt;
  if (patch.closedAt) row.closed_at = patch.closedAt;
  await k("surveys").where({ municipality_id: municipalityId, id }).update(row);
}
