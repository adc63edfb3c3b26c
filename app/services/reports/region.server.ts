// The regional comparison's facts: for each municipality of the region, the survey's share
// seeing advantages (hidden by that municipality's group size), the ticket service's
// line-one share and bus factor, and the decision model's recommendation.
import { currentAssessment } from "~/db/assessments.server";
import type { Locale } from "~/domain/ids";
import { regionReport, type Figure, type RegionRow } from "~/domain/report/region";
import { recommendFor } from "~/services/decision/recommend.server";
import { regionMunicipalities, type Region } from "~/services/region-access.server";
import { surveyEvidence } from "~/services/surveys/evidence.server";
import { ticketStats } from "~/services/tickets/stats.server";
import { renderReportPdf } from "./pdf.server";
import { reportTranslator } from "./report.server";

export async function regionRows({ region }: { region: Region }): Promise<RegionRow[]> {
  const municipalities = await regionMunicipalities({ regionId: region.id });
  return Promise.all(municipalities.map((m) => municipalityRow(m)));
}

async function municipalityRow(m: { id: number; slug: string; name: string }): Promise<RegionRow> {
  const municipalityId = m.id;
  const [survey, tickets, assessment] = await Promise.all([surveyEvidence({ municipalityId }), ticketStats({ municipalityId }), currentAssessment({ municipalityId })]);
  const recommendation = assessment ? await recommendFor({ municipalityId }) : undefined;
  const first = recommendation?.ranking[0];
  // The survey area leaves a share out when its question is below the group size.
  const sees: Figure = !survey || survey.responses === 0 ? { missing: true } : survey.seesAdvantagesYesShare === undefined ? { suppressed: true } : { share: survey.seesAdvantagesYesShare };
  return {
    slug: m.slug,
    name: m.name,
    responses: survey?.responses ?? 0,
    seesAdvantages: sees,
    lineOneCapable: tickets.total > 0 ? { share: tickets.lineOneCapableShare } : { missing: true },
    singlePerson: tickets.busFactor.systems > 0 ? { share: tickets.busFactor.share } : { missing: true },
    recommended: first ? { model: first.model, probabilityFirst: first.probabilityFirst } : null,
  };
}

export async function regionPdf({ region, rows, locale }: { region: Region; rows: RegionRow[]; locale: Locale }): Promise<Buffer> {
  const t = await reportTranslator(locale);
  const doc = regionReport(region, rows, locale, new Date().toISOString().slice(0, 10), t);
  return renderReportPdf(doc, { locale, t });
}
