// What each criterion measures, which way it points and which evidence can move it.
// All scores point the same way: higher is better for the municipality. Labels,
// definitions and direction texts for users are in locales/*/decision.json
// (criteria.<id>.label / .definition / .direction); the notes here are for developers.
import { CRITERIA, type Criterion } from "~/domain/ids";
import type { EvidenceSource } from "./types";

export interface CriterionInfo {
  /** What a HIGH score means (developer note; users read decision:criteria.<id>.direction). */
  higherMeans: string;
  /** Evidence rules in evidence.ts that can adjust this criterion. */
  movedBy: readonly EvidenceSource[];
}

export const CRITERION_INFO: Readonly<Record<Criterion, CriterionInfo>> = {
  efficiency: { higherMeans: "more tickets handled per staff hour", movedBy: ["tickets", "interviews"] },
  development_time: {
    higherMeans: "more administrator time left for maintaining and developing systems",
    movedBy: ["tickets", "interviews"],
  },
  absence_robustness: {
    higherMeans: "support continues when one person is sick or away",
    movedBy: ["bus_factor", "interviews"],
  },
  availability: { higherMeans: "users reach support easily (one entry point, opening hours)", movedBy: ["interviews"] },
  follow_up: { higherMeans: "tickets are logged and can be followed up and measured", movedBy: ["interviews"] },
  simple_speed: { higherMeans: "simple questions (password, permission, how-to) are solved fast", movedBy: ["interviews"] },
  domain_knowledge: {
    higherMeans: "support knows the business, its processes and the system",
    movedBy: ["survey", "interviews"],
  },
  complex_speed: { higherMeans: "complex questions reach a specialist and are solved fast", movedBy: ["interviews"] },
  personal_contact: {
    higherMeans: "users keep a known contact person close to their work",
    movedBy: ["survey", "interviews"],
  },
  workload_balance: {
    higherMeans: "the support workload is spread evenly among staff",
    movedBy: ["cluster_gini", "interviews"],
  },
  change_effort: {
    higherMeans: "LESS change effort: easier to introduce, less resistance (status quo scores highest)",
    movedBy: ["survey", "interviews"],
  },
};

/** Criteria that a given evidence source can move (inverse of CRITERION_INFO.movedBy). */
export const criteriaMovedBy = (source: EvidenceSource): Criterion[] =>
  CRITERIA.filter((c) => CRITERION_INFO[c].movedBy.includes(source));
