import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TicketImportError } from "~/domain/tickets/errors";
import { ticketMappingSchema } from "~/domain/tickets/presets";
import { readTicketExport, type ExportBatch, type ReadExportOptions } from "~/services/tickets/read-export.server";

const fixture = (name: string) => join(__dirname, "../../fixtures/tickets", name);
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "vagval-tickets-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeTmp(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function readAll(path: string, opts: ReadExportOptions = {}) {
  const batches: ExportBatch[] = [];
  for await (const b of readTicketExport(path, opts)) batches.push(b);
  return {
    batches,
    tickets: batches.flatMap((b) => b.batch),
    rejected: batches.flatMap((b) => b.rejected),
    last: batches[batches.length - 1]!,
  };
}

async function importError(path: string, opts: ReadExportOptions = {}) {
  try {
    await readAll(path, opts);
  } catch (e) {
    if (e instanceof TicketImportError) return { code: e.code, params: e.params };
    throw e;
  }
  return null;
}

/** Text → Windows-1252 bytes (Latin-1 range plus the two 1252 extras used here). */
function cp1252(text: string): Uint8Array {
  const extra: Record<string, number> = { "–": 0x96, "€": 0x80 };
  return Uint8Array.from([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const TOPDESK = [
  "Anmälningsnummer;Anmälningsdatum;Anmälningssätt;Kategori;Status;Färdigdatum;Tidsåtgång;Kort beskrivning",
  "I 2403 001;04.03.2024 08:15;Telefon;Lösenord;Första linjen;04.03.2024 08:25;7,5;Glömt lösenord – Åsa",
  "I 2403 002;04.03.2024 09:00;E-post;Behörighet;Andra linjen;05.03.2024 10:00;1 234,5;Behörighet i Ekonomisystemet",
  ";04.03.2024 09:30;Besök;Övrigt;;;;Saknar nummer",
  "I 2403 004;04.03.2024 10:00;Självservice;Handhavande;partial;04.03.2024 11:00;5;Hur gör jag?;extra",
  "I 2403 005;04.03.2024 11:00;Mejl;Övrigt;;;;Sista raden;;",
].join("\r\n");

describe("readTicketExport", () => {
  test("TOPdesk in Windows-1252 with ; and decimal comma, rejected rows with their lines", async () => {
    const { tickets, rejected, last } = await readAll(writeTmp("topdesk.csv", cp1252(TOPDESK)));
    expect(last).toMatchObject({ source: "topdesk", charset: "windows-1252", delimiter: ";" });
    expect(tickets.map((t) => [t.lineNumber, t.externalId, t.channel, t.line, t.minutes])).toEqual([
      [2, "I 2403 001", "phone", 1, 7.5],
      [3, "I 2403 002", "email", 2, 1234.5],
      [6, "I 2403 005", "email", undefined, undefined], // trailing empty `;;` tolerated
    ]);
    expect(tickets[0]?.text).toBe("Glömt lösenord – Åsa");
    expect(tickets[0]?.openedAt).toBe("2024-03-04T08:15:00Z");
    expect(rejected).toEqual([
      { line: 4, code: "missing_id", params: { column: "Anmälningsnummer" } },
      { line: 5, code: "wrong_field_count", params: { expected: 8, found: 9 } },
    ]);
  });

  test("ServiceNow: quoted multi-line field keeps later line numbers right", async () => {
    const { tickets, rejected, last } = await readAll(fixture("servicenow.csv"));
    expect(last.source).toBe("servicenow");
    expect(tickets.map((t) => [t.lineNumber, t.externalId])).toEqual([
      [2, "INC0010001"],
      [3, "INC0010002"],
      [8, "INC0010005"],
    ]);
    expect(tickets[1]?.text).toBe('Fel i "Lönesystemet"\r\nefter uppdatering');
    expect(tickets[0]).toMatchObject({ closedAt: "2024-03-04T08:20:00Z", channel: "phone", subcategory: "Password" });
    expect(tickets[2]).toMatchObject({ channel: "walk_in", reassignmentCount: 2, reopenCount: 1 });
    expect(rejected).toEqual([
      { line: 5, code: "closed_before_opened", params: { opened: "2024-03-05 10:00:00", closed: "2024-03-05 09:00:00" } },
      { line: 6, code: "bad_date", params: { column: "opened_at", value: "not a date" } },
    ]);
  });

  test("Jira: repeated headers, Jira dates, text joined", async () => {
    const { tickets, rejected, last } = await readAll(fixture("jira.csv"));
    expect(last.source).toBe("jira");
    expect(tickets[0]).toMatchObject({
      externalId: "SD-1",
      openedAt: "2026-02-25T22:17:00Z",
      closedAt: "2026-02-26T08:05:00Z",
      channel: "email",
      category: "Get IT help",
      text: "Kan inte logga in | login | vpn | Procapita",
    });
    expect(tickets[1]).toMatchObject({ externalId: "SD-2", channel: "portal", type: "fault", text: "Skrivaren strular, igen" });
    expect(rejected).toEqual([{ line: 4, code: "bad_date", params: { column: "Created", value: "32/Feb/26 9:00 AM" } }]);
  });

  test("GLPI request type codes and Zammad channels", async () => {
    const glpi = await readAll(fixture("glpi.csv"));
    expect(glpi.last.source).toBe("glpi");
    expect(glpi.tickets.map((t) => t.channel)).toEqual(["phone", "email", "portal"]);
    const zammad = await readAll(fixture("zammad.csv"));
    expect(zammad.tickets.map((t) => [t.externalId, t.channel, t.firstResponseAt ?? null])).toEqual([
      ["31001", "phone", "2024-03-04T08:05:00Z"],
      ["31002", "portal", null],
    ]);
  });

  test("UTF-16 LE tab-separated (Excel 'Unicode text') with the generic preset", async () => {
    const text = "Ärendenummer\tSkapad\tKanal\tKategori\r\n1\t2024-03-04 08:00\tTelefon\tLösenord\r\n2\t2024-03-04 09:00\tChatt\tÖvrigt\r\n";
    const { tickets, last } = await readAll(writeTmp("u16.txt", utf16le(text)));
    expect(last).toMatchObject({ source: "generic", charset: "utf-16le", delimiter: "\t" });
    expect(tickets.map((t) => [t.lineNumber, t.externalId, t.channel, t.category])).toEqual([
      [2, "1", "phone", "Lösenord"],
      [3, "2", "chat", "Övrigt"],
    ]);
  });

  test("a mapping file picks columns and date format", async () => {
    const path = writeTmp("own.csv", "Nr;När;Hur\nA1;03/05/2024 10:00;Telefon\n");
    const mapping = ticketMappingSchema.parse({ columns: { id: "Nr", opened_at: "När", channel: "Hur" }, dateFormat: "MM/dd/yyyy HH:mm" });
    const { tickets, last } = await readAll(path, { mapping });
    expect(last.source).toBe("mapping");
    expect(tickets).toEqual([{ externalId: "A1", openedAt: "2024-03-05T10:00:00Z", channel: "phone", lineNumber: 2 }]);
  });

  test("tiny read chunks give exactly the same result (multi-byte, CRLF and quotes split)", async () => {
    for (const path of [fixture("servicenow.csv"), fixture("jira.csv"), writeTmp("t2.csv", cp1252(TOPDESK))]) {
      const whole = await readAll(path);
      for (const chunkSize of [1, 2, 3, 7]) {
        const small = await readAll(path, { chunkSize });
        expect(small.tickets).toEqual(whole.tickets);
        expect(small.rejected).toEqual(whole.rejected);
      }
    }
  });

  test("batches hold at most batchSize rows and progress reaches the file size", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `${i + 1},2024-03-04 08:00,Telefon`);
    const path = writeTmp("many.csv", ["id,opened_at,channel", ...rows, "x,bad,Telefon"].join("\n"));
    const { batches, tickets, rejected, last } = await readAll(path, { batchSize: 10, chunkSize: 16 });
    expect(tickets).toHaveLength(25);
    expect(rejected).toEqual([{ line: 27, code: "bad_date", params: { column: "opened_at", value: "bad" } }]);
    for (const b of batches) expect(b.batch.length + b.rejected.length).toBeLessThanOrEqual(10);
    const progress = batches.map((b) => b.bytesRead);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(last.bytesRead).toBe(last.totalBytes);
  });

  test.each([
    ["broken-quote.csv", { code: "unclosed_quote", params: { line: 3 } }],
    ["missing-columns.csv", { code: "missing_columns", params: { missing: "id, opened_at", found: "Titel, Kategori, Kanal" } }],
  ])("%s fails as a whole file", async (name, expected) => {
    expect(await importError(fixture(name))).toEqual(expected);
  });

  test("an unclosed quote is caught early, not after reading the whole file into memory", async () => {
    const tail = "x".repeat(100) + "\n";
    const path = writeTmp("runaway.csv", `id,opened_at,text\n1,2024-03-04 08:00,"oops\n${tail.repeat(12_000)}`);
    expect(await importError(path)).toEqual({ code: "unclosed_quote", params: { line: 2 } });
  });

  test("empty, header-only and binary files", async () => {
    expect(await importError(writeTmp("empty.csv", ""))).toEqual({ code: "empty_file", params: {} });
    expect(await importError(writeTmp("blank.csv", "\n\n"))).toEqual({ code: "no_header", params: {} });
    expect(await importError(writeTmp("book.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])))).toEqual({
      code: "binary_file",
      params: { kind: "zip_or_xlsx" },
    });
    const headerOnly = await readAll(writeTmp("h.csv", "number,opened_at\r\n"));
    expect(headerOnly.tickets).toEqual([]);
  });
});
