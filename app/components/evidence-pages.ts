import type { EvidenceSource } from "~/domain/decision/types";

/** Where in a municipality the project group adds each source of evidence the decision reads. */
const EVIDENCE_PAGES: Record<EvidenceSource, string> = {
  tickets: "tickets/import",
  bus_factor: "organisation",
  cluster_gini: "tickets#clusters",
  survey: "surveys",
  interviews: "interviews",
};

export const evidencePage = (slug: string, source: EvidenceSource) => `/m/${slug}/${EVIDENCE_PAGES[source]}`;
