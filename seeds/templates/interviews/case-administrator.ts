// Guide for the case interviews with system administrators (pre-study §1.2, §3.2): current work
// situation and support load, then the two scenarios — municipality-wide shared support and
// cluster support.
import type { InterviewGuide } from "~/domain/interviews/guide";

export const caseAdministratorGuide: InterviewGuide = {
  key: "case-administrator",
  version: 1,
  title: {
    sv: "Intervju med systemförvaltare",
    nb: "Intervju med systemforvalter",
    nn: "Intervju med systemforvaltar",
    en: "Interview with a system administrator",
  },
  intro: {
    sv: "Intervjun handlar om din nuvarande arbetssituation och om hur supporten för verksamhetssystemen skulle kunna organiseras: kommungemensamt eller i kluster. Svaren redovisas utan namn.",
    nb: "Intervjuet handler om din nåværende arbeidssituasjon og om hvordan brukerstøtten for fagsystemene kunne vært organisert: felles for hele kommunen eller i klynger. Svarene rapporteres uten navn.",
    nn: "Intervjuet handlar om arbeidssituasjonen din i dag og om korleis brukarstøtta for fagsystema kunne vore organisert: felles for heile kommunen eller i klynger. Svara vert rapporterte utan namn.",
    en: "This interview is about your current work situation and how support for the business systems could be organised: shared across the municipality or in clusters. Answers are reported without names.",
  },
  sections: [
    {
      key: "current",
      title: {
        sv: "Nuvarande arbetssituation och supportbelastning",
        nb: "Nåværende arbeidssituasjon og støttebelastning",
        nn: "Arbeidssituasjonen i dag og støttebelastninga",
        en: "Current work situation and support load",
      },
      questions: [
        {
          key: "systems_role",
          text: {
            sv: "Vilka verksamhetssystem förvaltar du, och hur ser din roll ut?",
            nb: "Hvilke fagsystemer forvalter du, og hvordan ser rollen din ut?",
            nn: "Kva fagsystem forvaltar du, og korleis ser rolla di ut?",
            en: "Which business systems do you administer, and what does your role look like?",
          },
        },
        {
          key: "ticket_intake",
          text: {
            sv: "Hur kommer supportärendena in till dig?",
            nb: "Hvordan kommer brukerstøttesakene inn til deg?",
            nn: "Korleis kjem brukarstøttesakene inn til deg?",
            en: "How do support tickets reach you?",
          },
          prompts: [
            { sv: "Telefon, e-post, portal, besök?", nb: "Telefon, e-post, portal, oppmøte?", nn: "Telefon, e-post, portal, oppmøte?", en: "Phone, email, portal, walk-in?" },
            { sv: "Loggas ärendena någonstans?", nb: "Blir sakene registrert et sted?", nn: "Vert sakene registrerte nokon stad?", en: "Are tickets logged anywhere?" },
          ],
        },
        {
          key: "ticket_load",
          text: {
            sv: "Hur många ärenden får du en vanlig dag, och vilka typer av frågor är det?",
            nb: "Hvor mange saker får du en vanlig dag, og hva slags spørsmål er det?",
            nn: "Kor mange saker får du ein vanleg dag, og kva slags spørsmål er det?",
            en: "How many tickets do you get on a normal day, and what kinds of questions are they?",
          },
          prompts: [
            { sv: "Lösenord, behörigheter, handhavande, fel?", nb: "Passord, tilganger, bruk av systemet, feil?", nn: "Passord, tilgangar, bruk av systemet, feil?", en: "Passwords, permissions, how-to, faults?" },
          ],
        },
        {
          key: "time_balance",
          text: {
            sv: "Hur stor del av din tid går till support jämfört med förvaltning och utveckling?",
            nb: "Hvor stor del av tiden din går til brukerstøtte sammenlignet med forvaltning og utvikling?",
            nn: "Kor stor del av tida di går til brukarstøtte samanlikna med forvaltning og utvikling?",
            en: "How much of your time goes to support compared with maintenance and development?",
          },
        },
        {
          key: "absence",
          text: {
            sv: "Vad händer med supporten när du är sjuk eller på semester?",
            nb: "Hva skjer med brukerstøtten når du er syk eller på ferie?",
            nn: "Kva skjer med brukarstøtta når du er sjuk eller på ferie?",
            en: "What happens to support when you are ill or on holiday?",
          },
        },
      ],
    },
    {
      key: "scenario_shared",
      title: {
        sv: "Scenario: kommungemensam support",
        nb: "Scenario: felles brukerstøtte for hele kommunen",
        nn: "Scenario: felles brukarstøtte for heile kommunen",
        en: "Scenario: municipality-wide shared support",
      },
      questions: [
        {
          key: "shared_advantages",
          text: {
            sv: "Vilka fördelar ser du med en kommungemensam support för verksamhetssystemen?",
            nb: "Hvilke fordeler ser du med en felles brukerstøtte for fagsystemene i hele kommunen?",
            nn: "Kva fordelar ser du med ei felles brukarstøtte for fagsystema i heile kommunen?",
            en: "What advantages do you see in a municipality-wide shared support for the business systems?",
          },
          prompts: [
            {
              sv: "Effektivitet, tillgänglighet, sårbarhet vid frånvaro, uppföljning?",
              nb: "Effektivitet, tilgjengelighet, sårbarhet ved fravær, oppfølging?",
              nn: "Effektivitet, tilgjenge, sårbarheit ved fråvær, oppfølging?",
              en: "Efficiency, availability, vulnerability to absence, follow-up?",
            },
          ],
        },
        {
          key: "shared_disadvantages",
          text: { sv: "Vilka nackdelar ser du?", nb: "Hvilke ulemper ser du?", nn: "Kva ulemper ser du?", en: "What disadvantages do you see?" },
          prompts: [
            {
              sv: "Verksamhetskunskap, svarstider, personlig kontakt?",
              nb: "Kunnskap om virksomheten, svartider, personlig kontakt?",
              nn: "Kunnskap om verksemda, svartider, personleg kontakt?",
              en: "Domain knowledge, response times, personal contact?",
            },
          ],
        },
        {
          key: "shared_knowledge",
          text: {
            sv: "Vilka ärenden kräver verksamhets- eller specialistkunskap som en gemensam support inte skulle ha?",
            nb: "Hvilke saker krever virksomhets- eller spesialistkunnskap som en felles brukerstøtte ikke ville hatt?",
            nn: "Kva saker krev verksemds- eller spesialistkunnskap som ei felles brukarstøtte ikkje ville hatt?",
            en: "Which tickets need domain or specialist knowledge that a shared support would not have?",
          },
        },
        {
          key: "shared_service_level",
          text: {
            sv: "Tror du att samma närhet till användarna och samma goda servicenivå kan behållas? Varför?",
            nb: "Tror du at samme nærhet til brukerne og samme gode servicenivå kan beholdes? Hvorfor?",
            nn: "Trur du at den same nærleiken til brukarane og det same gode servicenivået kan haldast oppe? Kvifor?",
            en: "Do you think the same closeness to users and the same good service level can be kept? Why?",
          },
        },
        {
          key: "shared_partial",
          text: {
            sv: "Vilka enklare frågor skulle kunna lämnas till en gemensam första linje, även om resten stannar lokalt?",
            nb: "Hvilke enklere spørsmål kunne vært overlatt til en felles førstelinje, selv om resten blir værende lokalt?",
            nn: "Kva enklare spørsmål kunne vore overlatne til ei felles førstelinje, sjølv om resten vert verande lokalt?",
            en: "Which simpler questions could be handed to a shared first line, even if the rest stays local?",
          },
          prompts: [
            {
              sv: "Lösenord, behörigheter, handhavandefrågor som besvaras med manualer?",
              nb: "Passord, tilganger, brukerspørsmål som besvares med manualer?",
              nn: "Passord, tilgangar, brukarspørsmål som vert svara på med manualar?",
              en: "Passwords, permissions, how-to questions answered from manuals?",
            },
          ],
        },
        {
          key: "shared_conditions",
          text: {
            sv: "Vad skulle krävas för att en gemensam support ska fungera?",
            nb: "Hva skal til for at en felles brukerstøtte skal fungere?",
            nn: "Kva skal til for at ei felles brukarstøtte skal fungere?",
            en: "What would it take for a shared support to work?",
          },
          prompts: [
            {
              sv: "Grundutbildning, tydlig arbetsfördelning, när ärenden ska gå vidare?",
              nb: "Grunnopplæring, tydelig arbeidsdeling, når saker skal sendes videre?",
              nn: "Grunnopplæring, tydeleg arbeidsdeling, når saker skal sendast vidare?",
              en: "Basic training, a clear division of work, when tickets are passed on?",
            },
          ],
        },
      ],
    },
    {
      key: "scenario_cluster",
      title: {
        sv: "Scenario: support i kluster",
        nb: "Scenario: brukerstøtte i klynger",
        nn: "Scenario: brukarstøtte i klynger",
        en: "Scenario: cluster support",
      },
      questions: [
        {
          key: "cluster_grouping",
          text: {
            sv: "Hur skulle verksamhetssystemen kunna delas in i kluster i er kommun?",
            nb: "Hvordan kunne fagsystemene vært delt inn i klynger i kommunen deres?",
            nn: "Korleis kunne fagsystema vore delte inn i klynger i kommunen dykkar?",
            en: "How could the business systems be grouped into clusters in your municipality?",
          },
          prompts: [
            {
              sv: "Till exempel HR, vård och omsorg, skola, ekonomi",
              nb: "For eksempel HR, helse og omsorg, skole, økonomi",
              nn: "Til dømes HR, helse og omsorg, skule, økonomi",
              en: "For example HR, health and care, school, finance",
            },
          ],
        },
        {
          key: "cluster_advantages",
          text: {
            sv: "Vilka fördelar ser du med support i kluster?",
            nb: "Hvilke fordeler ser du med brukerstøtte i klynger?",
            nn: "Kva fordelar ser du med brukarstøtte i klynger?",
            en: "What advantages do you see in cluster support?",
          },
        },
        {
          key: "cluster_disadvantages",
          text: {
            sv: "Vilka nackdelar ser du med support i kluster?",
            nb: "Hvilke ulemper ser du med brukerstøtte i klynger?",
            nn: "Kva ulemper ser du med brukarstøtte i klynger?",
            en: "What disadvantages do you see in cluster support?",
          },
          prompts: [
            {
              sv: "Sårbarhet vid sjukfrånvaro, ojämn arbetsbelastning mellan kluster?",
              nb: "Sårbarhet ved sykefravær, ujevn arbeidsbelastning mellom klynger?",
              nn: "Sårbarheit ved sjukefråvær, ujamn arbeidsbelastning mellom klynger?",
              en: "Vulnerability to sick leave, uneven workload between clusters?",
            },
          ],
        },
        {
          key: "cluster_workload",
          text: {
            sv: "Hur skulle arbetsbelastningen fördelas och prioriteras om ett kluster får fler ärenden än ett annat?",
            nb: "Hvordan skulle arbeidsbelastningen fordeles og prioriteres hvis én klynge får flere saker enn en annen?",
            nn: "Korleis skulle arbeidsbelastninga fordelast og prioriterast dersom éi klynge får fleire saker enn ei anna?",
            en: "How would the workload be shared and prioritised if one cluster gets more tickets than another?",
          },
        },
      ],
    },
  ],
};
