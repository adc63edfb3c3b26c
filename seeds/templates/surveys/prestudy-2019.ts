// The web survey of the VästKom pre-study (2019), §3.1: 80 system administrators answered.
// Question codes and option values are fixed by DESIGN.md; the Swedish wordings are the
// pre-study's own. The help text on permission_required answers the confusion the
// pre-study reports about what "behörighet" meant.
import type { SurveyTemplate } from "~/domain/surveys/template";
import { DONT_KNOW, NO, OTHER, YES, tx } from "./text";

const shared = tx("kommungemensam support", "kommunefelles brukerstøtte", "kommunefelles brukarstøtte", "municipality-wide shared support");

export const prestudy2019: SurveyTemplate = {
  key: "prestudy-2019",
  version: 1,
  title: tx(
    "Webbenkät för systemförvaltare",
    "Spørreundersøkelse for systemforvaltere",
    "Spørjeundersøking for systemforvaltarar",
    "Survey of system administrators",
  ),
  intro: tx(
    "Enkäten handlar om hur supporten för verksamhetssystem sköts i dag och hur du ser på en kommungemensam support. Den tar omkring tio minuter. Svaren redovisas bara sammanställda.",
    "Undersøkelsen handler om hvordan brukerstøtten for fagsystemer håndteres i dag, og hvordan du ser på en kommunefelles brukerstøtte. Den tar omtrent ti minutter. Svarene rapporteres bare samlet.",
    "Undersøkinga handlar om korleis brukarstøtta for fagsystem blir handtert i dag, og korleis du ser på ei kommunefelles brukarstøtte. Ho tek om lag ti minutt. Svara blir berre rapporterte samla.",
    "This survey is about how support for business systems is handled today and how you see a municipality-wide shared support. It takes about ten minutes. Answers are only reported in aggregate.",
  ),
  sections: [
    {
      key: "systems",
      title: tx("Dina system och ärenden", "Dine systemer og saker", "Systema og sakene dine", "Your systems and tickets"),
      questions: [
        {
          code: "area",
          kind: "multiple",
          required: true,
          allowOther: true,
          text: tx(
            "Inom vilket område supportar du system?",
            "Innenfor hvilket område gir du brukerstøtte på systemer?",
            "Innanfor kva område gir du brukarstøtte på system?",
            "In which area do you support systems?",
          ),
          help: tx("Välj alla som stämmer.", "Velg alle som passer.", "Vel alle som passar.", "Choose all that apply."),
          options: [
            { value: "school", label: tx("Skola och förskola", "Skole og barnehage", "Skule og barnehage", "School and preschool") },
            { value: "elderly_care", label: tx("Vård och omsorg", "Helse og omsorg", "Helse og omsorg", "Elderly and disability care") },
            { value: "social_services", label: tx("Individ- och familjeomsorg", "Sosiale tjenester og barnevern", "Sosiale tenester og barnevern", "Social services") },
            { value: "hr", label: tx("HR och lön", "HR og lønn", "HR og løn", "HR and payroll") },
            { value: "finance", label: tx("Ekonomi", "Økonomi", "Økonomi", "Finance") },
            { value: "building", label: tx("Samhällsbyggnad och bygglov", "Plan og byggesak", "Plan og byggjesak", "Planning and building permits") },
            { value: "culture_leisure", label: tx("Kultur och fritid", "Kultur og fritid", "Kultur og fritid", "Culture and leisure") },
            { value: "technical", label: tx("Teknisk förvaltning", "Tekniske tjenester", "Tekniske tenester", "Technical services") },
            OTHER,
          ],
        },
        {
          code: "channels",
          kind: "multiple",
          required: true,
          allowOther: true,
          text: tx(
            "Hur får ni in supportärenden?",
            "Hvordan får dere inn brukerstøttesaker?",
            "Korleis får de inn brukarstøttesaker?",
            "How do support tickets reach you?",
          ),
          help: tx("Välj alla sätt som används.", "Velg alle måter som brukes.", "Vel alle måtar som blir brukte.", "Choose every way that is used."),
          options: [
            { value: "phone", label: tx("Telefon", "Telefon", "Telefon", "Phone") },
            { value: "email", label: tx("E-post", "E-post", "E-post", "Email") },
            { value: "portal", label: tx("Portal eller självservice", "Portal eller selvbetjening", "Portal eller sjølvbetening", "Portal or self-service") },
            { value: "walk_in", label: tx("Besök", "Oppmøte", "Oppmøte", "Walk-in") },
            { value: "chat", label: tx("Chatt", "Chat", "Chat", "Chat") },
            OTHER,
          ],
        },
        {
          code: "tickets_per_day",
          kind: "number",
          required: true,
          min: 0,
          max: 1000,
          unit: tx("ärenden per dag", "saker per dag", "saker per dag", "tickets per day"),
          text: tx(
            "Hur många supportärenden får ni in per dag i genomsnitt?",
            "Hvor mange brukerstøttesaker får dere inn per dag i gjennomsnitt?",
            "Kor mange brukarstøttesaker får de inn per dag i gjennomsnitt?",
            "How many support tickets do you receive per day on average?",
          ),
        },
      ],
    },
    {
      key: "permissions",
      title: tx("Behörighet", "Tilganger", "Tilgangar", "Permissions"),
      questions: [
        {
          code: "permission_required",
          kind: "single",
          required: true,
          text: tx(
            "Krävs det specifik behörighet för att förvalta och supporta de system du ansvarar för?",
            "Kreves det spesifikke tilganger for å forvalte og gi brukerstøtte på systemene du har ansvar for?",
            "Krevst det spesifikke tilgangar for å forvalte og gi brukarstøtte på systema du har ansvar for?",
            "Is a specific permission required to administer and support the systems you are responsible for?",
          ),
          help: tx(
            "Vi menar behörighet från IT-avdelningens och systemförvaltarens sida, alltså om fler än du skulle kunna hantera supporten, inte användarnas behörigheter i systemet.",
            "Vi mener tilganger fra IT-avdelingens og systemforvalterens side, altså om flere enn deg kunne håndtert brukerstøtten, ikke brukernes tilganger i systemet.",
            "Vi meiner tilgangar frå IT-avdelinga og systemforvaltaren si side, altså om fleire enn deg kunne handtert brukarstøtta, ikkje tilgangane til brukarane i systemet.",
            "We mean permissions on the IT department's and administrator's side, that is whether others than you could handle the support, not the users' permissions in the system.",
          ),
          options: [YES, NO],
        },
        {
          code: "permission_kind",
          kind: "long_text",
          required: false,
          showIf: { question: "permission_required", equals: ["yes"] },
          text: tx(
            "Vilken typ av behörighet krävs?",
            "Hvilken type tilgang kreves?",
            "Kva type tilgang krevst?",
            "What kind of permission is required?",
          ),
        },
      ],
    },
    {
      key: "shared_support",
      title: tx("Kommungemensam support", "Kommunefelles brukerstøtte", "Kommunefelles brukarstøtte", "Municipality-wide shared support"),
      questions: [
        {
          code: "sees_advantages",
          kind: "yes_no_both",
          required: true,
          text: tx(
            `Skulle ni se fördelar med en ${shared.sv}?`,
            `Ville dere se fordeler med en ${shared.nb}?`,
            `Ville de sjå fordelar med ei ${shared.nn}?`,
            `Would you see advantages in a ${shared.en}?`,
          ),
          help: tx(
            "Med kommungemensam support menar vi att vissa ärenden och verksamhetssystem supportas gemensamt för hela kommunen i stället för av varje förvaltning.",
            "Med kommunefelles brukerstøtte mener vi at visse saker og fagsystemer får brukerstøtte felles for hele kommunen i stedet for i hver enhet.",
            "Med kommunefelles brukarstøtte meiner vi at visse saker og fagsystem får brukarstøtte felles for heile kommunen i staden for i kvar eining.",
            "By municipality-wide shared support we mean that some tickets and systems are supported jointly for the whole municipality instead of by each department.",
          ),
        },
        {
          code: "advantages",
          kind: "list",
          required: false,
          maxItems: 3,
          showIf: { question: "sees_advantages", notEquals: ["no"] },
          text: tx(
            `Ge tre fördelar med ${shared.sv}`,
            `Gi tre fordeler med ${shared.nb}`,
            `Gi tre fordelar med ${shared.nn}`,
            `Give three advantages of a ${shared.en}`,
          ),
        },
        {
          code: "disadvantages",
          kind: "list",
          required: false,
          maxItems: 3,
          showIf: { question: "sees_advantages", notEquals: ["yes"] },
          text: tx(
            `Ge tre nackdelar med ${shared.sv}`,
            `Gi tre ulemper med ${shared.nb}`,
            `Gi tre ulemper med ${shared.nn}`,
            `Give three disadvantages of a ${shared.en}`,
          ),
        },
      ],
    },
    {
      key: "service_level",
      title: tx("Närhet och servicenivå", "Nærhet og servicenivå", "Nærleik og servicenivå", "Closeness and service level"),
      questions: [
        {
          code: "service_level_kept",
          // Not required: one of the pre-study's 80 respondents left it empty.
          kind: "single",
          required: false,
          text: tx(
            `Tror ni att samma närhet till användarna samt samma goda servicenivå kan bibehållas genom en ${shared.sv}?`,
            `Tror dere at den samme nærheten til brukerne og det samme gode servicenivået kan beholdes med en ${shared.nb}?`,
            `Trur de at den same nærleiken til brukarane og det same gode servicenivået kan haldast oppe med ei ${shared.nn}?`,
            `Do you believe the same closeness to users and the same good service level can be kept with a ${shared.en}?`,
          ),
          options: [YES, NO, DONT_KNOW],
        },
        {
          code: "service_level_why",
          kind: "long_text",
          required: false,
          text: tx("Varför tror ni det?", "Hvorfor tror dere det?", "Kvifor trur de det?", "Why do you think so?"),
        },
      ],
    },
  ],
};
