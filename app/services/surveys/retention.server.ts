// Retention (privacy law): after an assessment's `retain_answers_until` date, each of its
// surveys keeps only the counts every result view needs; raw answers, responses, links and
// e-mail addresses are erased (docs/decisions/030-retention.md). Free texts are raw answers
// and go too. Run by `vagval privacy purge`, at server start and daily.
import { db } from "~/db/client.server";
import { surveysPastRetention } from "~/db/assessments.server";
import { replaceRawWithSnapshot } from "~/db/survey-privacy.server";
import { getSurvey } from "~/db/surveys.server";
import type { SurveyCounts } from "~/domain/surveys/aggregate";
import { startUndoPurge } from "~/services/undo.server";
import { surveyCounts } from "./results.server";

export type PurgedSurvey = { survey: number; municipalityId: number; retainedUntil: string; responses: number; invitations: number; addresses: number };

/** The counts without free texts: what is kept after erasure. */
export function countsToKeep(counts: SurveyCounts): SurveyCounts {
  // Free texts are raw answers, however they are grouped: none is kept.
  const questions = Object.fromEntries(Object.entries(counts.questions).map(([code, { texts: _texts, textCounts: _textCounts, ...rest }]) => [code, rest]));
  return { responses: counts.responses, questions };
}

export async function purgeExpired({ municipalityId, now = new Date() }: { municipalityId?: number; now?: Date } = {}): Promise<PurgedSurvey[]> {
  const today = now.toISOString().slice(0, 10);
  const due = await surveysPastRetention({ today, municipalityId });
  const out: PurgedSurvey[] = [];
  for (const d of due) {
    const survey = await getSurvey({ municipalityId: d.municipalityId, id: d.surveyId });
    if (!survey) continue;
    const counts = countsToKeep(await surveyCounts({ municipalityId: d.municipalityId, surveyId: d.surveyId, template: survey.definition }));
    const erased = await db().transaction((trx) =>
      replaceRawWithSnapshot({ municipalityId: d.municipalityId, surveyId: d.surveyId, counts: JSON.stringify(counts), erasedAt: now.toISOString(), retainedUntil: d.until }, trx),
    );
    out.push({ survey: d.surveyId, municipalityId: d.municipalityId, retainedUntil: d.until, ...erased });
  }
  return out;
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * The web server erases what is due at start and then once a day; a failure is logged, never
 * fatal. Undo items (deleted quotes among them) are purged on their own, shorter beat, so they
 * do not outlive their hour by more than minutes (docs/decisions/050-undo.md).
 */
export function startRetentionSchedule(log: (event: string, detail: Record<string, unknown>) => void): () => void {
  const stopUndoPurge = startUndoPurge(log);
  const run = () =>
    purgeExpired()
      .then((purged) => {
        if (purged.length) log("retention_purged", { surveys: purged.map((p) => p.survey) });
      })
      .catch((e: unknown) => log("retention_failed", { message: e instanceof Error ? e.message : String(e) }));
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    stopUndoPurge();
  };
}
