// Files and runners shared by the ticket integration tests.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { db } from "~/db/client.server";
import { TMP } from "../../support/databases";

export const fixture = (name: string) => join(__dirname, "../../fixtures/tickets", name);

let n = 0;
/** Write a file under test/.tmp (unique per call) and return its path. */
export function writeTmp(name: string, content: string | Uint8Array): string {
  const dir = join(TMP, `tickets-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${++n}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** Text as Windows-1252 bytes, as Swedish Excel saves "CSV (semikolonavgränsad)". */
export const cp1252 = (text: string) => Buffer.from(text, "latin1");

export function vagval(args: string[]) {
  const r = spawnSync(process.execPath, ["cli/vagval.js", ...args], { env: { ...process.env, LANG: "sv_SE.UTF-8" }, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Rows in every ticket table for a municipality: "the database as it was" checks. */
export async function ticketTableCounts(municipalityId: number) {
  const count = async (table: string) => Number((await db()(table).where("municipality_id", municipalityId).count({ n: "*" }).first())?.n ?? 0);
  return { tickets: await count("tickets"), daily: await count("ticket_daily") };
}

/** A small generic export whose every figure is worked out by hand in kpis.test.ts. */
export const HAND_MADE = [
  "id;opened_at;closed_at;channel;category;area;system;minutes;text;reassignment_count",
  "H-1;2024-03-04 08:00;2024-03-04 08:30;Telefon;Lösenord;school;Skolplattform;10;Glömt lösenord;0",
  "H-2;2024-03-04 09:00;2024-03-04 11:00;E-post;Behörighet;school;Skolplattform;20;Ny behörighet;0",
  "H-3;2024-03-04 10:00;2024-03-05 10:00;E-post;Fel;elderly_care;Omsorg;60;Fel vid utskrift;1",
  "H-4;2024-03-05 08:00;2024-03-05 12:00;Portal;Fråga;elderly_care;Omsorg;;Hur gör jag för att skriva ut?;0",
  "H-5;2024-03-06 13:00;;Besök;Övrigt;hr;Lön;30;Synpunkt;",
  "H-6;2024-03-06 14:00;2024-03-08 14:00;Telefon;Leverantör;hr;Lön;90;Ärende till leverantör;2",
].join("\r\n");

/** A TOPdesk export saved by Swedish Excel: Windows-1252, `;`, dd.mm.yyyy, decimal comma. */
export const TOPDESK_SV = [
  "Anmälningsnummer;Anmälningsdatum;Anmälningssätt;Anmälningstyp;Kategori;Underkategori;Operatörsgrupp;Status;Färdigdatum;Tidsåtgång;Kort beskrivning",
  "M2403-001;04.03.2024 08:00;Telefon;Fråga;Konton;Lösenord;Servicedesk;Första linjen;04.03.2024 08:15;12,5;Glömt lösenord till Procapita",
  "M2403-002;04.03.2024 09:30;E-post;Incident;Programvara;Lönesystem;Systemförvaltning;Andra linjen;05.03.2024 09:30;45;Lönesystemet startar inte",
  "M2403-003;05.03.2024 10:00;Självservice;Fråga;Behörighet;;Servicedesk;Första linjen;05.03.2024 10:30;7,5;Behöver åtkomst till mapp",
].join("\r\n");

/** An export no preset knows; its mapping file names the columns. */
export const NEEDS_MAPPING = [
  "Ärende-ID,Inkommet datum,Avslutat datum,Hur,Vad,Beskrivning",
  "X-1,2024-03-04 08:00,2024-03-04 09:00,telefon,Lösenord,Glömt lösenord",
  "X-2,2024-03-04 10:00,2024-03-05 10:00,mejl,Fel,Programmet kraschar",
].join("\n");
export const MAPPING = {
  columns: { id: "Ärende-ID", opened_at: "Inkommet datum", closed_at: "Avslutat datum", channel: "Hur", category: "Vad", text: "Beskrivning" },
};
