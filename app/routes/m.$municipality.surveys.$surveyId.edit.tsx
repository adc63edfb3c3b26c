// The survey editor (drafts only): texts per language, order, removing and adding
// questions, section titles. What would block publishing is listed, translated.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, Fieldset, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/fields";
import { SurveyEditorAdd } from "~/components/survey-editor-add";
import { SurveyEditorQuestion } from "~/components/survey-editor-question";
import { SurveyIssues } from "~/components/survey-issues";
import { LOCALES, type LocalizedText } from "~/domain/ids";
import { QUESTION_KINDS, allQuestions, type QuestionKind } from "~/domain/surveys/template";
import { validateTemplate } from "~/domain/surveys/validate-template";
import { i18next } from "~/i18n/i18next.server";
import { addQuestion, moveQuestion, updateSectionTitle, updateTexts } from "~/services/surveys/editor";
import { field, requestLocale, requireSurveyAccess } from "~/services/surveys/route-helpers.server";
import { saveDefinition } from "~/services/surveys/surveys.server";
import { QUESTION_UNDO, removeQuestionWithUndo, undoRemoveQuestion, type QuestionUndo } from "~/services/surveys/question-undo.server";
import { offeredUndo, undoIdFrom, undoOutcomeFrom } from "~/services/undo.server";
import { UndoNotice, UndoOutcome } from "~/components/undo-notice";

const CODE = /^[a-z][a-z0-9_]*$/;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality, user, survey } = await requireSurveyAccess(request, params);
  if (survey.status !== "draft") throw redirect(`/m/${municipality.slug}/surveys/${survey.id}`);
  const locale = await requestLocale(request);
  // After removing a question: it can be put back (docs/decisions/050-undo.md).
  const undo = await offeredUndo<QuestionUndo>(request, { municipalityId: municipality.id, userId: user.id, kind: QUESTION_UNDO });
  const restored = new URL(request.url).searchParams.get("question") ?? "";
  return {
    slug: municipality.slug,
    id: survey.id,
    title: survey.definition.title[locale],
    definition: survey.definition,
    issues: validateTemplate(survey.definition),
    locale,
    undo: undo && undo.payload.surveyId === survey.id ? { id: undo.id, code: undo.payload.removed.question.code } : undefined,
    undone: undoOutcomeFrom(request),
    restored: CODE.test(restored) ? restored : "",
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipality, user, survey } = await requireSurveyAccess(request, params);
  const form = await request.formData();
  const get = (name: string) => (form.has(name) ? field(form, name) : undefined);
  const code = field(form, "code");
  const ids = { municipalityId: municipality.id, surveyId: survey.id };
  const here = `/m/${municipality.slug}/surveys/${survey.id}/edit`;
  const def = survey.definition;
  switch (field(form, "intent")) {
    case "up":
    case "down":
      await saveDefinition({ ...ids, definition: moveQuestion(def, code, field(form, "intent") === "up" ? -1 : 1) });
      return redirect(`${here}#q-${code}`);
    case "remove": {
      const undoId = await removeQuestionWithUndo({ ...ids, userId: user.id, code });
      return redirect(undoId === undefined ? here : `${here}?undo=${undoId}`);
    }
    case "undo": {
      const { outcome, payload } = await undoRemoveQuestion({ ...ids, userId: user.id, id: undoIdFrom(form) });
      const restored = outcome === "restored" && payload ? payload.removed.question.code : undefined;
      return redirect(restored ? `${here}?undone=restored&question=${restored}#q-${restored}` : `${here}?undone=${outcome}`);
    }
    case "texts":
      await saveDefinition({ ...ids, definition: updateTexts(def, code, get) });
      return redirect(`${here}#q-${code}`);
    case "section":
      await saveDefinition({ ...ids, definition: updateSectionTitle(def, field(form, "section"), get) });
      return redirect(here);
    case "add": {
      const t = await i18next.getFixedT(request, "survey");
      const kind = field(form, "kind") as QuestionKind;
      const typed = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
      const errors: Record<string, string> = {};
      if (!CODE.test(code)) errors.code = t("template_issues.invalid_code", { question: code });
      else if (allQuestions(def).some((q) => q.code === code)) errors.code = t("template_issues.duplicate_question_code", { question: code });
      if (!QUESTION_KINDS.includes(kind)) errors.kind = t("editor.kindRequired");
      if (Object.keys(errors).length > 0) return data({ section: field(form, "section"), typed, errors }, { status: 400 });
      const text = Object.fromEntries(LOCALES.map((l) => [l, field(form, `text.${l}`)])) as LocalizedText;
      const options = field(form, "options").split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
      const definition = addQuestion(def, { section: field(form, "section"), code, kind, text, options, locale: await requestLocale(request), required: field(form, "required") === "yes" });
      await saveDefinition({ ...ids, definition });
      return redirect(`${here}#q-${code}`);
    }
    default:
      return redirect(here);
  }
}

export default function SurveyEditor() {
  const { slug, id, title, definition, issues, locale, undo, undone, restored } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("survey");
  const all = allQuestions(definition);
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/m/${slug}/surveys/${id}`}>{t("editor.back")}</Link>
      </Paragraph>
      <Heading level={2} data-size="md">
        {t("editor.title", { title })}
      </Heading>
      <Paragraph>{t("editor.intro")}</Paragraph>
      {undo ? <UndoNotice message={t("editor.removed", { code: undo.code })} undoId={undo.id} /> : null}
      {undone ? <UndoOutcome outcome={undone} restored={t("editor.restored", { code: restored })} conflict={t("editor.undoConflict")} /> : null}
      <SurveyIssues issues={issues} />
      {definition.sections.map((s) => (
        <section key={s.key} aria-labelledby={`section-${s.key}`} className="stack">
          <Heading level={3} data-size="sm" id={`section-${s.key}`}>
            {s.title[locale] || s.key}
          </Heading>
          <details>
            <summary>{t("editor.sectionTitle")}</summary>
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="section" />
              <input type="hidden" name="section" value={s.key} />
              <Fieldset>
                <Fieldset.Legend>{t("editor.sectionTitle")}</Fieldset.Legend>
                {LOCALES.map((l) => (
                  <TextField key={l} id={`section-${s.key}-${l}`} name={`title.${l}`} lang={l} label={t(`common:languages.${l}`)} defaultValue={s.title[l]} />
                ))}
              </Fieldset>
              <div>
                <Button type="submit" variant="secondary">
                  {t("editor.saveTexts")}
                </Button>
              </div>
            </Form>
          </details>
          {s.questions.map((q) => (
            <div key={q.code} id={`q-${q.code}`}>
              <SurveyEditorQuestion
                q={q}
                locale={locale}
                issues={issues.filter((i) => i.params.question === q.code)}
                first={all[0]?.code === q.code}
                last={all[all.length - 1]?.code === q.code}
              />
            </div>
          ))}
          <SurveyEditorAdd section={s.key} locale={locale} typed={result?.section === s.key ? result.typed : undefined} errors={result?.section === s.key ? result.errors : undefined} />
        </section>
      ))}
    </div>
  );
}
