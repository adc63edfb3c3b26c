import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { requireMembership } from "~/services/auth.server";
import { listSystems } from "~/db/organisation.server";
import { listMembers } from "~/db/users.server";
import { currentAssessment } from "~/db/assessments.server";
import { recommendation } from "~/domain/decision/explain";
import { assessmentSteps, missingForTrust, nextStep } from "~/domain/report/home";
import { i18next } from "~/i18n/i18next.server";
import { homeFacts } from "~/services/reports/home.server";
import { recommendFor } from "~/services/decision/recommend.server";
import { ReportMissing, ReportSteps } from "~/components/report-steps";
import { NextStep } from "~/components/next-step";
import { ReportStyles } from "~/components/report-styles";

// The assessment home. The project group sees the pre-study's steps and what is missing for a
// trustworthy recommendation; a decision-maker sees the recommendation and the report link.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality, role } = await requireMembership(request, params.municipality);
  const municipalityId = municipality.id;
  const t = await i18next.getFixedT(request, ["report", "decision", "common"]);
  const systems = await listSystems({ municipalityId });
  const base = { name: municipality.name, slug: municipality.slug, systems };
  if (role === "decision") {
    const text = (await currentAssessment({ municipalityId })) ? recommendation(await recommendFor({ municipalityId }), (k, p) => t(k, p)).paragraphs : [];
    return { ...base, reader: true as const, recommendation: text, steps: [], missing: [], nobodyInvited: false };
  }
  const facts = await homeFacts({ municipalityId });
  // An admin who has not given anyone access yet is pointed to the settings page.
  const nobodyInvited = role === "admin" && (await listMembers({ municipalityId })).length === 0;
  return { ...base, reader: false as const, recommendation: [], steps: assessmentSteps(facts), missing: missingForTrust(facts), nobodyInvited };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? ""} – Vägval` }];

export default function MunicipalityHome() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("report");
  return (
    <div className="stack">
      <ReportStyles />
      {d.reader ? (
        <section aria-labelledby="home-recommendation" className="stack">
          <Heading level={2} data-size="md" id="home-recommendation">
            {t("home.readingHeading")}
          </Heading>
          {d.recommendation.length === 0 ? <Paragraph>{t("home.noRecommendation")}</Paragraph> : d.recommendation.map((p, i) => <Paragraph key={i}>{p}</Paragraph>)}
          <Paragraph>
            <Link to={`/m/${d.slug}/report`}>{t("home.readReport")}</Link>
          </Paragraph>
        </section>
      ) : (
        <>
          <NextStep slug={d.slug} step={nextStep(d.steps)} />
          {d.nobodyInvited ? (
            <Paragraph>
              {t("home.nobodyInvited")} <Link to={`/m/${d.slug}/settings#members`}>{t("home.invite")}</Link>
            </Paragraph>
          ) : null}
          <section aria-labelledby="home-steps" className="stack">
            <Heading level={2} data-size="md" id="home-steps">
              {t("home.title")}
            </Heading>
            <Paragraph>{t("home.intro")}</Paragraph>
            <ReportSteps slug={d.slug} steps={d.steps} />
          </section>
          <ReportMissing slug={d.slug} missing={d.missing} />
        </>
      )}
      <SystemsTable slug={d.slug} editor={!d.reader} systems={d.systems} />
    </div>
  );
}

function SystemsTable({ slug, editor, systems }: { slug: string; editor: boolean; systems: Array<{ id: number; name: string; vendor: string | null; department: string | null; area: string | null; administrators: number }> }) {
  const { t } = useTranslation();
  const register = `/m/${slug}/organisation`;
  const singlePerson = systems.filter((s) => s.administrators <= 1).length;
  return (
    <section aria-labelledby="systems" className="stack">
      <Heading level={2} data-size="md" id="systems">
        {t("municipality.systems")}
      </Heading>
      {systems.length === 0 ? (
        <Paragraph>
          {t("municipality.noSystems")} {editor ? <Link to={register}>{t("organisation:homeEmpty")}</Link> : null}
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            {t("municipality.countSystems", { count: systems.length })}. {t("municipality.busFactorOne", { count: singlePerson })}
          </Paragraph>
          <div className="table-wrap">
            <Table zebra>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("municipality.system")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("municipality.vendor")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("municipality.department")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("municipality.area")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("municipality.administrators")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {systems.map((s) => (
                  <Table.Row key={s.id}>
                    <Table.Cell>{s.name}</Table.Cell>
                    <Table.Cell>{s.vendor}</Table.Cell>
                    <Table.Cell>{s.department}</Table.Cell>
                    <Table.Cell>{s.area ? t(`areas.${s.area}`) : null}</Table.Cell>
                    <Table.Cell>{s.administrators}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Paragraph>
            <Link to={`${register}#systems`}>{t("organisation:homeLink")}</Link>
          </Paragraph>
        </>
      )}
    </section>
  );
}
