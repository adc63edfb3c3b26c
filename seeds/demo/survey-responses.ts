// 80 demo answers to `prestudy-2019` that reproduce the pre-study's §3.1 figures:
// - permission_required: 74 of 80 yes = 92.5 % exactly.
// - service_level_kept: 79 of 80 answered; 39 yes = 49.4 %, 37 no = 46.8 %, 3 dont_know.
//   The pre-study's 49.4 % / 46.9 % pair is only reachable with 81 answers (40 and 38);
//   with at most 80, 39/79 hits 49.4 % and 37/79 = 46.84 % is the nearest to 46.9 %.
// - sees_advantages: slightly more yes (33) than no (30), some both (17).
// - tickets_per_day from 1 to 100, mostly 2–20; areas mostly school, elderly care and
//   social services; channels mostly phone and email; free texts from the pre-study's lists.
// Deterministic: the same seed gives the same answers (no Math.random).
import type { Answers } from "~/domain/surveys/template";
import { mulberry32 } from "~/domain/decision/random";

export const DEMO_RESPONDENTS = 80;
export const DEMO_SERVICE_LEVEL = { yes: 39, no: 37, dont_know: 3, unanswered: 1 } as const;
export const DEMO_PERMISSION = { yes: 74, no: 6 } as const;
export const DEMO_SEES_ADVANTAGES = { yes: 33, no: 30, both: 17 } as const;

type Random = () => number;


const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const shuffle = <T>(r: Random, xs: T[]): T[] => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = int(r, 0, i);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
};
const pickSome = (r: Random, xs: readonly string[], n: number): string[] => shuffle(r, [...xs]).slice(0, n);
const counted = <K extends string>(counts: Record<K, number>): K[] =>
  (Object.entries(counts) as Array<[K, number]>).flatMap(([k, n]) => Array<K>(n).fill(k));

const ADVANTAGES = [
  "Högre effektivitet",
  "Mer tid till andra arbetsuppgifter",
  "Mindre sårbart när någon är sjuk",
  "Enklare att följa upp ärenden",
  "Ökad tillgänglighet för support",
  "Snabbare ärendehantering och nöjdare användare",
];
const DISADVANTAGES = [
  "Kräver kunskap om löneadministration",
  "Kräver kunskap om avtalstolkning",
  "Kräver systemkännedom",
  "Kräver förståelse för verksamheten",
  "Längre svarstider",
  "Risk att tappa den personliga kontakten med användarna",
];
const PERMISSION_KINDS = [
  "Rollbaserad behörighet beroende på vad användaren ska göra i systemet",
  "Administratörsbehörighet i verksamhetssystemet",
  "Sekretessbehörighet för personuppgifter",
  "Behörighet beslutad av förvaltningen per roll",
];
const WHY = {
  yes: ["Med bra rutiner och manualer går det", "En gemensam ingång gör oss lättare att nå"],
  no: ["Svårt att supporta system man inte själv arbetar i", "Många ärenden kräver specialistkunskap", "Längre svarstider när kunskapen saknas"],
  dont_know: ["Beror på vilka system som samlas"],
};

// Weights: most administrators work in school, elderly care and social services (Bild 1).
const AREA_WEIGHTS: Array<[string, number]> = [
  ["school", 30], ["elderly_care", 26], ["social_services", 22], ["hr", 7], ["finance", 6],
  ["building", 4], ["culture_leisure", 2], ["technical", 2], ["other", 1],
];

function weighted(r: Random, weights: Array<[string, number]>): string {
  let x = r() * weights.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of weights) if ((x -= w) < 0) return v;
  return weights[0]?.[0] ?? "";
}

function tickets(r: Random, i: number): number {
  if (i === 0) return 1; // the pre-study's range ran from 1 …
  if (i === 1) return 100; // … to 100 tickets a day
  return r() < 0.85 ? int(r, 2, 20) : int(r, 21, 60);
}

export function demoPrestudyResponses(seed = 2019): Answers[] {
  const r = mulberry32(seed);
  const permission = shuffle(r, counted(DEMO_PERMISSION));
  // Who sees advantages mostly also believes the service level can be kept: pair the two
  // lists in stance order, then let a few pairs trade places.
  const stances = [...counted({ yes: DEMO_SEES_ADVANTAGES.yes, both: DEMO_SEES_ADVANTAGES.both, no: DEMO_SEES_ADVANTAGES.no })];
  const { yes, dont_know, no } = DEMO_SERVICE_LEVEL;
  const levels: Array<string | null> = [...counted({ yes, dont_know, no }), null];
  for (let k = 0; k < 12; k++) {
    const i = int(r, 0, levels.length - 1);
    const j = int(r, 0, levels.length - 1);
    [levels[i], levels[j]] = [levels[j] ?? null, levels[i] ?? null];
  }
  const order = shuffle(r, stances.map((_, i) => i));

  return order.map((pairIndex, i): Answers => {
    const stance = stances[pairIndex] ?? "yes";
    const level = levels[pairIndex] ?? null;
    const areas = [...new Set([weighted(r, AREA_WEIGHTS), ...(r() < 0.3 ? [weighted(r, AREA_WEIGHTS)] : [])])];
    const channels = ["phone", "email"].filter(() => r() < 0.85);
    if (r() < 0.35) channels.push("portal");
    if (r() < 0.15) channels.push("walk_in");
    if (channels.length === 0) channels.push("email");
    const required = permission[i] ?? "yes";
    const a: Answers = {
      area: areas,
      channels,
      tickets_per_day: tickets(r, i),
      permission_required: required,
      sees_advantages: stance,
      service_level_kept: level,
    };
    if (areas.includes("other")) a["area.other"] = "Miljö och hälsoskydd";
    if (required === "yes" && r() < 0.6) a.permission_kind = PERMISSION_KINDS[int(r, 0, PERMISSION_KINDS.length - 1)] ?? null;
    if (stance !== "no") a.advantages = pickSome(r, ADVANTAGES, int(r, 1, 3));
    if (stance !== "yes") a.disadvantages = pickSome(r, DISADVANTAGES, int(r, 1, 3));
    if (level !== null && r() < 0.5) {
      const why = WHY[level as keyof typeof WHY];
      a.service_level_why = why[int(r, 0, why.length - 1)] ?? null;
    }
    return a;
  });
}
