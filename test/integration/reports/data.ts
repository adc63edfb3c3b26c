// Small hand-made data for the report tests: survey answers (one free text is a formula),
// a few tickets, one interview with coded quotes, registered systems.
import type { Answers } from "~/domain/surveys/template";
import type { Ticket } from "~/domain/tickets/types";
import { createInterview, setInterviewStatus } from "~/db/interviews.server";
import { addExcerpt } from "~/db/interviews-excerpts.server";
import { addSystem } from "~/db/organisation.server";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { storeSubmittedResponses } from "~/services/surveys/store.server";
import { caseAdministratorGuide } from "../../../seeds/templates/interviews";
import { storeTickets } from "../../support/tickets";

export const FORMULA = '=HYPERLINK("http://x","y")';

const answers = (a: Answers, n: number) => Array.from({ length: n }, () => ({ externalId: null, answers: a }));

/** 4 + 3 = 7 answers: 4 see advantages (57 %), one free text is a spreadsheet formula. */
export function responses(count = 7) {
  const all = [
    ...answers({ area: ["school"], channels: ["phone"], tickets_per_day: 4, permission_required: "yes", sees_advantages: "yes", service_level_kept: "yes", service_level_why: "Rutiner för lösenord och behörighet" }, 4),
    ...answers({ area: ["hr"], channels: ["email"], tickets_per_day: 12, permission_required: "yes", sees_advantages: "no", service_level_kept: "no", service_level_why: FORMULA }, 3),
  ];
  return all.slice(0, count);
}

export async function seedSurvey(municipalityId: number, count = 7) {
  const surveyId = await createSurvey({ municipalityId, templateKey: "prestudy-2019", locale: "sv" });
  await publishSurvey({ municipalityId, surveyId });
  await storeSubmittedResponses({ municipalityId, surveyId, locale: "sv", rows: responses(count) });
  return surveyId;
}

const ticket = (id: number, day: string, t: Partial<Ticket>): Ticket => ({ externalId: `T${id}`, openedAt: `${day}T09:00:00Z`, channel: "phone", ...t });

/** 4 tickets, 2 of them passwords on line 1: half could be solved on the first line. */
export async function seedTickets(municipalityId: number) {
  const tickets = [
    ticket(1, "2024-03-04", { type: "password", line: 1, area: "school", closedAt: "2024-03-04T10:00:00Z" }),
    ticket(2, "2024-03-05", { type: "password", line: 1, area: "school", channel: "email", closedAt: "2024-03-05T12:00:00Z" }),
    ticket(3, "2024-03-06", { type: "fault", line: 2, area: "hr", closedAt: "2024-03-07T09:00:00Z" }),
    ticket(4, "2024-03-07", { type: "change", line: 2, area: "hr" }),
  ];
  await storeTickets(municipalityId, tickets);
}

export async function seedInterview(municipalityId: number) {
  const interviewId = await createInterview({ municipalityId, guide: caseAdministratorGuide, role: "administrator", date: "2024-03-01" });
  await setInterviewStatus({ municipalityId, id: interviewId, status: "done" });
  for (const stance of ["pro", "pro", "con"] as const) {
    await addExcerpt({ municipalityId, excerpt: { interviewId, questionKey: "shared_advantages", quote: "Växeln svarar snabbare än förr, säger vi på äldreomsorgen.", model: "shared", stance, criterion: "availability", themes: [] } });
  }
}

export async function seedSystems(municipalityId: number) {
  await addSystem({ municipalityId, name: "Lönesystem Ærø", administrators: ["A"] });
  await addSystem({ municipalityId, name: "Skolplattform", administrators: ["B", "C"] });
}

export async function seedAll(municipalityId: number) {
  await seedSystems(municipalityId);
  await seedSurvey(municipalityId);
  await seedTickets(municipalityId);
  await seedInterview(municipalityId);
}
