// Responses and their answers. Answers are stored one value per row (see migration 002), so
// results are counted in SQL with GROUP BY instead of reading every response into memory;
// filtered results read one answer set per matching response (migration 013).
import type { Knex } from "knex";
import { db, dialect } from "./client.server";

export type ResponseStatus = "in_progress" | "submitted";
export type ResponseRow = {
  id: string;
  surveyId: number;
  municipalityId: number;
  status: ResponseStatus;
  currentSection: string | null;
  locale: string;
  submittedAt: string | null;
};
export type AnswerRow = { question_code: string; position: number; value: string };

const columns = ["id", "survey_id as surveyId", "municipality_id as municipalityId", "status", "current_section as currentSection", "locale", "submitted_at as submittedAt"];
const toRow = (r: ResponseRow): ResponseRow => ({ ...r, surveyId: Number(r.surveyId), municipalityId: Number(r.municipalityId) });

type NewResponse = {
  id: string;
  surveyId: number;
  municipalityId: number;
  invitationId?: number | null;
  resumeKey?: string | null;
  status: ResponseStatus;
  currentSection?: string | null;
  externalId?: string | null;
  locale: string;
  submittedAt?: string | null;
};

const responseRecord = (r: NewResponse) => ({
  id: r.id,
  survey_id: r.surveyId,
  municipality_id: r.municipalityId,
  invitation_id: r.invitationId ?? null,
  resume_key: r.resumeKey ?? null,
  status: r.status,
  current_section: r.currentSection ?? null,
  external_id: r.externalId ?? null,
  locale: r.locale,
  submitted_at: r.submittedAt ?? null,
});

export async function insertResponse(r: NewResponse, k: Knex = db()): Promise<void> {
  await k("survey_responses").insert(responseRecord(r));
}

// knex writes a multi-row insert on SQLite as one compound SELECT, which SQLite caps at 500
// terms; 400 rows a statement stays under that and under every bound-variable limit.
const CHUNK = 400;

/** Many at once (imports, the demo, the benchmark). */
export async function insertResponses(rows: NewResponse[], k: Knex = db()): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await k("survey_responses").insert(rows.slice(i, i + CHUNK).map(responseRecord));
}

export async function updateResponse(
  { id }: { id: string },
  patch: Partial<{ currentSection: string | null; status: ResponseStatus; submittedAt: string; locale: string; clearResumeKey: true; eraseKey: string }>,
  k: Knex = db(),
): Promise<void> {
  const row: Record<string, unknown> = {};
  if (patch.currentSection !== undefined) row.current_section = patch.currentSection;
  if (patch.status) row.status = patch.status;
  if (patch.submittedAt) row.submitted_at = patch.submittedAt;
  if (patch.locale) row.locale = patch.locale;
  if (patch.clearResumeKey) row.resume_key = null;
  if (patch.eraseKey) row.erase_key = patch.eraseKey;
  await k("survey_responses").where({ id }).update(row);
}

export async function answerRows({ responseId }: { responseId: string }, k: Knex = db()): Promise<AnswerRow[]> {
  return k("survey_answers").where({ response_id: responseId }).orderBy(["question_code", "position"]).select("question_code", "position", "value");
}

/** Replaces the answers to `codes` (a page's questions) with `rows`. */
export async function replaceAnswers(
  { responseId, surveyId, codes, rows }: { responseId: string; surveyId: number; codes: string[]; rows: AnswerRow[] },
  k: Knex = db(),
): Promise<void> {
  if (codes.length > 0) await k("survey_answers").where({ response_id: responseId }).whereIn("question_code", codes).delete();
  await insertAnswerRows(rows.map((r) => ({ ...r, response_id: responseId, survey_id: surveyId })), k);
}

export async function insertAnswerRows(rows: Array<AnswerRow & { response_id: string; survey_id: number; submitted?: boolean }>, k: Knex = db()): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await k("survey_answers").insert(rows.slice(i, i + CHUNK));
}

export async function externalIds({ municipalityId, surveyId }: { municipalityId: number; surveyId: number }): Promise<Set<string>> {
  const rows = await db()("survey_responses").where({ municipality_id: municipalityId, survey_id: surveyId }).whereNotNull("external_id").select("external_id");
  return new Set(rows.map((r: { external_id: string }) => r.external_id));
}

/**
 * Submitted responses, all of them (kept by triggers in `survey_response_counts`, migration
 * 008) or those that gave every answer of the filter.
 */
export async function countSubmitted({ municipalityId, surveyId, filter }: { municipalityId: number; surveyId: number; filter?: ResultFilter }): Promise<number> {
  const owned = db()("surveys").where({ id: surveyId, municipality_id: municipalityId }).select("id");
  const row =
    filter && filter.length > 0
      ? await matching(municipalityId, surveyId, filter).countDistinct({ n: "f0.response_id" }).first()
      : await db()("survey_response_counts").where({ survey_id: surveyId }).whereIn("survey_id", owned).first({ n: "submitted" });
  return Number(row?.n ?? 0);
}

/** At submission the response's answers start to count. */
export async function markAnswersSubmitted({ responseId }: { responseId: string }, k: Knex = db()): Promise<void> {
  await k("survey_answers").where({ response_id: responseId }).update({ submitted: true });
}

/**
 * Narrows results to responses that gave every one of these answers (e.g. business area school
 * and permissions yes): each condition is one more lookup, combined with AND.
 */
export type ResultFilter = ReadonlyArray<{ code: string; value: string }>;

/**
 * The answer rows f0, f1, … of the submitted responses that gave every condition's value, one
 * alias per condition, all of the same response. CROSS JOIN keeps this order on SQLite: start
 * from the few rows holding the first value (index on survey, submitted, question, value,
 * response) and look each response's other rows up by response id, instead of scanning every
 * answer of the survey.
 */
function matching(municipalityId: number, surveyId: number, filter: ResultFilter) {
  const q = db()("survey_answers as f0");
  filter.forEach((f, i) => {
    if (i > 0) q.joinRaw(`cross join survey_answers as f${i}`).whereRaw("?? = ??", [`f${i}.response_id`, "f0.response_id"]);
    q.where({ [`f${i}.survey_id`]: surveyId, [`f${i}.submitted`]: true, [`f${i}.question_code`]: f.code, [`f${i}.value`]: JSON.stringify(f.value) });
  });
  return q.whereIn("f0.survey_id", db()("surveys").where({ id: surveyId, municipality_id: municipalityId }).select("id"));
}

export type ValueGroup = { code: string; value: string; n: number; firsts: number };

/**
 * The submitted answers grouped by question and value: how many rows gave the value (a
 * response gives a value at most once per question) and how many of those rows are the first
 * of their answer, whose sum over a question's values is the number that answered it.
 * Unfiltered, the groups are read from `survey_answer_counts`, kept by triggers (migration
 * 008) to equal this GROUP BY; filtered, they are counted over the matching responses.
 */
export async function countValues({ municipalityId, surveyId, filter }: { municipalityId: number; surveyId: number; filter?: ResultFilter }): Promise<ValueGroup[]> {
  if (filter && filter.length > 0) return countMatchingValues(municipalityId, surveyId, filter);
  const owned = db()("surveys").where({ id: surveyId, municipality_id: municipalityId }).select("id");
  const rows = (await db()("survey_answer_counts").where({ survey_id: surveyId }).whereIn("survey_id", owned).select("question_code as code", "value", "n", "firsts")) as Array<{
    code: string;
    value: string;
    n: number | string;
    firsts: number | string;
  }>;
  return rows.map((r) => ({ code: r.code, value: r.value, n: Number(r.n), firsts: Number(r.firsts) }));
}

/**
 * The same groups over the responses that gave every answer of the filter, from their answer
 * sets (`survey_answer_sets`, kept by triggers, migration 013: one text per response, a line
 * `code TAB first TAB value` per counted answer row). The matching responses come from the
 * value index, and each one's set is one lookup instead of eleven answer rows. PostgreSQL
 * splits the sets into lines and counts equal lines (only distinct lines cross the network);
 * SQLite, in process, hands the sets over, equal sets are counted once and split here. A GROUP
 * BY over the matching answer rows themselves sorted eleven rows a response: 0.25 s at 40,000
 * matching responses (docs/decisions/060-filtered-dashboard.md).
 */
async function countMatchingValues(municipalityId: number, surveyId: number, filter: ResultFilter): Promise<ValueGroup[]> {
  const sets = matching(municipalityId, surveyId, filter)
    .joinRaw("cross join survey_answer_sets as s")
    .whereRaw("?? = ??", ["s.survey_id", "f0.survey_id"])
    .whereRaw("?? = ??", ["s.response_id", "f0.response_id"]);
  const rows = (await (dialect() === "postgres"
    ? db()
        .from(sets.select("s.answers").as("m"))
        .joinRaw("cross join lateral unnest(string_to_array(m.answers, chr(10))) as line")
        .groupBy("line")
        .select("line as text", db().raw("count(*) as k"))
    : sets.select("s.answers as text", db().raw("1 as k")))) as Array<{ text: string; k: number | string }>;
  // Equal sets once, then equal lines once: both repeat across respondents.
  const texts = new Map<string, number>();
  for (const r of rows) texts.set(r.text, (texts.get(r.text) ?? 0) + Number(r.k));
  const lines = new Map<string, number>();
  for (const [text, k] of texts) for (const line of text.split("\n")) lines.set(line, (lines.get(line) ?? 0) + k);
  const groups = new Map<string, ValueGroup>();
  for (const [line, k] of lines) {
    const tab = line.indexOf("\t");
    const tab2 = line.indexOf("\t", tab + 1);
    const code = line.slice(0, tab);
    const value = line.slice(tab2 + 1);
    const key = `${code}\t${value}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { code, value, n: 0, firsts: 0 }));
    g.n += k;
    if (line.slice(tab + 1, tab2) === "1") g.firsts += k;
  }
  return [...groups.values()];
}

/** Per question code: how many submitted responses answered it at all. */
export function answeredFromGroups(groups: ReadonlyArray<{ code: string; firsts: number }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of groups) out.set(g.code, (out.get(g.code) ?? 0) + g.firsts);
  return out;
}
