// Guide for a reference interview with a service-center manager (pre-study §3.4): what the
// service center takes on first line, what goes to second line and why, and the hardest tickets.
import type { InterviewGuide } from "~/domain/interviews/guide";

export const referenceServiceCenterGuide: InterviewGuide = {
  key: "reference-service-center",
  version: 1,
  title: {
    sv: "Referensintervju: servicecenter",
    nb: "Referanseintervju: servicesenter",
    nn: "Referanseintervju: servicesenter",
    en: "Reference interview: service center",
  },
  intro: {
    sv: "Intervjun görs med chefen för ett servicecenter som tar första linjens support för flera verksamhetssystem, medan andra linjen ligger kvar i verksamheterna.",
    nb: "Intervjuet gjøres med lederen for et servicesenter som tar førstelinjes brukerstøtte for flere fagsystemer, mens andrelinjen ligger igjen i virksomhetene.",
    nn: "Intervjuet vert gjort med leiaren for eit servicesenter som tek førstelinjestøtta for fleire fagsystem, medan andrelinja ligg att i verksemdene.",
    en: "The interview is held with the manager of a service center that provides first-line support for several business systems, while second line stays in the departments.",
  },
  sections: [
    {
      key: "first_line",
      title: { sv: "Första linjen", nb: "Førstelinjen", nn: "Førstelinja", en: "First line" },
      questions: [
        {
          key: "first_line_scope",
          text: {
            sv: "Vilka system och vilka typer av ärenden hanteras på servicecentret?",
            nb: "Hvilke systemer og hvilke typer saker håndteres i servicesenteret?",
            nn: "Kva system og kva typar saker vert handterte i servicesenteret?",
            en: "Which systems and which kinds of tickets does the service center handle?",
          },
        },
        {
          key: "first_line_staff",
          text: {
            sv: "Vilken kompetens har personalen på första linjen, och hur håller ni den uppdaterad?",
            nb: "Hvilken kompetanse har de ansatte i førstelinjen, og hvordan holder dere den oppdatert?",
            nn: "Kva kompetanse har dei tilsette i førstelinja, og korleis held de henne oppdatert?",
            en: "What skills do first-line staff have, and how do you keep them up to date?",
          },
        },
        {
          key: "first_line_reasons",
          text: {
            sv: "Varför samlades just dessa ärenden på servicecentret?",
            nb: "Hvorfor ble akkurat disse sakene samlet i servicesenteret?",
            nn: "Kvifor vart akkurat desse sakene samla i servicesenteret?",
            en: "Why were exactly these tickets brought together at the service center?",
          },
          prompts: [
            {
              sv: "Kostnader, sårbarhet, tillgänglighet, kommunikation med användarna?",
              nb: "Kostnader, sårbarhet, tilgjengelighet, kommunikasjon med brukerne?",
              nn: "Kostnader, sårbarheit, tilgjenge, kommunikasjon med brukarane?",
              en: "Costs, vulnerability, availability, communication with users?",
            },
          ],
        },
      ],
    },
    {
      key: "second_line",
      title: { sv: "Andra linjen", nb: "Andrelinjen", nn: "Andrelinja", en: "Second line" },
      questions: [
        {
          key: "second_line_scope",
          text: {
            sv: "Vilka ärenden går vidare till andra linjen, och var sitter den?",
            nb: "Hvilke saker går videre til andrelinjen, og hvor sitter den?",
            nn: "Kva saker går vidare til andrelinja, og kvar sit ho?",
            en: "Which tickets go on to second line, and where does it sit?",
          },
        },
        {
          key: "second_line_why",
          text: {
            sv: "Varför har inte alla ärenden centraliserats?",
            nb: "Hvorfor er ikke alle saker sentralisert?",
            nn: "Kvifor er ikkje alle saker sentraliserte?",
            en: "Why have not all tickets been centralised?",
          },
        },
      ],
    },
    {
      key: "hard_tickets",
      title: { sv: "De svåraste ärendena", nb: "De vanskeligste sakene", nn: "Dei vanskelegaste sakene", en: "The hardest tickets" },
      questions: [
        {
          key: "hard_examples",
          text: {
            sv: "Vilka ärenden är svårast för servicecentret? Ge exempel.",
            nb: "Hvilke saker er vanskeligst for servicesenteret? Gi eksempler.",
            nn: "Kva saker er vanskelegast for servicesenteret? Gje døme.",
            en: "Which tickets are hardest for the service center? Give examples.",
          },
        },
        {
          key: "hard_handover",
          text: {
            sv: "Hur lämnas de över till andra linjen, och hur påverkar det svarstiden?",
            nb: "Hvordan overleveres de til andrelinjen, og hvordan påvirker det svartiden?",
            nn: "Korleis vert dei overleverte til andrelinja, og korleis påverkar det svartida?",
            en: "How are they handed over to second line, and how does that affect response time?",
          },
        },
        {
          key: "hard_expectations",
          text: {
            sv: "Hur möter ni erfarna användare med höga förväntningar på supporten?",
            nb: "Hvordan møter dere erfarne brukere med høye forventninger til brukerstøtten?",
            nn: "Korleis møter de røynde brukarar med høge forventningar til brukarstøtta?",
            en: "How do you meet experienced users with high expectations of support?",
          },
        },
      ],
    },
  ],
};
