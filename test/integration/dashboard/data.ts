// A small hand-made data set for the dashboard tests: 10 survey answers, 10 tickets and 6
// coded excerpts, small enough that every figure is counted by hand in the test.
import type { Answers } from "~/domain/surveys/template";
import type { Ticket } from "~/domain/tickets/types";
import { createInterview } from "~/db/interviews.server";
import { addExcerpt } from "~/db/interviews-excerpts.server";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { storeSubmittedResponses } from "~/services/surveys/store.server";
import { caseAdministratorGuide } from "../../../seeds/templates/interviews";
import { storeTickets } from "../../support/tickets";

const answer = (a: Answers, n: number) => Array.from({ length: n }, () => ({ externalId: null, answers: a }));

/** 7 school (6 yes, 1 no on permissions), 3 HR (all yes): 9 of 10 = 90 % need permissions. */
export const RESPONSES = [
  ...answer({ area: ["school"], channels: ["phone"], tickets_per_day: 4, permission_required: "yes", sees_advantages: "yes", service_level_kept: "yes", service_level_why: "Rutiner" }, 6),
  ...answer({ area: ["school"], channels: ["email"], tickets_per_day: 30, permission_required: "no", sees_advantages: "no", service_level_kept: "no", service_level_why: "Kunskap" }, 1),
  ...answer({ area: ["hr"], channels: ["phone", "email"], tickets_per_day: 12, permission_required: "yes", sees_advantages: "both", service_level_kept: "no" }, 3),
];

const ticket = (id: number, day: string, t: Partial<Ticket>): Ticket => ({ externalId: `T${id}`, openedAt: `${day}T09:00:00Z`, channel: "phone", ...t });

/** Week 2024-W10 (4–10 March) and 2024-W14 (1–7 April): 6 phone, 3 email, 1 portal. */
export const TICKETS: Ticket[] = [
  ticket(1, "2024-03-04", { type: "password", line: 1, area: "school", system: "Skolplattform", closedAt: "2024-03-04T09:30:00Z" }),
  ticket(2, "2024-03-04", { type: "password", line: 1, area: "school", system: "Skolplattform", closedAt: "2024-03-04T11:00:00Z" }),
  ticket(3, "2024-03-05", { type: "permission", line: 2, area: "school", system: "Skolplattform", channel: "email", closedAt: "2024-03-05T15:00:00Z" }),
  ticket(4, "2024-03-06", { type: "fault", line: 2, area: "hr", system: "Lönesystem", channel: "email", closedAt: "2024-03-08T09:00:00Z" }),
  ticket(5, "2024-03-07", { type: "fault", line: 3, area: "hr", system: "Lönesystem" }),
  ticket(6, "2024-04-01", { type: "how_to", line: 1, area: "school", system: "Skolplattform", closedAt: "2024-04-01T09:10:00Z" }),
  ticket(7, "2024-04-02", { type: "fault", line: 2, area: "school", system: "Skolplattform", closedAt: "2024-04-02T12:00:00Z" }),
  ticket(8, "2024-04-02", { type: "change", line: 2, area: "elderly_care", system: "Omsorg", channel: "email", closedAt: "2024-04-10T09:00:00Z" }),
  ticket(9, "2024-04-03", { type: "password", line: 1, area: "elderly_care", system: "Omsorg", channel: "portal", closedAt: "2024-04-03T09:20:00Z" }),
  ticket(10, "2024-04-04", { type: "fault", line: 2, area: "hr", system: "Lönesystem", closedAt: "2024-04-04T13:00:00Z" }),
];

export async function seedSurvey(municipalityId: number) {
  const surveyId = await createSurvey({ municipalityId, templateKey: "prestudy-2019", locale: "sv" });
  await publishSurvey({ municipalityId, surveyId });
  await storeSubmittedResponses({ municipalityId, surveyId, locale: "sv", rows: RESPONSES });
  return surveyId;
}

export async function seedTickets(municipalityId: number, tickets = TICKETS) {
  await storeTickets(municipalityId, tickets);
}

/** 4 for shared support (availability), 2 against (domain knowledge). */
export async function seedInterviews(municipalityId: number) {
  const interviewId = await createInterview({ municipalityId, guide: caseAdministratorGuide, role: "administrator", date: "2024-03-01" });
  const add = (stance: "pro" | "con", criterion: "availability" | "domain_knowledge") =>
    addExcerpt({ municipalityId, excerpt: { interviewId, questionKey: "shared_advantages", quote: "Ett citat.", model: "shared", stance, criterion, themes: [] } });
  for (let i = 0; i < 4; i++) await add("pro", "availability");
  for (let i = 0; i < 2; i++) await add("con", "domain_knowledge");
}
