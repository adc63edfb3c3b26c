// Guide for a reference interview with a municipality that already runs a shared support
// (pre-study §3.3): how tickets come in, what was centralised, the effects on efficiency,
// closeness and service level, and the resistance met and how it passed.
import type { InterviewGuide } from "~/domain/interviews/guide";

export const referenceSharedSupportGuide: InterviewGuide = {
  key: "reference-shared-support",
  version: 1,
  title: {
    sv: "Referensintervju: kommungemensam support",
    nb: "Referanseintervju: felles brukerstøtte",
    nn: "Referanseintervju: felles brukarstøtte",
    en: "Reference interview: shared support",
  },
  intro: {
    sv: "Intervjun görs med en projektledare eller chef i en kommun som redan har infört kommungemensam support. Syftet är att förstå hur det fungerar i praktiken och vad införandet gav.",
    nb: "Intervjuet gjøres med en prosjektleder eller leder i en kommune som allerede har innført felles brukerstøtte. Formålet er å forstå hvordan det fungerer i praksis og hva innføringen ga.",
    nn: "Intervjuet vert gjort med ein prosjektleiar eller leiar i ein kommune som alt har innført felles brukarstøtte. Føremålet er å forstå korleis det fungerer i praksis og kva innføringa gav.",
    en: "The interview is held with a project leader or manager in a municipality that already runs a shared support. The aim is to understand how it works in practice and what introducing it brought.",
  },
  sections: [
    {
      key: "intake",
      title: { sv: "Hur ärendena kommer in", nb: "Hvordan sakene kommer inn", nn: "Korleis sakene kjem inn", en: "How tickets come in" },
      questions: [
        {
          key: "intake_channels",
          text: {
            sv: "Hur kommer ärendena in till den gemensamma supporten?",
            nb: "Hvordan kommer sakene inn til den felles brukerstøtten?",
            nn: "Korleis kjem sakene inn til den felles brukarstøtta?",
            en: "How do tickets reach the shared support?",
          },
          prompts: [{ sv: "Ett nummer, portal, e-post?", nb: "Ett nummer, portal, e-post?", nn: "Eitt nummer, portal, e-post?", en: "One number, portal, email?" }],
        },
        {
          key: "intake_routing",
          text: {
            sv: "Hur avgörs vem som tar ett ärende och när det skickas vidare?",
            nb: "Hvordan avgjøres hvem som tar en sak, og når den sendes videre?",
            nn: "Korleis vert det avgjort kven som tek ei sak, og når ho vert send vidare?",
            en: "How is it decided who takes a ticket and when it is passed on?",
          },
        },
      ],
    },
    {
      key: "centralised",
      title: { sv: "Vad som centraliserats", nb: "Hva som er sentralisert", nn: "Kva som er sentralisert", en: "What was centralised" },
      questions: [
        {
          key: "centralised_scope",
          text: {
            sv: "Vilka system, verksamhetsområden och ärendetyper ingår i den gemensamma supporten, och sedan när?",
            nb: "Hvilke systemer, virksomhetsområder og sakstyper inngår i den felles brukerstøtten, og siden når?",
            nn: "Kva system, verksemdsområde og sakstypar inngår i den felles brukarstøtta, og sidan når?",
            en: "Which systems, business areas and ticket types are part of the shared support, and since when?",
          },
        },
        {
          key: "centralised_excluded",
          text: {
            sv: "Vad valde ni att inte centralisera, och varför?",
            nb: "Hva valgte dere å ikke sentralisere, og hvorfor?",
            nn: "Kva valde de å ikkje sentralisere, og kvifor?",
            en: "What did you choose not to centralise, and why?",
          },
        },
      ],
    },
    {
      key: "effects",
      title: { sv: "Effekter", nb: "Effekter", nn: "Effektar", en: "Effects" },
      questions: [
        {
          key: "effects_efficiency",
          text: {
            sv: "Hur har effektiviteten påverkats?",
            nb: "Hvordan er effektiviteten påvirket?",
            nn: "Korleis er effektiviteten påverka?",
            en: "How has efficiency been affected?",
          },
          prompts: [
            {
              sv: "Handläggningstider, resurser, tid till utveckling?",
              nb: "Behandlingstid, ressurser, tid til utvikling?",
              nn: "Handsamingstid, ressursar, tid til utvikling?",
              en: "Handling times, resources, time for development?",
            },
          ],
        },
        {
          key: "effects_closeness",
          text: {
            sv: "Hur har närheten och den personliga kontakten med användarna påverkats?",
            nb: "Hvordan er nærheten og den personlige kontakten med brukerne påvirket?",
            nn: "Korleis er nærleiken og den personlege kontakten med brukarane påverka?",
            en: "How have closeness and personal contact with users been affected?",
          },
        },
        {
          key: "effects_service_level",
          text: {
            sv: "Har samma servicenivå kunnat behållas? Hur följer ni upp det?",
            nb: "Har samme servicenivå kunnet beholdes? Hvordan følger dere det opp?",
            nn: "Har det same servicenivået kunna haldast oppe? Korleis følgjer de det opp?",
            en: "Has the same service level been kept? How do you follow it up?",
          },
        },
      ],
    },
    {
      key: "change",
      title: { sv: "Motstånd och hur det gick över", nb: "Motstand og hvordan det gikk over", nn: "Motstand og korleis det gjekk over", en: "Resistance and how it passed" },
      questions: [
        {
          key: "change_resistance",
          text: {
            sv: "Vilket motstånd mötte ni vid införandet, och från vilka?",
            nb: "Hvilken motstand møtte dere ved innføringen, og fra hvem?",
            nn: "Kva motstand møtte de ved innføringa, og frå kven?",
            en: "What resistance did you meet when introducing it, and from whom?",
          },
        },
        {
          key: "change_passing",
          text: {
            sv: "Hur gick motståndet över, och vad hjälpte?",
            nb: "Hvordan gikk motstanden over, og hva hjalp?",
            nn: "Korleis gjekk motstanden over, og kva hjelpte?",
            en: "How did the resistance pass, and what helped?",
          },
        },
        {
          key: "change_advice",
          text: {
            sv: "Vad skulle ni göra annorlunda om ni började om?",
            nb: "Hva ville dere gjort annerledes hvis dere begynte på nytt?",
            nn: "Kva ville de gjort annleis om de byrja på nytt?",
            en: "What would you do differently if you started again?",
          },
        },
      ],
    },
  ],
};
