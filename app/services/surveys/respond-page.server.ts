// Helpers for the respondent route: the page's locale (the survey's default language until
// the respondent picks one) and the data the page needs, without the rest of the template.
import { redirect } from "@remix-run/node";
import { isLocale, type Locale } from "~/domain/ids";
import { i18next, localeCookie } from "~/i18n/i18next.server";
import { questionOptions } from "~/domain/surveys/fixed-options";
import type { Answers, Question, Section, SurveyTemplate } from "~/domain/surveys/template";
import { visibleCodes } from "~/domain/surveys/visibility";
import { answersToFormValues } from "./form-values";
import type { RespondView } from "./respond.server";

/** First visit without a chosen language: continue in the survey's default language. */
export async function respondentLocale(request: Request, surveyDefault: Locale): Promise<Locale> {
  const url = new URL(request.url);
  const chosen = url.searchParams.get("lng") ?? (await localeCookie.parse(request.headers.get("Cookie")));
  if (!isLocale(chosen)) {
    url.searchParams.set("lng", surveyDefault);
    throw redirect(`${url.pathname}${url.search}`);
  }
  const detected = await i18next.getLocale(request);
  return isLocale(detected) ? detected : surveyDefault;
}

export function pageData(view: Exclude<RespondView, { kind: "not_found" }>, locale: Locale) {
  const t = view.survey.definition;
  const base = { title: t.title[locale], intro: t.intro[locale] };
  if (view.kind !== "page") return { ...base, kind: view.kind, page: null };
  const s = pageSection(t, view.section, view.answers, locale);
  return {
    ...base,
    kind: view.kind,
    page: {
      section: s,
      sectionTitle: s.title[locale],
      number: view.page,
      total: view.total,
      isFirst: view.isFirst,
      isLast: view.isLast,
      values: answersToFormValues(s, view.answers),
    },
  };
}

export type ConditionHint = { mode: "equals" | "notEquals"; answers: string[] };
export type PageQuestion = Question & { hint?: ConditionHint };

/**
 * The questions of a page. One whose condition looks at an earlier page is shown or left out
 * by that answer; one that looks at a question on the same page is always shown, with a hint
 * ("answer only if …"), because without JavaScript the page cannot change as you answer.
 */
export function pageSection(t: SurveyTemplate, section: Section, answers: Answers, locale: Locale): Omit<Section, "questions"> & { questions: PageQuestion[] } {
  const shown = visibleCodes(t, answers);
  const here = new Set(section.questions.map((q) => q.code));
  const questions = section.questions.flatMap((q): PageQuestion[] => {
    const c = q.showIf;
    if (!c) return [q];
    if (!here.has(c.question)) return shown.has(q.code) ? [q] : [];
    const target = section.questions.find((x) => x.code === c.question);
    const label = (v: string) => (target ? questionOptions(target).find((o) => o.value === v)?.label[locale] : undefined) ?? v;
    const mode = c.equals ? "equals" : "notEquals";
    return [{ ...q, hint: { mode, answers: (c.equals ?? c.notEquals ?? []).map(label) } }];
  });
  return { ...section, questions };
}
