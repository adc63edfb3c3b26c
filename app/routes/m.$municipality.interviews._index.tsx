import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { isLocale, textIn } from "~/domain/ids";
import { canEdit, requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { formatDate } from "~/i18n/format";
import { listInterviews } from "~/db/interviews.server";
import { InterviewExports } from "~/components/interview-exports";
import { InterviewLinkButton } from "~/components/interview-link-button";
import { INTERVIEW_GUIDES, type InterviewGuideKey } from "../../seeds/templates/interviews";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireMembership(request, params.municipality, "decision");
  const detected = await i18next.getLocale(request);
  const locale = isLocale(detected) ? detected : "sv";
  const t = await i18next.getFixedT(request, "interviews");
  const rows = await listInterviews({ municipalityId: access.municipality.id });
  const interviews = rows.map((r) => {
    const guide = INTERVIEW_GUIDES[r.guideKey as InterviewGuideKey];
    return { ...r, guideTitle: guide ? textIn(guide.title, locale) : r.guideKey, dateText: formatDate(locale, r.date) };
  });
  return { title: t("page.title"), slug: access.municipality.slug, canEdit: canEdit(access), interviews };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export default function InterviewList() {
  const { slug, canEdit, interviews } = useLoaderData<typeof loader>();
  const { t } = useTranslation("interviews");
  const base = `/m/${slug}/interviews`;
  return (
    <div className="stack">
      <Heading level={2} data-size="lg">
        {t("page.title")}
      </Heading>
      <Paragraph>{t("page.intro")}</Paragraph>
      {!canEdit ? <Paragraph className="muted">{t("page.readOnly")}</Paragraph> : null}
      {interviews.length === 0 ? (
        <section aria-labelledby="interviews-empty" className="stack empty-state">
          <Heading level={3} data-size="sm" id="interviews-empty">
            {t("page.empty")}
          </Heading>
          <Paragraph>{t("page.emptyHelp")}</Paragraph>
          {canEdit ? (
            <div>
              <InterviewLinkButton to={`${base}/new`} variant="primary">
                {t("page.plan")}
              </InterviewLinkButton>
            </div>
          ) : null}
        </section>
      ) : (
        <>
          <div className="inline-row inline-row--loose">
            {canEdit ? (
              <InterviewLinkButton to={`${base}/new`} variant="primary">
                {t("page.plan")}
              </InterviewLinkButton>
            ) : null}
            <InterviewLinkButton to={`${base}/coding`} variant="secondary">
              {t("page.codingOverview")}
            </InterviewLinkButton>
          </div>
          <div className="table-wrap">
            <Table zebra>
              <caption>{t("table.caption")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("table.date")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("table.guide")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("table.role")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("table.department")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("table.status")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("table.excerpts")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {interviews.map((i) => (
                  <Table.Row key={i.id}>
                    <Table.Cell>
                      <Link to={`${base}/${i.id}`}>{i.dateText}</Link>
                    </Table.Cell>
                    <Table.Cell>{i.guideTitle}</Table.Cell>
                    <Table.Cell>{t(`roles.${i.role}`)}</Table.Cell>
                    <Table.Cell>{i.department}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={i.status === "done" ? "success" : "neutral"}>{t(`status.${i.status}`)}</Tag>
                    </Table.Cell>
                    <Table.Cell>{i.excerpts}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <InterviewExports base={base} />
        </>
      )}
    </div>
  );
}
