// The benchmark's export: a generic semicolon CSV as a Nordic service desk writes it, from a
// fixed-seed generator so every run measures the same million rows.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { mulberry32 } from "../../app/domain/decision/random";

export const HEADER = "id;opened_at;closed_at;channel;category;subcategory;system;area;department;minutes;text;reassignment_count";

const CHANNELS = ["Telefon", "E-post", "Portal", "Besök", "Chatt"];
const AREAS = ["school", "elderly_care", "social_services", "hr", "finance", "building", "culture_leisure", "technical"] as const;
/**
 * Each area's administration (förvaltning) as a Swedish municipality names them; some serve two
 * areas, so a department's tickets are not one area's. The dashboard bench uses them too.
 */
export const DEPARTMENTS = {
  school: "Barn- och utbildningsförvaltningen",
  elderly_care: "Vård- och omsorgsförvaltningen",
  social_services: "Socialförvaltningen",
  hr: "Kommunledningsförvaltningen",
  finance: "Kommunledningsförvaltningen",
  building: "Samhällsbyggnadsförvaltningen",
  culture_leisure: "Kultur- och fritidsförvaltningen",
  technical: "Samhällsbyggnadsförvaltningen",
} as const;
const CATEGORIES: [string, string][] = [
  ["Lösenord", "Glömt lösenord till"], ["Behörighet", "Ny behörighet i"], ["Handhavande", "Hur gör jag för att skriva ut i"],
  ["Fel", "Fel vid sparande i"], ["Ändring", "Beställning av ny mall i"], ["Leverantör", "Ärende till leverantör om"], ["Övrigt", "Synpunkt på"],
];

export interface BenchRow {
  id: string; opened: string; closed: string; openedIso: string; closedIso: string; day: string; channel: string; category: string;
  subcategory: string; system: string; area: string; department: string; minutes: number; text: string; reassignments: number;
}


const pad = (n: number) => String(n).padStart(2, "0");

/** Row i of `rows`, spread evenly over three years from 2023-01-01 in opening order. */
export function* benchRows(rows: number, seed = 7): Generator<BenchRow> {
  const rand = mulberry32(seed);
  const start = Date.UTC(2023, 0, 1);
  const span = 3 * 365 * 86_400_000;
  for (let i = 0; i < rows; i++) {
    const at = start + Math.floor((i / rows) * span) + Math.floor(rand() * 60_000);
    const open = new Date(at);
    const close = new Date(at + Math.floor(rand() * rand() * 200 * 3_600_000));
    const [category, text] = CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!;
    const area = AREAS[Math.floor(rand() * rand() * AREAS.length)]!;
    const system = `System ${area.slice(0, 3)}-${Math.floor(rand() * 4)}`;
    const d = (x: Date) => `${x.getUTCFullYear()}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}`;
    const t = (x: Date) => `${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(x.getUTCSeconds())}`;
    yield {
      id: `INC${String(i).padStart(8, "0")}`,
      opened: `${d(open)} ${t(open)}`,
      closed: `${d(close)} ${t(close)}`,
      openedIso: `${d(open)}T${t(open)}Z`,
      closedIso: `${d(close)}T${t(close)}Z`,
      day: d(open),
      channel: CHANNELS[Math.floor(rand() * rand() * CHANNELS.length)]!,
      category,
      subcategory: "",
      system,
      area,
      department: DEPARTMENTS[area],
      minutes: Math.round(rand() * 900) / 10,
      text: `${text} ${system}`,
      reassignments: rand() < 0.7 ? 0 : 1 + Math.floor(rand() * 3),
    };
  }
}

export async function writeBenchCsv(path: string, rows: number) {
  const out = createWriteStream(path);
  let chunk = `${HEADER}\n`;
  for (const r of benchRows(rows)) {
    chunk += `${r.id};${r.opened};${r.closed};${r.channel};${r.category};${r.subcategory};${r.system};${r.area};${r.department};${String(r.minutes).replace(".", ",")};${r.text};${r.reassignments}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}
