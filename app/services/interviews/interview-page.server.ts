// The interview page's workflows: find the interview (404 for another municipality's id) and
// carry out its form actions. Routes stay thin and call these.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { findQuestion } from "~/domain/interviews/guide";
import { addExcerpt, listExcerpts, restoreExcerpt, takeExcerpt, type StoredExcerptRow } from "~/db/interviews-excerpts.server";
import { getInterview, listNotes, saveNote, setInterviewStatus, type InterviewDetail } from "~/db/interviews.server";
import { deleteWithUndo, undoDeleted, undoIdFrom } from "~/services/undo.server";
import { commaList, excerptFormSchema, noteSchema } from "./forms.server";
import { fieldErrors, typedValues } from "../forms.server";

/** The undo kind of a deleted quote (docs/decisions/050-undo.md). */
export const EXCERPT_UNDO = "interview_excerpt";

const idParam = z.coerce.number().int().positive();

export async function requireInterview({ municipalityId, id }: { municipalityId: number; id: string | undefined }): Promise<InterviewDetail> {
  const parsed = idParam.safeParse(id);
  const interview = parsed.success ? await getInterview({ municipalityId, id: parsed.data }) : undefined;
  if (!interview) throw new Response("Not found", { status: 404 });
  return interview;
}

export async function interviewPageData({ municipalityId, interview }: { municipalityId: number; interview: InterviewDetail }) {
  const [notes, excerpts] = await Promise.all([listNotes({ municipalityId, interviewId: interview.id }), listExcerpts({ municipalityId, interviewId: interview.id })]);
  const byQuestion: Record<string, Array<Pick<(typeof excerpts)[number], "id" | "quote" | "model" | "stance" | "criterion" | "themes">>> = {};
  for (const e of excerpts) (byQuestion[e.questionKey] ??= []).push({ id: e.id, quote: e.quote, model: e.model, stance: e.stance, criterion: e.criterion, themes: e.themes });
  return { notes: Object.fromEntries(Object.entries(notes).map(([k, v]) => [k, v.text])), excerpts: byQuestion };
}

type ActionArgs = { form: FormData; municipalityId: number; userId: number; interview: InterviewDetail; path: string };

/** Every POST on the interview page; the result is a redirect (PRG) or data with status 400. */
export async function interviewAction(args: ActionArgs) {
  const { form, municipalityId, interview, path } = args;
  const intent = form.get("intent");
  if (intent === "save-note") return saveNoteAction(args);
  if (intent === "status") {
    const status = form.get("status") === "done" ? "done" : "planned";
    await setInterviewStatus({ municipalityId, id: interview.id, status });
    return redirect(path);
  }
  if (intent === "add-excerpt") return addExcerptAction(args);
  if (intent === "delete-excerpt") {
    const id = idParam.safeParse(form.get("excerptId"));
    const undoId = id.success ? await deleteExcerptWithUndo({ municipalityId, userId: args.userId, interviewId: interview.id, id: id.data }) : undefined;
    if (undoId === undefined) throw new Response("Not found", { status: 404 });
    return redirect(`${path}?undo=${undoId}`);
  }
  if (intent === "undo") {
    const { outcome } = await undoExcerptDelete({ municipalityId, userId: args.userId, interviewId: interview.id, id: undoIdFrom(form) });
    return redirect(`${path}?undone=${outcome}`);
  }
  throw new Response("Bad request", { status: 400 });
}

async function saveNoteAction({ form, municipalityId, interview, path }: ActionArgs) {
  const parsed = noteSchema.safeParse(typedValues(form));
  const questionKey = String(form.get("questionKey") ?? "");
  if (!findQuestion(interview.guide, questionKey)) throw new Response("Bad request", { status: 400 });
  const js = form.get("js") === "1";
  if (!parsed.success) {
    return data({ intent: "save-note" as const, questionKey, ok: false, error: fieldErrors(parsed.error).text ?? "notes.failed", text: String(form.get("text") ?? "") }, { status: 400 });
  }
  await saveNote({ municipalityId, interviewId: interview.id, questionKey, text: parsed.data.text });
  // With JavaScript the fetcher wants data; a plain form post gets Post/Redirect/Get.
  if (js) return { intent: "save-note" as const, questionKey, ok: true };
  return redirect(`${path}?saved=${encodeURIComponent(questionKey)}#question-${questionKey}`);
}

async function addExcerptAction({ form, municipalityId, userId, interview, path }: ActionArgs) {
  const values = typedValues(form);
  const questionKey = values.questionKey ?? "";
  if (!findQuestion(interview.guide, questionKey)) throw new Response("Bad request", { status: 400 });
  const parsed = excerptFormSchema.safeParse(values);
  if (!parsed.success) {
    return data({ intent: "add-excerpt" as const, questionKey, ok: false, errors: fieldErrors(parsed.error), values }, { status: 400 });
  }
  const { quote, model, stance, criterion, themes } = parsed.data;
  const id = await addExcerpt({
    municipalityId,
    createdBy: userId,
    excerpt: { interviewId: interview.id, questionKey, quote, model, stance, criterion, themes: commaList(themes) },
  });
  return redirect(`${path}?coded=${id}#excerpt-${id}`);
}

type ExcerptUndo = { excerpt: StoredExcerptRow };

/** Deletes a coded quote, keeping it for undo; the undo id, or undefined when the quote is not this interview's. */
export function deleteExcerptWithUndo({ municipalityId, userId, interviewId, id, now }: { municipalityId: number; userId: number; interviewId: number; id: number; now?: Date }) {
  return deleteWithUndo<ExcerptUndo>(
    { municipalityId, userId, kind: EXCERPT_UNDO, now, audit: { action: "interviews.excerpt.delete", target: `interview:${interviewId}`, detail: { excerpt: id } } },
    async (trx) => {
      const excerpt = await takeExcerpt(trx, { municipalityId, interviewId, id });
      return excerpt ? { excerpt } : undefined;
    },
  );
}

/** Puts a deleted quote back where it was (same id, question and codes), on the same interview's page only. */
export function undoExcerptDelete({ municipalityId, userId, interviewId, id, now }: { municipalityId: number; userId: number; interviewId: number; id: number | undefined; now?: Date }) {
  return undoDeleted<ExcerptUndo>(
    { municipalityId, userId, kind: EXCERPT_UNDO, id, now, audit: (p) => ({ action: "interviews.excerpt.undo", target: `interview:${interviewId}`, detail: { excerpt: p.excerpt.id } }) },
    async (trx, p) => p.excerpt.interview_id === interviewId && restoreExcerpt(trx, { municipalityId, row: p.excerpt }),
  );
}
