// What the decision model takes from the tickets (domain/decision/evidence.ts EvidenceInput):
// volume, the line-one capable share, the bus factor and the cluster proposal's Gini.
import { ticketStats } from "./stats.server";

export interface TicketEvidence {
  total: number;
  lineOneCapableShare: number;
  busFactor: { systems: number; singlePersonSystems: number };
  clusterGini?: number;
}

/** Undefined when the municipality has neither tickets nor systems: nothing to say. */
export async function ticketEvidence({ municipalityId }: { municipalityId: number }): Promise<TicketEvidence | undefined> {
  const s = await ticketStats({ municipalityId });
  if (s.total === 0 && s.busFactor.systems === 0) return undefined;
  const out: TicketEvidence = {
    total: s.total,
    lineOneCapableShare: s.lineOneCapableShare,
    busFactor: { systems: s.busFactor.systems, singlePersonSystems: s.busFactor.singlePerson.length },
  };
  if (s.clusterLoad) out.clusterGini = s.clusterLoad.gini;
  return out;
}
