// The documents behind the baseline scores. `ref` strings are stable identifiers shown in
// reports; each note says, in one line, what the document found (English, for the record).
import type { SourceRef } from "./types";

const s = (ref: string, note: string): SourceRef => ({ ref, note });

export const SRC = {
  intro: s("prestudy-2019 §1", "Local administrators lose time for maintenance and development to support tickets (passwords, permissions)."),
  lines: s("prestudy-2019 §2.3", "First line solves questions at the first contact; second line needs deeper analysis."),
  survey: s("prestudy-2019 §3.1", "Survey of 80 administrators: tickets arrive by phone and mail, 1–100 a day; 92.5 % need specific permissions."),
  surveyPros: s("prestudy-2019 §3.1", "Advantages named: higher efficiency, more time for other work, less vulnerable to sick leave, easy follow-up."),
  surveyCons: s("prestudy-2019 §3.1", "Disadvantages named: needs payroll, contract and system knowledge; harder to give the same service; longer waits."),
  serviceLevel: s("prestudy-2019 §3.1", "Same closeness and service level kept under shared support? 49.4 % yes, 46.9 % no."),
  kungsbackaPro: s("prestudy-2019 §3.2 Kungsbacka", "Shared support: quick questions answered sooner, fewer left lying; one number to call; all tickets logged."),
  kungsbackaCon: s("prestudy-2019 §3.2 Kungsbacka", "Shared support lacks business knowledge (payroll, social services rules), so longer response times."),
  clusterPro: s("prestudy-2019 §3.2 Kungsbacka", "Cluster administrators know the processes their systems support better than a shared support does."),
  clusterCon: s("prestudy-2019 §3.2 Kungsbacka", "Cluster: vulnerable when an administrator is sick; one cluster may get twice the tickets of another."),
  specialistSick: s("prestudy-2019 §3.2 Kungsbacka", "If a specialist is sick, support in that area drops; generalists with a good support system are more robust."),
  orebro: s("prestudy-2019 §3.3 Örebro", "Shared municipal support (HR, payroll, finance, staffing, IT) for three years: efficiency went up."),
  orebroContact: s("prestudy-2019 §3.3 Örebro", "Users used to their own contact person at first felt service got worse; distrust among administrators."),
  orebroPace: s("prestudy-2019 §3.3 Örebro", "Specialists now take tickets at the pace they can, working more efficiently."),
  jarfalla: s("prestudy-2019 §3.4 Järfälla", "Service center on first line only; second line stays in the business; gains in resources and availability."),
  jarfallaHard: s("prestudy-2019 §3.4 Järfälla", "Hard tickets from experienced users go straight to second line; high competence in every system is hard."),
  jarfallaVulnerable: s("prestudy-2019 §3.4 Järfälla", "Aim: less vulnerability from one person alone knowing how to handle a ticket; better communication."),
  discussion: s("prestudy-2019 §4", "Shared support: higher efficiency, less vulnerable, easy follow-up, more available; risks knowledge and contact."),
  partial: s("prestudy-2019 §4", "Centralising only password and permission questions saves time without the knowledge disadvantages."),
  change: s("prestudy-2019 §4", "Introducing shared support is a hard procedure; administrators distrust it; a learning process must be accepted."),
  closing: s("prestudy-2019 §5", "Local support gives closer contact; centralisation gives more time for development but less contact."),
  selfService: s("self-service-conference", "A service portal freed about two full-time posts at a county board; automation removes person dependencies."),
  selfServiceChange: s("self-service-conference", "Do not underestimate the change work of self-service; budget for years of portal development."),
  noSurvey: s("no-service-desk-survey", "Norwegian municipalities: a service desk is essential for workflow and saves time; without one, mail and notes."),
  noPortal: s("no-service-desk-survey", "A portal where users see case status and search earlier solved cases before asking."),
  judgement: s("vagval-judgement", "No direct finding; set between the neighbouring models by the method's authors."),
} as const;

/** The key of each source in SRC ("orebro", "jarfalla" …): baseline evidence carries it, so
 * the UI can show the note in the reader's language (decision:baseline.<id>). */
export const SOURCE_ID: ReadonlyMap<SourceRef, string> = new Map(Object.entries(SRC).map(([id, ref]) => [ref, id]));
