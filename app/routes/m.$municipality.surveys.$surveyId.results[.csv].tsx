// Results as CSV (Excel dialect in the reader's locale), with the same suppression as the page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvDialect, formatCsv, type CsvCell } from "~/domain/csv";
import { allQuestions } from "~/domain/surveys/template";
import { audit } from "~/db/audit.server";
import { i18next } from "~/i18n/i18next.server";
import { requestLocale, requireSurveyAccess } from "~/services/surveys/route-helpers.server";
import { surveyResults } from "~/services/surveys/results.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, municipality, survey } = await requireSurveyAccess(request, params, "decision");
  const locale = await requestLocale(request);
  const t = await i18next.getFixedT(request, "survey");
  const r = await surveyResults({ municipalityId: municipality.id, surveyId: survey.id, locale });
  if (!r) throw new Response("Not found", { status: 404 });
  const texts = new Map(allQuestions(survey.definition).map((q) => [q.code, q.text[locale]]));
  const rows: CsvCell[][] = [[t("csv.code"), t("csv.question"), t("csv.answered"), t("csv.value"), t("csv.label"), t("csv.count"), t("csv.share"), t("csv.mean"), t("csv.median"), t("csv.suppressed")]];
  for (const q of r.questions) {
    const base = [q.code, texts.get(q.code) ?? q.code, q.answered];
    if (q.suppressed) rows.push([...base, null, null, null, null, null, null, t("csv.yes")]);
    else if (q.options.length === 0) rows.push([...base, null, null, null, null, q.mean ?? null, q.median ?? null, null]);
    else for (const o of q.options) rows.push([...base, o.value, o.label, o.count, o.share, q.mean ?? null, q.median ?? null, null]);
  }
  if (r.erasedAt) rows.push([t("retention.note", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(r.erasedAt)) })]);
  await audit({ userId: user.id, municipalityId: municipality.id, action: "survey.results_csv", target: `survey:${survey.id}` });
  return new Response(formatCsv(rows, csvDialect("excel", locale)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="survey-${survey.id}-results.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
