// Hand-made report inputs: every source present (sampleInput) or none (emptyInput).
import type { ChartSpec } from "~/domain/charts/spec";
import { recommend, SAMPLE_INPUT, weightSpread } from "~/domain/decision";
import type { ReportInput } from "~/domain/report/input";

export const surveyChart: ChartSpec = {
  id: "survey-sees_advantages",
  kind: "hbar",
  title: "Fördelar med kommungemensam support",
  caption: "44 % ser fördelar, 36 % ser inga",
  labels: ["Ja", "Nej", "Både och"],
  datasets: [{ key: "share", label: "Andel", data: [0.44, 0.36, 0.2] }],
  n: 25,
  source: "enkät",
  unit: "share",
};

export const suppressedChart: ChartSpec = {
  id: "survey-area-social_services",
  kind: "bar",
  title: "Socialtjänst: kanaler",
  caption: "",
  labels: [],
  datasets: [],
  n: 3,
  source: "enkät",
  suppressed: true,
};

export function sampleInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    locale: "sv",
    municipality: { name: "Sjöbacka kommun", slug: "sjobacka" },
    generatedOn: "2026-03-05",
    minGroupSize: 5,
    systems: [
      { name: "Procapita Äldreomsorg", administrators: 1 },
      { name: "Heroma lön", administrators: 3 },
      { name: "Ciceron ärendehantering", administrators: 2 },
      { name: "Bygglov Ørnulf-modulen", administrators: 1 },
    ],
    survey: {
      results: {
        responses: 25,
        questions: [
          {
            code: "sees_advantages",
            kind: "yes_no_both",
            answered: 25,
            options: [
              { value: "yes", label: "Ja", count: 11, share: 0.44 },
              { value: "no", label: "Nej", count: 9, share: 0.36 },
              { value: "both", label: "Både och", count: 5, share: 0.2 },
            ],
          },
          { code: "permission_required", kind: "single", answered: 4, options: [], suppressed: true },
          { code: "tickets_per_day", kind: "number", answered: 25, options: [], mean: 12.4, median: 10 },
        ],
      },
      charts: [surveyChart, suppressedChart],
    },
    tickets: {
      stats: {
        total: 4000,
        from: "2025-01-01",
        to: "2025-12-31",
        byChannel: { phone: 1800, email: 1500, portal: 500, walk_in: 100, chat: 50, other: 50 },
        byType: { password: 900, permission: 500, how_to: 240, fault: 1200, change: 700, vendor: 300, other: 160 },
        lineOneCapableShare: 0.41,
        perDay: { mean: 15.9, p50: 14, p90: 27 },
        resolutionHours: { p50: 3.5, p90: 40 },
        byArea: { school: 1200, elderly_care: 1500, social_services: 800, hr: 500 },
      },
      charts: [],
    },
    interviews: {
      interviews: 6,
      evidence: [
        { model: "shared", criterion: "domain_knowledge", pro: 1, con: 4 },
        { model: "shared", criterion: "availability", pro: 3, con: 0 },
      ],
      charts: [],
      quotes: [{ text: "Vi förlorar närheten till verksamheten om [namn] slutar.", role: "administrator", model: "shared", criterion: "domain_knowledge", stance: "con" }],
    },
    decision: {
      result: recommend({ ...SAMPLE_INPUT, draws: 500 }),
      stakeholders: 2,
      spread: weightSpread([SAMPLE_INPUT.weights, { ...SAMPLE_INPUT.weights, personal_contact: 30 }]),
      charts: [],
    },
    ...overrides,
  };
}

export function emptyInput(): ReportInput {
  return { locale: "en", municipality: { name: "Fjordvik", slug: "fjordvik" }, generatedOn: "2026-03-05", minGroupSize: 5, systems: [] };
}
