// Stores finished responses in one transaction (imports, the demo, the benchmark).
import type { Answers } from "~/domain/surveys/template";
import { db } from "~/db/client.server";
import { nowIso } from "~/db/surveys.server";
import { insertAnswerRows, insertResponses } from "~/db/surveys-responses.server";
import { answersToRows } from "./answer-rows";
import { newResponseId } from "./tokens.server";

export async function storeSubmittedResponses({
  municipalityId,
  surveyId,
  locale,
  rows,
}: {
  municipalityId: number;
  surveyId: number;
  locale: string;
  rows: ReadonlyArray<{ externalId: string | null; answers: Answers }>;
}): Promise<number> {
  await db().transaction(async (trx) => {
    const submittedAt = nowIso();
    // Batches of responses keep 100,000 of them to a few hundred statements.
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500).map((r) => ({ id: newResponseId(), r }));
      await insertResponses(
        batch.map(({ id, r }) => ({ id, surveyId, municipalityId, status: "submitted" as const, externalId: r.externalId, locale, submittedAt })),
        trx,
      );
      await insertAnswerRows(batch.flatMap(({ id, r }) => answersToRows(r.answers).map((a) => ({ ...a, response_id: id, survey_id: surveyId, submitted: true }))), trx);
    }
  });
  return rows.length;
}
