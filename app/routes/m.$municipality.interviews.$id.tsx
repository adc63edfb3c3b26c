import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { Button, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { isLocale, textIn } from "~/domain/ids";
import { canEdit, requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { formatDate } from "~/i18n/format";
import { EXCERPT_UNDO, interviewAction, interviewPageData, requireInterview } from "~/services/interviews/interview-page.server";
import { offeredUndo, undoOutcomeFrom } from "~/services/undo.server";
import { InterviewNoteForm } from "~/components/interview-note-form";
import { InterviewExcerptForm } from "~/components/interview-excerpt-form";
import { InterviewExcerptList } from "~/components/interview-excerpt-list";
import { UndoNotice, UndoOutcome } from "~/components/undo-notice";
import { InterviewQuestion } from "~/components/interview-question";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireMembership(request, params.municipality, "decision");
  const interview = await requireInterview({ municipalityId: access.municipality.id, id: params.id });
  const detected = await i18next.getLocale(request);
  const locale = isLocale(detected) ? detected : "sv";
  const { notes, excerpts } = await interviewPageData({ municipalityId: access.municipality.id, interview });
  const query = new URL(request.url).searchParams;
  const number = (name: string) => (query.has(name) ? Number(query.get(name)) : undefined);
  const { guide } = interview;
  return {
    slug: access.municipality.slug,
    canEdit: canEdit(access),
    interview: { id: interview.id, role: interview.role, department: interview.department, status: interview.status, dateText: formatDate(locale, interview.date), version: interview.guideVersion },
    guide: {
      title: textIn(guide.title, locale),
      intro: textIn(guide.intro, locale),
      sections: guide.sections.map((s) => ({
        key: s.key,
        title: textIn(s.title, locale),
        questions: s.questions.map((q) => ({ key: q.key, text: textIn(q.text, locale), prompts: (q.prompts ?? []).map((p) => textIn(p, locale)) })),
      })),
    },
    notes,
    excerpts,
    saved: query.get("saved") ?? undefined,
    coded: number("coded"),
    confirmDelete: number("delete"),
    // After a deletion: the quote can be put back (docs/decisions/050-undo.md).
    undoId: (await offeredUndo(request, { municipalityId: access.municipality.id, userId: access.user.id, kind: EXCERPT_UNDO }))?.id,
    undone: undoOutcomeFrom(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.guide.title ?? ""} – Vägval` }];

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireMembership(request, params.municipality, "project");
  const interview = await requireInterview({ municipalityId: access.municipality.id, id: params.id });
  const path = `/m/${access.municipality.slug}/interviews/${interview.id}`;
  return interviewAction({ form: await request.formData(), municipalityId: access.municipality.id, userId: access.user.id, interview, path });
}

// Autosaving a note changes nothing else on the page: no need to reload it every pause.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === "save-note" ? false : defaultShouldRevalidate;

export default function InterviewPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("interviews");
  const base = `/m/${d.slug}/interviews`;
  const path = `${base}/${d.interview.id}`;
  return (
    <article className="stack">
      <div>
        <Link to={base}>{t("interview.back")}</Link>
      </div>
      <Heading level={2} data-size="lg">
        {d.guide.title}
      </Heading>
      <dl className="meta-list">
        <dt>{t("interview.role")}</dt>
        <dd>{t(`roles.${d.interview.role}`)}</dd>
        {d.interview.department ? (
          <>
            <dt>{t("interview.department")}</dt>
            <dd>{d.interview.department}</dd>
          </>
        ) : null}
        <dt>{t("interview.date")}</dt>
        <dd>{d.interview.dateText}</dd>
        <dt>{t("interview.guide")}</dt>
        <dd>{t("interview.guideVersion", { title: d.guide.title, version: d.interview.version })}</dd>
        <dt>{t("interview.status")}</dt>
        <dd>
          <Tag data-color={d.interview.status === "done" ? "success" : "neutral"}>{t(`status.${d.interview.status}`)}</Tag>
        </dd>
      </dl>
      {d.canEdit ? (
        <Form method="post">
          <input type="hidden" name="intent" value="status" />
          <input type="hidden" name="status" value={d.interview.status === "done" ? "planned" : "done"} />
          <Button type="submit" variant="secondary">
            {d.interview.status === "done" ? t("interview.reopen") : t("interview.markDone")}
          </Button>
        </Form>
      ) : null}
      {d.undoId !== undefined && d.canEdit ? <UndoNotice message={t("coding.deleted")} undoId={d.undoId} /> : null}
      {d.undone ? <UndoOutcome outcome={d.undone} restored={t("coding.restored")} /> : null}
      <Paragraph>{d.guide.intro}</Paragraph>
      {d.guide.sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`} className="stack">
          <Heading level={3} data-size="md" id={`section-${section.key}`}>
            {section.title}
          </Heading>
          {section.questions.map((q) => {
            const mine = result && "questionKey" in result && result.questionKey === q.key ? result : undefined;
            const noteError = mine && mine.intent === "save-note" && !mine.ok && "error" in mine ? mine : undefined;
            const codingError = mine && mine.intent === "add-excerpt" && "errors" in mine ? mine : undefined;
            const excerpts = d.excerpts[q.key] ?? [];
            return (
              <InterviewQuestion key={q.key} questionKey={q.key} text={q.text} prompts={q.prompts}>
                {d.canEdit ? (
                  <InterviewNoteForm
                    questionKey={q.key}
                    text={noteError && "text" in noteError ? String(noteError.text) : (d.notes[q.key] ?? "")}
                    savedWithoutJs={d.saved === q.key}
                    error={typeof noteError?.error === "string" ? noteError.error : undefined}
                  />
                ) : (
                  <Paragraph className="pre-wrap">{d.notes[q.key] || t("interview.noNote")}</Paragraph>
                )}
                <InterviewExcerptList excerpts={excerpts} canEdit={d.canEdit} basePath={path} confirmId={d.confirmDelete} codedId={d.coded} />
                {d.canEdit ? <InterviewExcerptForm key={excerpts.length} questionKey={q.key} state={codingError ? { errors: codingError.errors, values: codingError.values } : undefined} /> : null}
              </InterviewQuestion>
            );
          })}
        </section>
      ))}
    </article>
  );
}
