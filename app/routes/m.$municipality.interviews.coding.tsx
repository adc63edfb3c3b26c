import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CRITERIA, INTERVIEW_ROLES, isLocale, SUPPORT_MODELS } from "~/domain/ids";
import { codingMatrix } from "~/domain/interviews/coding";
import { requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { formatDate } from "~/i18n/format";
import { listExcerpts } from "~/db/interviews-excerpts.server";
import { interviewQuotes } from "~/services/interviews/evidence.server";
import { InterviewMatrix } from "~/components/interview-matrix";
import { InterviewExports } from "~/components/interview-exports";
import { SelectField } from "~/components/fields";

const querySchema = z.object({
  role: z.enum(INTERVIEW_ROLES).optional().catch(undefined),
  model: z.enum(SUPPORT_MODELS).optional().catch(undefined),
  criterion: z.enum(CRITERIA).optional().catch(undefined),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireMembership(request, params.municipality, "decision");
  const municipalityId = access.municipality.id;
  const detected = await i18next.getLocale(request);
  const locale = isLocale(detected) ? detected : "sv";
  const t = await i18next.getFixedT(request, "interviews");
  const { role, model, criterion } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await listExcerpts({ municipalityId, role });
  // The matrix comes from the domain, the same function the charts and tests use.
  const matrix = codingMatrix(rows.map((r) => ({ ...r, id: String(r.id), interviewId: String(r.interviewId) })));
  const counts = Object.fromEntries(
    SUPPORT_MODELS.map((m) => [m, Object.fromEntries(CRITERIA.map((c) => [c, { pro: matrix[m][c].pro, con: matrix[m][c].con, neutral: matrix[m][c].neutral }]))]),
  ) as Record<(typeof SUPPORT_MODELS)[number], Record<(typeof CRITERIA)[number], { pro: number; con: number; neutral: number }>>;
  const quotes =
    model && criterion
      ? (await interviewQuotes({ municipalityId, model, criterion, role, locale })).map((q) => ({ ...q, dateText: formatDate(locale, q.date) }))
      : undefined;
  return { title: t("matrix.title"), slug: access.municipality.slug, total: rows.length, counts, role, model, criterion, quotes };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export default function CodingOverview() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("interviews");
  const base = `/m/${d.slug}/interviews`;
  return (
    <div className="stack">
      <div>
        <Link to={base}>{t("interview.back")}</Link>
      </div>
      <Heading level={2} data-size="lg">
        {t("matrix.title")}
      </Heading>
      <Paragraph>{t("matrix.intro")}</Paragraph>
      <Form method="get" className="stack narrow-form">
        <SelectField
          id="role"
          label={t("matrix.role")}
          placeholder={t("matrix.allRoles")}
          defaultValue={d.role ?? ""}
          options={INTERVIEW_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t("matrix.apply")}
          </Button>
        </div>
      </Form>
      {d.total === 0 ? <Paragraph>{t("matrix.empty")}</Paragraph> : null}
      <Paragraph data-size="sm">{t("matrix.legend")}</Paragraph>
      <InterviewMatrix counts={d.counts} role={d.role} selected={d.model && d.criterion ? { model: d.model, criterion: d.criterion } : undefined} />
      {d.quotes && d.model && d.criterion ? (
        <section id="quotes" aria-labelledby="quotes-heading" className="stack" tabIndex={-1}>
          <Heading level={3} data-size="md" id="quotes-heading">
            {t("matrix.quotesTitle", { model: t(`codebook.models.${d.model}`), criterion: t(`codebook.criteria.${d.criterion}`) })}
          </Heading>
          {d.quotes.length === 0 ? (
            <Paragraph>{t("matrix.noQuotes")}</Paragraph>
          ) : (
            <ul className="stack plain-list">
              {d.quotes.map((q) => (
                <li key={q.id} className="stack stack--tight quote-item">
                  <Paragraph>
                    <q>{q.quote}</q>
                  </Paragraph>
                  <div className="inline-row">
                    <Tag data-color={q.stance === "pro" ? "success" : q.stance === "con" ? "danger" : "neutral"}>{t(`codebook.stances.${q.stance}`)}</Tag>
                    <Paragraph data-size="sm">{t("matrix.fromInterview", { role: t(`roles.${q.role}`), date: q.dateText })}</Paragraph>
                    <Link to={`${base}/${q.interviewId}#excerpt-${q.id}`}>{t("matrix.openInterview")}</Link>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <InterviewExports base={base} />
    </div>
  );
}
