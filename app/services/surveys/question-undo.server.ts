// Removing a question in the survey editor, and putting it back right after
// (docs/decisions/050-undo.md). Only drafts are edited, and a draft has no answers (respondents
// only reach published surveys; editing a published survey makes a new draft version), so a
// removed question takes no answers with it and comes back whole.
import { getSurvey, updateSurvey } from "~/db/surveys.server";
import { deleteWithUndo, undoDeleted } from "~/services/undo.server";
import { putQuestionBack, takeQuestion, type RemovedQuestion } from "./editor";
import { SurveyError } from "./errors";

/** The undo kind of a question removed from a draft. */
export const QUESTION_UNDO = "survey_question";

export type QuestionUndo = { surveyId: number; removed: RemovedQuestion };

type Scope = { municipalityId: number; userId: number; surveyId: number; now?: Date };

/** Removes a question from a draft, keeping it for undo; the undo id, or undefined when there is no such question. */
export function removeQuestionWithUndo({ municipalityId, userId, surveyId, code, now }: Scope & { code: string }) {
  return deleteWithUndo<QuestionUndo>(
    { municipalityId, userId, kind: QUESTION_UNDO, now, audit: { action: "survey.question.remove", target: `survey:${surveyId}`, detail: { question: code } } },
    async (trx) => {
      const survey = await getSurvey({ municipalityId, id: surveyId }, trx);
      if (!survey) throw new SurveyError("not_found");
      if (survey.status !== "draft") throw new SurveyError("not_draft");
      const taken = takeQuestion(survey.definition, code);
      if (!taken) return undefined;
      await updateSurvey({ municipalityId, id: surveyId }, { definition: taken.definition }, trx);
      return { surveyId, removed: taken.removed };
    },
  );
}

/**
 * Puts the question back where it stood in the same survey; refused when the survey is no longer
 * a draft, or a question with its code has been added since.
 */
export function undoRemoveQuestion({ municipalityId, userId, surveyId, id, now }: Scope & { id: number | undefined }) {
  return undoDeleted<QuestionUndo>(
    { municipalityId, userId, kind: QUESTION_UNDO, id, now, audit: (p) => ({ action: "survey.question.undo", target: `survey:${surveyId}`, detail: { question: p.removed.question.code } }) },
    async (trx, p) => {
      if (p.surveyId !== surveyId) return false;
      const survey = await getSurvey({ municipalityId, id: surveyId }, trx);
      if (!survey || survey.status !== "draft") return false;
      const definition = putQuestionBack(survey.definition, p.removed);
      if (!definition) return false;
      await updateSurvey({ municipalityId, id: surveyId }, { definition }, trx);
      return true;
    },
  );
}
