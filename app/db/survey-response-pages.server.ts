// Pages through one survey's submitted responses for the anonymised CSV export, so a large
// survey never sits in memory whole. Keyset paging on the response id (random strings: the
// order says nothing about who answered when).
import { db } from "./client.server";
import type { AnswerRow } from "./surveys-responses.server";

export const RESPONSE_PAGE_SIZE = 500;

export type ResponsePage = Array<{ id: string; submittedAt: string | null; locale: string; answers: AnswerRow[] }>;

export async function* submittedResponsePages({ municipalityId, surveyId, pageSize = RESPONSE_PAGE_SIZE }: { municipalityId: number; surveyId: number; pageSize?: number }): AsyncGenerator<ResponsePage> {
  let after = "";
  for (;;) {
    const rows = (await db()("survey_responses")
      .where({ municipality_id: municipalityId, survey_id: surveyId, status: "submitted" })
      .andWhere("id", ">", after)
      .orderBy("id")
      .limit(pageSize)
      .select("id", "submitted_at as submittedAt", "locale")) as Array<{ id: string; submittedAt: string | null; locale: string }>;
    if (rows.length === 0) return;
    const answers = (await db()("survey_answers")
      .where({ survey_id: surveyId })
      .whereIn("response_id", rows.map((r) => r.id))
      .select("response_id", "question_code", "position", "value")) as Array<AnswerRow & { response_id: string }>;
    const byResponse = new Map<string, AnswerRow[]>();
    for (const a of answers) byResponse.set(a.response_id, [...(byResponse.get(a.response_id) ?? []), a]);
    yield rows.map((r) => ({ ...r, answers: byResponse.get(r.id) ?? [] }));
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}
