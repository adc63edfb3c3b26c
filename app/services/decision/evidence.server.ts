// Gathers a municipality's own evidence for the decision model from the other areas, through
// their evidence functions only (nothing is counted twice). A source with nothing to say is
// left out of EvidenceInput; the model then reports it in missingSources.
import type { EvidenceInput } from "~/domain/decision";
import { listSystems } from "~/db/organisation.server";
import { interviewEvidence } from "~/services/interviews/evidence.server";
import { surveyEvidence } from "~/services/surveys/evidence.server";
import { ticketEvidence } from "~/services/tickets/evidence.server";

/** Where a page can show each source in full (the survey's results page needs its id). */
export interface EvidenceOrigin {
  surveyId?: number;
}

export interface GatheredEvidence {
  evidence: EvidenceInput;
  origin: EvidenceOrigin;
}

/** Systems in the register with at most one administrator who can handle support. */
export async function registerBusFactor({ municipalityId }: { municipalityId: number }): Promise<EvidenceInput["busFactor"]> {
  const systems = await listSystems({ municipalityId });
  if (systems.length === 0) return undefined;
  return { systems: systems.length, singlePersonSystems: systems.filter((s) => s.administrators <= 1).length };
}

export async function gatherEvidenceWithOrigin({ municipalityId }: { municipalityId: number }): Promise<GatheredEvidence> {
  const [survey, tickets, interviews] = await Promise.all([
    surveyEvidence({ municipalityId }),
    ticketEvidence({ municipalityId }),
    interviewEvidence({ municipalityId }),
  ]);
  const evidence: EvidenceInput = {};
  const origin: EvidenceOrigin = {};
  if (tickets && tickets.total > 0) evidence.tickets = { total: tickets.total, lineOneCapableShare: tickets.lineOneCapableShare };
  // The ticket statistics read the bus factor from the system register; ask it directly when
  // there are no tickets to report.
  const busFactor = tickets && tickets.busFactor.systems > 0 ? tickets.busFactor : await registerBusFactor({ municipalityId });
  if (busFactor) evidence.busFactor = { systems: busFactor.systems, singlePersonSystems: busFactor.singlePersonSystems };
  if (tickets?.clusterGini !== undefined && Number.isFinite(tickets.clusterGini)) evidence.clusterGini = tickets.clusterGini;
  if (survey && survey.responses > 0) {
    const { surveyId, ticketsPerDay: _perDay, ...shares } = survey;
    evidence.survey = shares;
    origin.surveyId = surveyId;
  }
  if (interviews.length > 0) evidence.interviews = interviews.map(({ model, criterion, pro, con }) => ({ model, criterion, pro, con }));
  return { evidence, origin };
}

/** The EvidenceInput of one municipality. */
export async function gatherEvidence({ municipalityId }: { municipalityId: number }): Promise<EvidenceInput> {
  return (await gatherEvidenceWithOrigin({ municipalityId })).evidence;
}
