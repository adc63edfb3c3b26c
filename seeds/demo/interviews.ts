// Demo interviews for the Swedish demo municipality: three case interviews with system
// administrators and two reference interviews, with notes and coded quotes that paraphrase the
// pre-study's findings (§3.2–3.4, §4). Plain data: the seeder gives ids, links excerpts to
// interviews by index and stores notes per guide question key.
import type { Criterion, InterviewRole, Stance, SupportModel } from "~/domain/ids";

export interface DemoInterview {
  role: InterviewRole;
  department?: string;
  date: string;
  guideKey: "case-administrator" | "reference-shared-support" | "reference-service-center";
  notes: Record<string, string>;
}

export interface DemoExcerpt {
  /** Index into DEMO_INTERVIEWS. */
  interview: number;
  questionKey: string;
  quote: string;
  model: SupportModel;
  stance: Stance;
  criterion: Criterion;
  themes: string[];
}

export const DEMO_INTERVIEWS: DemoInterview[] = [
  {
    role: "administrator",
    department: "Förskola & Grundskola",
    date: "2024-03-04",
    guideKey: "case-administrator",
    notes: {
      systems_role: "Förvaltar elevadministrationen och lärplattformen tillsammans med en kollega. Ansvarar för behörigheter, uppdateringar och utbildning av skolpersonal.",
      ticket_intake: "Telefon och mejl, en del via portalen. Lärare hör också av sig direkt i korridoren. Bara portalärendena loggas.",
      ticket_load: "Omkring 15–20 ärenden per dag, fler vid terminsstart. De flesta gäller lösenord, behörigheter och handhavande.",
      time_balance: "Ungefär halva tiden går till support. Förvaltning och utveckling skjuts ofta upp.",
      absence: "Vid sjukdom blir ärenden liggande; kollegan kan bara delar av systemet.",
      shared_advantages: "Ser stora fördelar: ökad tillgänglighet, snabbare svar på korta frågor, nöjdare användare och mer arbetsglädje.",
      shared_disadvantages: "Risk att specialfrågor om betyg och schema tar längre tid om första linjen inte kan skolans processer.",
      shared_knowledge: "Betygs- och schemafrågor kräver kunskap om skolans processer; lösenord och inloggning gör det inte.",
      shared_service_level: "Tror att servicenivån kan bli bättre om enkla frågor inte blir liggande.",
      shared_partial: "Lösenord och behörigheter skulle kunna lämnas till en gemensam första linje direkt.",
      shared_conditions: "Tydlig arbetsfördelning, klara besked om när ärenden ska gå vidare och en god grundutbildning för första linjen. Hellre generalister med bra stödsystem än specialister.",
      cluster_grouping: "Skola och förskola i ett kluster, eventuellt tillsammans med kultur och fritid.",
      cluster_advantages: "Förvaltarna blir mer insatta i processerna.",
      cluster_disadvantages: "Risk att ett kluster får dubbelt så många ärenden som ett annat.",
      cluster_workload: "Kräver en prioritetsordning för ärendena och möjlighet att låna resurser mellan kluster.",
    },
  },
  {
    role: "administrator",
    department: "Vård och omsorg",
    date: "2024-03-06",
    guideKey: "case-administrator",
    notes: {
      systems_role: "Förvaltar verksamhetssystemet för omsorgsdokumentation och bemanningssystemet.",
      ticket_intake: "Telefon, mejl och besök. Inget loggas systematiskt, så det är svårt att veta vad som tar tid.",
      ticket_load: "Cirka 10 ärenden per dag; behörigheter vid nyanställning, schemafrågor och handhavande.",
      time_balance: "Support tar en stor del av dagen under sommarvikarieperioden.",
      absence: "En kollega kan täcka de enklaste frågorna, resten väntar.",
      shared_advantages: "Ser flest nackdelar men nämner fördelar: ett och samma nummer att ringa, och att alla ärenden måste loggas.",
      shared_disadvantages: "Bristande kunskap om omsorgsprocesserna och bemanningsavtalen.",
      shared_knowledge: "Bemanningsfrågor kräver kunskap om avtalen; dokumentationsfrågor kräver kunskap om lagkrav.",
      shared_service_level: "Användarna är vana vid att ringa förvaltaren direkt; närheten riskerar att gå förlorad.",
      shared_partial: "Lösenord kan centraliseras, behörigheter bara om rollerna är tydligt beskrivna.",
      shared_conditions: "Loggning av alla ärenden och en kunskapsbank för återkommande frågor.",
      cluster_grouping: "Ett kluster för vård och omsorg tillsammans med hälso- och sjukvård.",
      cluster_advantages: "Förvaltarna blir insatta i processerna som systemen stödjer.",
      cluster_disadvantages: "Fortfarande sårbart om en förvaltare blir sjuk.",
      cluster_workload: "Sommarperioden ger mycket fler ärenden än hos andra kluster.",
    },
  },
  {
    role: "administrator",
    department: "Individ- och familjeomsorg",
    date: "2024-03-08",
    guideKey: "case-administrator",
    notes: {
      systems_role: "Förvaltar verksamhetssystemet för socialtjänstens handläggning och e-tjänsterna kopplade till det.",
      ticket_intake: "Mest telefon och mejl från handläggare.",
      ticket_load: "5–10 ärenden per dag, ofta komplexa frågor om ärendeflöden och sekretess.",
      time_balance: "Mindre tid till support än kollegerna, men ärendena är tunga.",
      absence: "Ingen ersättare; akuta frågor går till leverantören.",
      shared_advantages: "Ser få fördelar för det egna systemet, möjligen för lösenord.",
      shared_disadvantages: "Den som supportar måste kunna föreskrifterna i socialtjänsten och kommunens styrmodell.",
      shared_knowledge: "Nästan alla ärenden kräver verksamhetskunskap; komplexa ärenden skulle få längre svarstider.",
      shared_service_level: "Tror inte att samma närhet kan behållas.",
      shared_partial: "Lösenordsbyten kan gärna tas av någon annan.",
      shared_conditions: "Om det införs: undanta socialtjänstens system eller låt andra linjen ligga kvar hos förvaltningen.",
      cluster_grouping: "Socialtjänsten som eget kluster.",
      cluster_advantages: "Kunskapen stannar nära verksamheten.",
      cluster_disadvantages: "Om förvaltaren inte sitter i verksamheten blir supporten bristfällig även i ett kluster.",
      cluster_workload: "Något kluster kommer alltid att få mer att göra; det behövs prioritering över klustergränserna.",
    },
  },
  {
    role: "reference_project_leader",
    department: "Kommunsupport, referenskommun",
    date: "2024-03-13",
    guideKey: "reference-shared-support",
    notes: {
      intake_channels: "Ett gemensamt nummer och en portal; allt registreras i ett ärendehanteringssystem.",
      intake_routing: "Första linjen tar det den kan; specialisterna tar övriga ärenden i den takt de hinner.",
      centralised_scope: "HR, HR-lön, ekonomi, bemanning och IT. Kommunsupporten har funnits i tre år.",
      centralised_excluded: "System med smala användargrupper och tunga verksamhetsprocesser ligger kvar lokalt.",
      effects_efficiency: "Den största fördelen har varit ökad effektivitet.",
      effects_closeness: "Användare upplevde i början en försämring, eftersom de var vana vid sin egen kontaktperson.",
      effects_service_level: "Servicenivån följs upp i ärendesystemet; användarna förstår i dag att arbetssättet behövs.",
      change_resistance: "Misstro från förvaltare som ansåg att de själva kunde systemet bäst.",
      change_passing: "De flesta blev positiva efter införandet. Viktigt att acceptera att allt har en lärandeprocess.",
      change_advice: "Tydliga gränser för vad som ingår och god grundutbildning från början.",
    },
  },
  {
    role: "service_center_manager",
    department: "Servicecenter, referenskommun",
    date: "2024-03-15",
    guideKey: "reference-service-center",
    notes: {
      first_line_scope: "De system som kräver mest support och de mest kritiska frågorna; servicecentret arbetar bara i första linjen.",
      first_line_staff: "Supportpersonalen har samma kunskap och löser så mycket som möjligt i första linjen.",
      first_line_reasons: "Minska IT-kostnaderna i verksamheterna, minska sårbarheten när bara en person kan ett ärende och förbättra kommunikationen med användarna.",
      second_line_scope: "Andra linjen ligger oftast ute i verksamheterna och sköts inte av servicecentret.",
      second_line_why: "Vissa ärenden kräver förståelse för en specifik verksamhet och användarnas behov; då behöver förvaltningen ske nära användaren.",
      hard_examples: "Ärenden i system som servicecentrets personal inte själv arbetat i.",
      hard_handover: "Sådana ärenden läggs ofta direkt över till andra linjen.",
      hard_expectations: "Erfarna användare är duktiga på sitt system och har höga förväntningar på supporten.",
    },
  },
];

const x = (
  interview: number,
  questionKey: string,
  model: SupportModel,
  stance: Stance,
  criterion: Criterion,
  quote: string,
  themes: string[] = [],
): DemoExcerpt => ({ interview, questionKey, quote, model, stance, criterion, themes });

export const DEMO_EXCERPTS: DemoExcerpt[] = [
  // 0: administrator, Förskola & Grundskola — sees large advantages in shared support.
  x(0, "ticket_load", "local", "con", "development_time", "Jag lägger nog halva dagen på lösenord och behörigheter i stället för på förvaltning.", ["lösenord"]),
  x(0, "absence", "local", "con", "absence_robustness", "När jag är sjuk blir ärendena liggande – det finns ingen annan som kan skolsystemet fullt ut.", ["frånvaro"]),
  x(0, "shared_advantages", "shared", "pro", "availability", "Med en gemensam support får användarna svar på korta frågor direkt, i stället för att vänta på att just jag blir ledig."),
  x(0, "shared_advantages", "shared", "pro", "efficiency", "Vi skulle bli effektivare om inte alla satt och löste samma sorts frågor var för sig."),
  x(0, "shared_service_level", "shared", "pro", "simple_speed", "Frågor som blir liggande gör användarna missnöjda; snabba svar på enkla saker ger nöjdare användare."),
  x(0, "shared_conditions", "shared", "pro", "absence_robustness", "Hellre generalister med ett bra supportsystem bakom sig än specialister i första linjen – blir en specialist sjuk står allt still.", ["frånvaro", "arbetsfördelning"]),
  x(0, "shared_partial", "partial", "pro", "development_time", "Om lösenord och behörigheter togs av en gemensam första linje skulle jag äntligen hinna med utvecklingen av systemen.", ["lösenord"]),
  x(0, "cluster_disadvantages", "cluster", "con", "workload_balance", "Om vårt kluster får dubbelt så många ärenden som ett annat blir det ohållbart utan en prioritetsordning.", ["prioritering"]),
  // 1: administrator, Vård och omsorg — sees most disadvantages, but names some advantages.
  x(1, "ticket_intake", "local", "con", "follow_up", "Ärendena kommer på telefon, mejl och i korridoren – inget loggas, så vi vet inte vad som tar tid.", ["ärendelogg"]),
  x(1, "shared_advantages", "shared", "pro", "availability", "Det vore enklare för användarna att bara ha ett nummer att ringa."),
  x(1, "shared_advantages", "shared", "pro", "follow_up", "I en gemensam support måste alla ärenden loggas; då ser man vilka frågor som återkommer och kan svara snabbare på dem.", ["ärendelogg"]),
  x(1, "shared_disadvantages", "shared", "con", "domain_knowledge", "Den som ska supporta vårt system måste förstå hur omsorgsprocesserna fungerar, annars blir svaren fel.", ["verksamhetskunskap"]),
  x(1, "shared_knowledge", "shared", "con", "complex_speed", "Bemanningsfrågorna kräver att man kan avtalen; det kan en generalist inte svara på direkt.", ["verksamhetskunskap"]),
  x(1, "shared_service_level", "shared", "con", "personal_contact", "Användarna är vana vid att ringa mig direkt; den personliga kontakten skulle gå förlorad.", ["förtroende"]),
  x(1, "cluster_advantages", "cluster", "pro", "domain_knowledge", "I ett kluster för vård och omsorg blir förvaltarna riktigt insatta i processerna som systemen stödjer."),
  x(1, "cluster_disadvantages", "cluster", "con", "absence_robustness", "Även i ett kluster är vi få, så om en blir sjuk är vi lika sårbara som i dag.", ["frånvaro"]),
  // 2: administrator, Individ- och familjeomsorg — sceptical of shared support.
  x(2, "time_balance", "local", "pro", "personal_contact", "Närheten till handläggarna gör att vi hittar felen tidigt, även om supporten äter tid."),
  x(2, "shared_disadvantages", "shared", "con", "domain_knowledge", "Man måste kunna föreskrifterna i socialtjänsten för att hjälpa våra handläggare; det lär man sig inte på en kurs.", ["verksamhetskunskap"]),
  x(2, "shared_knowledge", "shared", "con", "complex_speed", "Komplexa ärenden skulle ta längre tid, för den gemensamma supporten måste ändå fråga oss."),
  x(2, "shared_service_level", "shared", "con", "personal_contact", "Samma närhet går inte att behålla – användarna vill prata med någon som kan deras vardag."),
  x(2, "cluster_advantages", "cluster", "pro", "domain_knowledge", "Ett kluster för individ- och familjeomsorg skulle behålla kunskapen nära verksamheten."),
  x(2, "cluster_disadvantages", "cluster", "con", "domain_knowledge", "Sitter förvaltaren inte i verksamheten blir supporten bristfällig även i ett kluster.", ["verksamhetskunskap"]),
  x(2, "cluster_workload", "cluster", "con", "workload_balance", "Något kluster kommer alltid att få mer att göra än de andra; då måste ärenden prioriteras över gränserna.", ["prioritering"]),
  // 3: reference project leader, municipality with a shared support (kommunsupport).
  x(3, "intake_channels", "shared", "pro", "follow_up", "Allt kommer in via ärendesystemet, så vi ser hur varje ärende hanteras och kan följa upp.", ["ärendelogg"]),
  x(3, "centralised_scope", "shared", "neutral", "change_effort", "Vi förde in HR, lön, ekonomi, bemanning och IT i kommunsupporten för tre år sedan."),
  x(3, "effects_efficiency", "shared", "pro", "efficiency", "Den stora vinsten är effektiviteten: specialisterna tar ärendena i den takt de hinner."),
  x(3, "effects_closeness", "shared", "con", "personal_contact", "I början upplevde många att servicen blev sämre, eftersom de var vana vid sin egen kontaktperson.", ["förtroende"]),
  x(3, "change_resistance", "shared", "con", "change_effort", "Flera förvaltare litade inte på att någon annan kunde ta över – de menade att de själva kunde systemet bäst.", ["förtroende"]),
  x(3, "change_passing", "shared", "pro", "change_effort", "Efter hand blev de flesta positiva; man måste acceptera att allt har en lärandeprocess.", ["utbildning"]),
  // 4: service-center manager, first line shared, second line in the departments.
  x(4, "first_line_scope", "service_center", "pro", "simple_speed", "Lösenord och behörigheter för de system som kräver mest support löser vi direkt på första linjen.", ["lösenord"]),
  x(4, "first_line_reasons", "service_center", "pro", "absence_robustness", "Vi ville komma bort från att bara en person kan lösa ett visst ärende.", ["frånvaro"]),
  x(4, "first_line_reasons", "service_center", "pro", "availability", "Att samla de mest kritiska frågorna har gett effektiviseringar i resurser och högre tillgänglighet."),
  x(4, "second_line_why", "service_center", "pro", "domain_knowledge", "Vissa ärenden kräver förståelse för en specifik verksamhet, därför ligger andra linjen kvar nära användarna.", ["verksamhetskunskap"]),
  x(4, "hard_examples", "service_center", "con", "domain_knowledge", "Det är en utmaning att ha hög kompetens i alla system som förvaltas gemensamt.", ["verksamhetskunskap"]),
  x(4, "hard_handover", "service_center", "con", "complex_speed", "Erfarna användare har höga förväntningar; deras svåra ärenden lägger vi ofta direkt över till andra linjen."),
];
