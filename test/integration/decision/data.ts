// Hand-made evidence for the decision tests: 10 survey answers, 10 tickets, 4 systems and
// 4 coded excerpts — small enough that every figure the model reads is counted by hand.
import type { Answers } from "~/domain/surveys/template";
import type { Ticket } from "~/domain/tickets/types";
import { addSystem } from "~/db/organisation.server";
import { createInterview } from "~/db/interviews.server";
import { addExcerpt } from "~/db/interviews-excerpts.server";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { storeSubmittedResponses } from "~/services/surveys/store.server";
import { caseAdministratorGuide } from "../../../seeds/templates/interviews";
import { storeTickets } from "../../support/tickets";

const many = (a: Answers, n: number) => Array.from({ length: n }, () => ({ externalId: null, answers: a }));

/** Permissions: 9 yes of 10. Service level kept: 6 yes, 4 no. Sees advantages: 6 yes, 1 no, 3 both. */
const RESPONSES = [
  ...many({ area: ["school"], channels: ["phone"], tickets_per_day: 4, permission_required: "yes", sees_advantages: "yes", service_level_kept: "yes" }, 6),
  ...many({ area: ["school"], channels: ["email"], tickets_per_day: 30, permission_required: "no", sees_advantages: "no", service_level_kept: "no" }, 1),
  ...many({ area: ["hr"], channels: ["phone"], tickets_per_day: 12, permission_required: "yes", sees_advantages: "both", service_level_kept: "no" }, 3),
];

const ticket = (id: number, t: Partial<Ticket>): Ticket => ({ externalId: `T${id}`, openedAt: `2024-03-0${1 + (id % 5)}T09:00:00Z`, channel: "phone", system: "Lön", ...t });

/** Line-one capable (password, permission, how-to, or solved on line 1): 3 + 1 + 1 = 5 of 10. */
const TICKETS: Ticket[] = [
  ticket(1, { type: "password", line: 1 }),
  ticket(2, { type: "password", line: 1 }),
  ticket(3, { type: "password", line: 1 }),
  ticket(4, { type: "permission", line: 2 }),
  ticket(5, { type: "how_to", line: 2 }),
  ...[6, 7, 8, 9, 10].map((id) => ticket(id, { type: "fault", line: 2 })),
];

export const EXPECTED_EVIDENCE = {
  tickets: { total: 10, lineOneCapableShare: 0.5 },
  busFactor: { systems: 4, singlePersonSystems: 2 },
  survey: { responses: 10, permissionRequiredShare: 0.9, serviceLevelYesShare: 0.6, serviceLevelNoShare: 0.4, seesAdvantagesYesShare: 0.6, seesAdvantagesNoShare: 0.1 },
  interviews: [{ model: "shared", criterion: "availability", pro: 3, con: 1 }],
};

export async function seedSystems(municipalityId: number) {
  await addSystem({ municipalityId, name: "Lön", administrators: ["A"] });
  await addSystem({ municipalityId, name: "Skola", administrators: ["B"] });
  await addSystem({ municipalityId, name: "Omsorg", administrators: ["C", "D"] });
  await addSystem({ municipalityId, name: "Ekonomi", administrators: ["E", "F", "G"] });
}

export async function seedEvidence(municipalityId: number) {
  const surveyId = await createSurvey({ municipalityId, templateKey: "prestudy-2019", locale: "sv" });
  await publishSurvey({ municipalityId, surveyId });
  await storeSubmittedResponses({ municipalityId, surveyId, locale: "sv", rows: RESPONSES });
  await storeTickets(municipalityId, TICKETS);
  await seedSystems(municipalityId);
  const interviewId = await createInterview({ municipalityId, guide: caseAdministratorGuide, role: "administrator", date: "2024-03-01", maskNames: ["Anna"] });
  const add = (stance: "pro" | "con", quote: string) =>
    addExcerpt({ municipalityId, excerpt: { interviewId, questionKey: "shared_advantages", quote, model: "shared", stance, criterion: "availability", themes: [] } });
  for (const q of ["En väg in för alla.", "Man når alltid någon.", "Telefonen svarar."]) await add("pro", q);
  await add("con", "Anna på 070-123 45 67 var lättare att nå.");
  return { surveyId, interviewId };
}


export { outcome, callLoader as load, callAction as act, setup, type Outcome } from "../../support/routes";
