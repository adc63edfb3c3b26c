// Deterministic demo tickets for a demo municipality: two years of plausible service-desk
// volume, so charts, KPIs and the recommendation have something honest-looking to show.
// Patterns: Monday peak and quiet weekends; July and Christmas–Epiphany are quiet, August
// (school start) is busy. Channel mix as the pre-study's survey found it: mostly phone and
// e-mail, some portal. Password + permission ≈ a third of tickets (the pre-study's motive).
// A seeded PRNG (mulberry32) drives everything: the same options give the same tickets.
import type { Channel, SupportLine, TicketType } from "~/domain/ids";
import type { Ticket } from "~/domain/tickets/types";
import { mulberry32 } from "~/domain/decision/random";

export interface DemoSystem {
  name: string;
  area: string;
}

export interface DemoOptions {
  seed: number;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  days: number;
  /** Business areas; earlier ones get more tickets (Zipf-like), so cluster loads differ. */
  areas: readonly string[];
  systems: readonly DemoSystem[];
  /** Mean tickets on an ordinary weekday (what the pre-study survey asked: 2–20 is typical). */
  dailyMean: number;
  /** Language of categories and texts; Swedish when left out. */
  language?: "sv" | "nb";
}

type Rand = () => number;

function pick<T>(rand: Rand, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of weighted) if ((r -= w) < 0) return v;
  return weighted[weighted.length - 1]![0];
}

function poisson(rand: Rand, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) {
    const u = Math.max(rand(), 1e-12);
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
  }
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = rand(); p > limit; p *= rand()) k++;
  return k;
}

// Sunday..Saturday. Monday peak, Friday dip, a trickle at weekends (24/7 care staff).
const WEEKDAY = [0.04, 1.35, 1.1, 1.0, 0.95, 0.8, 0.06];
// January..December.
const MONTH = [1.0, 1.0, 1.0, 0.95, 0.95, 0.85, 0.35, 1.15, 1.05, 1.0, 1.0, 0.9];

export function dayFactor(date: Date): number {
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  const holidays = (m === 11 && d >= 23) || (m === 0 && d <= 6);
  return (WEEKDAY[date.getUTCDay()] ?? 1) * (MONTH[m] ?? 1) * (holidays ? 0.3 : 1);
}

const TYPES: readonly (readonly [TicketType, number])[] = [
  ["password", 0.2], ["permission", 0.14], ["how_to", 0.18], ["fault", 0.25], ["change", 0.12], ["vendor", 0.05], ["other", 0.06],
];
const CHANNELS: readonly (readonly [Channel, number])[] = [["phone", 0.42], ["email", 0.38], ["portal", 0.12], ["walk_in", 0.05], ["chat", 0.03]];
const LINES: Record<TicketType, readonly (readonly [SupportLine, number])[]> = {
  password: [[1, 0.9], [2, 0.1]],
  permission: [[1, 0.7], [2, 0.3]],
  how_to: [[1, 0.85], [2, 0.15]],
  fault: [[1, 0.1], [2, 0.75], [3, 0.15]],
  change: [[2, 0.85], [3, 0.15]],
  vendor: [[3, 0.9], [2, 0.1]],
  other: [[1, 0.4], [2, 0.6]],
};
const MEDIAN_MINUTES: Record<TicketType, number> = { password: 8, permission: 18, how_to: 14, fault: 50, change: 70, vendor: 35, other: 20 };
const MEAN_RESOLUTION_HOURS: Record<SupportLine, number> = { 1: 1.5, 2: 30, 3: 120 };
// Texts in the municipality's own language that the seeded rules recognise.
type Texts = Record<TicketType, readonly [category: string, text: string][]>;
const TEXTS_SV: Texts = {
  password: [["Lösenord", "Glömt lösenord till {s}"], ["Konto", "Kontot låst, inloggning misslyckas i {s}"]],
  permission: [["Behörighet", "Ny behörighet i {s} för nyanställd"], ["Behörighet", "Saknar åtkomst till modul i {s}"]],
  how_to: [["Handhavande", "Hur gör jag för att ta ut rapport i {s}?"], ["Handhavande", "Fråga om utskrift i {s}, hur gör man"]],
  fault: [["Fel", "Fel vid sparande i {s}"], ["Fel", "{s} fungerar inte efter uppdatering"]],
  change: [["Ändring", "Beställning av ny mall i {s}"], ["Ändring", "Ändring av blankett i {s}"]],
  vendor: [["Leverantör", "Ärende till leverantör om {s}"], ["Leverantör", "Leverantören behöver felsöka {s}"]],
  other: [["Övrigt", "Allmän fråga om {s}"], ["Övrigt", "Synpunkt på {s}"]],
};
const TEXTS_NB: Texts = {
  password: [["Passord", "Glemt passord til {s}"], ["Konto", "Kontoen er låst, innlogging feiler i {s}"]],
  permission: [["Tilgang", "Ny tilgang i {s} for nyansatt"], ["Tilgang", "Mangler tilgang til modul i {s}"]],
  how_to: [["Brukerstøtte", "Hvordan tar jeg ut rapport i {s}?"], ["Brukerstøtte", "Spørsmål om utskrift i {s}, hvordan gjør man det"]],
  fault: [["Feil", "Feil ved lagring i {s}"], ["Feil", "{s} fungerer ikke etter oppdatering"]],
  change: [["Endring", "Bestilling av ny mal i {s}"], ["Endring", "Endring av skjema i {s}"]],
  vendor: [["Leverandør", "Sak til leverandør om {s}"], ["Leverandør", "Leverandøren må feilsøke {s}"]],
  other: [["Annet", "Generell henvendelse om {s}"], ["Annet", "Innspill til {s}"]],
};
const TEXTS: Record<"sv" | "nb", { texts: Texts; other: string; system: string }> = {
  sv: { texts: TEXTS_SV, other: "Övrigt", system: "systemet" },
  nb: { texts: TEXTS_NB, other: "Annet", system: "systemet" },
};

const iso = (ms: number) => new Date(Math.round(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");

/** Log-normal around a median (σ = 0.6): most tickets near it, a long tail of slow ones. */
const logNormal = (rand: Rand, median: number) =>
  median * Math.exp(0.6 * Math.sqrt(-2 * Math.log(Math.max(rand(), 1e-12))) * Math.cos(2 * Math.PI * rand()));

export function* generateDemoTickets(opts: DemoOptions): Iterable<Ticket> {
  const rand = mulberry32(opts.seed);
  const language = TEXTS[opts.language ?? "sv"];
  const areaWeights = opts.areas.map((a, i) => [a, 1 / (i + 1)] as const);
  const start = Date.parse(`${opts.from}T00:00:00Z`);
  let seq = 0;
  for (let day = 0; day < opts.days; day++) {
    const midnight = start + day * 86_400_000;
    const n = poisson(rand, opts.dailyMean * dayFactor(new Date(midnight)));
    const opened = Array.from({ length: n }, () => midnight + (7.5 + 9 * rand() ** 1.3) * 3_600_000).sort((a, b) => a - b);
    for (const at of opened) {
      const type = pick(rand, TYPES);
      const line = pick(rand, LINES[type]);
      const area = areaWeights.length ? pick(rand, areaWeights) : undefined;
      const inArea = opts.systems.filter((s) => s.area === area);
      const system = inArea.length ? inArea[Math.floor(rand() * inArea.length)]?.name : undefined;
      const texts = language.texts[type];
      const [category, text] = texts[Math.floor(rand() * texts.length)] ?? [language.other, "{s}"];
      const resolution = -Math.log(Math.max(rand(), 1e-9)) * MEAN_RESOLUTION_HOURS[line] * 3_600_000;
      const year = new Date(at).getUTCFullYear();
      const ticket: Ticket = {
        externalId: `DEMO-${year}-${String(++seq).padStart(6, "0")}`,
        openedAt: iso(at),
        closedAt: rand() < 0.97 ? iso(at + resolution) : undefined,
        channel: pick(rand, CHANNELS),
        category,
        system,
        area,
        line,
        type,
        minutes: Math.max(1, Math.round(logNormal(rand, MEDIAN_MINUTES[type]))),
        text: text.replace("{s}", system ?? language.system),
        reassignmentCount: line === 1 ? 0 : pick(rand, [[0, 0.5], [1, 0.35], [2, 0.15]] as const),
      };
      if (!ticket.closedAt) delete ticket.closedAt;
      if (!ticket.system) delete ticket.system;
      if (!ticket.area) delete ticket.area;
      yield ticket;
    }
  }
}

/** The demo municipality's areas and systems (fictional names). */
export const DEMO_AREAS = ["school", "elderly_care", "social_services", "hr", "finance", "building", "culture_leisure", "technical"] as const;
export const DEMO_SYSTEMS: readonly DemoSystem[] = [
  { name: "Elevakten", area: "school" }, { name: "Skolplattformen", area: "school" },
  { name: "Omsorgsjournalen", area: "elderly_care" }, { name: "Planeringsverktyget", area: "elderly_care" },
  { name: "IFO-verksamhetssystemet", area: "social_services" }, { name: "Personalsystemet", area: "hr" },
  { name: "Lönesystemet", area: "hr" }, { name: "Ekonomisystemet", area: "finance" },
  { name: "Bygglovshandläggning", area: "building" }, { name: "Bokningssystemet", area: "culture_leisure" },
  { name: "Kartsystemet", area: "technical" },
];
