// Service-desk maturity, after TOPdesk's phone survey of Norway's 356 municipalities
// (seeds/002): whether a service desk is used, how important it is (1–10), a portal with
// case status and earlier solutions, an overview of assets, and use across departments.
import type { SurveyTemplate } from "~/domain/surveys/template";
import { NO, OTHER, YES, tx } from "./text";

const PARTLY = { value: "partly", label: tx("Delvis", "Delvis", "Delvis", "Partly") };

const importance = {
  min: 1 as const,
  max: 10 as const,
  minLabel: tx("Inte viktigt", "Ikke viktig", "Ikkje viktig", "Not important"),
  maxLabel: tx("Helt avgörande", "Helt avgjørende", "Heilt avgjerande", "Essential"),
};

export const serviceDeskMaturity: SurveyTemplate = {
  key: "service-desk-maturity",
  version: 1,
  title: tx("Servicedeskens mognad", "Servicedeskens modenhet", "Modenskapen til servicedesken", "Service desk maturity"),
  intro: tx(
    "Frågorna handlar om hur kommunen tar emot och följer upp ärenden: servicedesk, portal, översikt över utrustning och samarbete mellan förvaltningar.",
    "Spørsmålene handler om hvordan kommunen tar imot og følger opp henvendelser: servicedesk, portal, oversikt over utstyr og samarbeid på tvers av avdelinger.",
    "Spørsmåla handlar om korleis kommunen tek imot og følgjer opp førespurnader: servicedesk, portal, oversikt over utstyr og samarbeid på tvers av avdelingar.",
    "The questions are about how the municipality receives and follows up requests: service desk, portal, an overview of equipment and work across departments.",
  ),
  sections: [
    {
      key: "service_desk",
      title: tx("Servicedesk", "Servicedesk", "Servicedesk", "Service desk"),
      questions: [
        {
          code: "has_service_desk",
          kind: "single",
          required: true,
          options: [YES, NO],
          text: tx(
            "Har kommunen en servicedesk som används dagligen?",
            "Har kommunen en servicedesk som blir tatt i bruk daglig?",
            "Har kommunen ein servicedesk som blir teken i bruk dagleg?",
            "Does the municipality have a service desk that is used daily?",
          ),
          help: tx(
            "Ett ställe där frågor, beställningar och felanmälningar kommer in, klassas och följs tills de är lösta.",
            "Et sted der spørsmål, bestillinger og feilmeldinger kommer inn, klassifiseres og følges til de er løst.",
            "Ein stad der spørsmål, bestillingar og feilmeldingar kjem inn, blir klassifiserte og følgde til dei er løyste.",
            "One place where questions, orders and fault reports come in, are classified and followed until solved.",
          ),
        },
        {
          code: "requests_without_desk",
          kind: "long_text",
          required: false,
          showIf: { question: "has_service_desk", equals: ["no"] },
          text: tx(
            "Hur tar ni emot frågor och felanmälningar i dag?",
            "Hvordan tar dere imot spørsmål og feilmeldinger i dag?",
            "Korleis tek de imot spørsmål og feilmeldingar i dag?",
            "How do you receive questions and fault reports today?",
          ),
        },
        {
          code: "service_desk_importance",
          kind: "scale",
          required: true,
          scale: importance,
          text: tx(
            "Hur viktigt är det att ha en servicedesk?",
            "Hvor viktig er det å ha en servicedesk?",
            "Kor viktig er det å ha ein servicedesk?",
            "How important is it to have a service desk?",
          ),
        },
        {
          code: "it_staff",
          kind: "number",
          required: false,
          min: 0,
          max: 1000,
          unit: tx("personer", "personer", "personar", "people"),
          text: tx(
            "Hur många arbetar på IT-avdelningen?",
            "Hvor mange jobber i IT-avdelingen?",
            "Kor mange jobbar i IT-avdelinga?",
            "How many people work in the IT department?",
          ),
        },
      ],
    },
    {
      key: "portal",
      title: tx("Portal och självservice", "Portal og selvbetjening", "Portal og sjølvbetening", "Portal and self-service"),
      questions: [
        {
          code: "has_portal",
          kind: "single",
          required: true,
          options: [YES, PARTLY, NO],
          text: tx(
            "Har de anställda ett ställe att logga in för att se status på sina ärenden och en översikt över sina ärenden?",
            "Har de ansatte et sted å logge seg inn for å se status på saker og en komplett oversikt over henvendelser?",
            "Har dei tilsette ein stad å logge seg inn for å sjå status på saker og ei fullstendig oversikt over førespurnader?",
            "Do employees have a place to log in to see the status of their requests and an overview of them?",
          ),
        },
        {
          code: "portal_earlier_solutions",
          kind: "single",
          required: false,
          options: [YES, NO],
          showIf: { question: "has_portal", notEquals: ["no"] },
          text: tx(
            "Kan den som har en fråga först söka bland tidigare lösta ärenden och färdiga svar?",
            "Kan den som har et spørsmål først søke i tidligere løste saker og ferdige svar?",
            "Kan den som har eit spørsmål først søkje i tidlegare løyste saker og ferdige svar?",
            "Can someone with a question first search earlier solved requests and ready answers?",
          ),
        },
        {
          code: "portal_importance",
          kind: "scale",
          required: true,
          scale: importance,
          text: tx(
            "Hur viktig är en sådan portal för arbetsflödet?",
            "Hvor viktig er en slik portal for arbeidsflyten?",
            "Kor viktig er ein slik portal for arbeidsflyten?",
            "How important is such a portal for the workflow?",
          ),
        },
      ],
    },
    {
      key: "assets",
      title: tx("Översikt över resurser", "Oversikt over ressurser", "Oversikt over ressursar", "Overview of assets"),
      questions: [
        {
          code: "asset_overview",
          kind: "single",
          required: true,
          options: [YES, PARTLY, NO],
          text: tx(
            "Har kommunen en samlad översikt över sina fysiska och abstrakta resurser, till exempel hur många datorer som finns på hemmakontor?",
            "Har kommunen en samlet oversikt over de fysiske og abstrakte ressursene, for eksempel hvor mange PC-er som er levert ut på hjemmekontor?",
            "Har kommunen ei samla oversikt over dei fysiske og abstrakte ressursane, til dømes kor mange PC-ar som er leverte ut på heimekontor?",
            "Does the municipality have one overview of its physical and abstract assets, for example how many computers are out in home offices?",
          ),
        },
        {
          code: "asset_overview_scope",
          kind: "short_text",
          required: false,
          showIf: { question: "asset_overview", equals: ["partly"] },
          text: tx("Vad är registrerat?", "Hva er registrert?", "Kva er registrert?", "What is registered?"),
        },
        {
          code: "asset_importance",
          kind: "scale",
          required: true,
          scale: importance,
          text: tx(
            "Hur viktig är en sådan översikt?",
            "Hvor viktig er en slik oversikt?",
            "Kor viktig er ei slik oversikt?",
            "How important is such an overview?",
          ),
        },
      ],
    },
    {
      key: "departments",
      title: tx("Mellan förvaltningar", "På tvers av avdelinger", "På tvers av avdelingar", "Across departments"),
      questions: [
        {
          code: "desk_users",
          kind: "single",
          required: true,
          showIf: { question: "has_service_desk", equals: ["yes"] },
          options: [
            { value: "it_only", label: tx("Bara IT", "Bare IT", "Berre IT", "Only IT") },
            { value: "some_departments", label: tx("IT och några förvaltningar", "IT og noen avdelinger", "IT og nokre avdelingar", "IT and some departments") },
            { value: "all_departments", label: tx("Alla förvaltningar", "Alle avdelinger", "Alle avdelingar", "All departments") },
          ],
          text: tx(
            "Vilka använder servicedesken?",
            "Hvem bruker servicedesken?",
            "Kven brukar servicedesken?",
            "Who uses the service desk?",
          ),
        },
        {
          code: "desk_departments",
          kind: "multiple",
          required: false,
          allowOther: true,
          showIf: { question: "desk_users", notEquals: ["it_only"] },
          options: [
            { value: "hr", label: tx("HR", "HR", "HR", "HR") },
            { value: "finance", label: tx("Ekonomi", "Økonomi", "Økonomi", "Finance") },
            { value: "facilities", label: tx("Fastighet och vaktmästeri", "Eiendom og vaktmester", "Eigedom og vaktmeister", "Facilities and caretaking") },
            { value: "citizen_service", label: tx("Kontaktcenter", "Servicetorg", "Servicetorg", "Citizen service centre") },
            OTHER,
          ],
          text: tx(
            "Vilka förvaltningar utöver IT använder den, till exempel när en nyanställd ska börja?",
            "Hvilke avdelinger utenom IT bruker den, for eksempel når en nyansatt skal begynne?",
            "Kva avdelingar utanom IT brukar han, til dømes når ein nytilsett skal byrje?",
            "Which departments besides IT use it, for example when a new employee starts?",
          ),
        },
      ],
    },
  ],
};
