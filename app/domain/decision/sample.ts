// A realistic input with every evidence source present, for benchmarks and examples:
// a mid-sized municipality (about 4 000 tickets a year, 40 systems, 25 survey answers).
import type { RecommendInput } from "./index";

export const SAMPLE_INPUT: RecommendInput = {
  weights: { efficiency: 15, development_time: 10, absence_robustness: 10, availability: 10, follow_up: 5, simple_speed: 10, domain_knowledge: 10, complex_speed: 10, personal_contact: 10, workload_balance: 5, change_effort: 5 },
  evidence: {
    tickets: { total: 4000, lineOneCapableShare: 0.41 },
    busFactor: { systems: 40, singlePersonSystems: 14 },
    clusterGini: 0.18,
    survey: { permissionRequiredShare: 0.88, serviceLevelYesShare: 0.52, serviceLevelNoShare: 0.4, seesAdvantagesYesShare: 0.44, seesAdvantagesNoShare: 0.36, responses: 25 },
    interviews: [
      { model: "shared", criterion: "domain_knowledge", pro: 1, con: 4 },
      { model: "shared", criterion: "availability", pro: 3, con: 0 },
      { model: "cluster", criterion: "workload_balance", pro: 0, con: 2 },
      { model: "partial", criterion: "development_time", pro: 3, con: 1 },
    ],
  },
  seed: 1,
  draws: 10_000,
};
