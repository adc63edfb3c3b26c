import { importTickets } from "~/services/tickets/import.server";
import { parseMapping } from "~/services/tickets/mapping.server";
import { ticketStats } from "~/services/tickets/stats.server";
import { getImport } from "~/db/tickets-imports.server";
import { makeMunicipality } from "../../support/factories";
import { MAPPING, NEEDS_MAPPING, TOPDESK_SV, cp1252, fixture, ticketTableCounts, vagval, writeTmp } from "./helpers";

// Each CLI run compiles the TypeScript on start: seconds per spawn on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

type CliResult = { imported: number; skipped: number; errors: { line: number; message: string }[]; created: number; updated: number };

/** Import a file via the service into one municipality and via the CLI into another; both stats. */
async function bothWays(path: string, opts: { preset?: "servicenow" | "topdesk"; mapping?: string; mode?: "all" | "skip" } = {}) {
  const viaService = await makeMunicipality();
  const viaCli = await makeMunicipality();
  const service = await importTickets({
    municipalityId: viaService.id, path, preset: opts.preset, mode: opts.mode === "skip" ? "skip_invalid" : "all_or_nothing",
    mapping: opts.mapping ? parseMapping(opts.mapping) : undefined,
  });
  const args = ["tickets", "import", "--municipality", viaCli.slug, "--file", path, "--json"];
  if (opts.preset) args.push("--preset", opts.preset);
  if (opts.mode) args.push("--mode", opts.mode);
  if (opts.mapping) args.push("--mapping", writeTmp("mapping.json", opts.mapping));
  const cli = vagval(args);
  const stats = vagval(["tickets", "stats", "--municipality", viaCli.slug, "--json"]);
  expect(stats.code, stats.stderr).toBe(0);
  return { service, cli: { ...cli, json: JSON.parse(cli.stdout || "null") as CliResult }, serviceStats: await ticketStats({ municipalityId: viaService.id }), cliStats: JSON.parse(stats.stdout) };
}

test("a TOPdesk export from Swedish Excel (Windows-1252, ;, dd.mm.yyyy, decimal comma)", async () => {
  const r = await bothWays(writeTmp("topdesk.csv", cp1252(TOPDESK_SV)));
  expect(r.service).toMatchObject({ status: "done", source: "topdesk", imported: 3, created: 3, skipped: 0 });
  expect(r.cli.code, r.cli.stderr).toBe(0);
  expect(r.cli.json).toEqual({ imported: 3, skipped: 0, errors: [], created: 3, updated: 0, rejected: 0, status: "done", preset: "topdesk" });
  expect(r.cliStats).toEqual(JSON.parse(JSON.stringify(r.serviceStats)));
  // The export states the call type (Fråga → how_to, Incident → fault) and the line.
  expect(r.serviceStats).toMatchObject({
    total: 3, byChannel: { phone: 1, email: 1, portal: 1 }, byType: { how_to: 2, fault: 1 }, byLine: { "1": 2, "2": 1 },
    lineOneCapableShare: 0.6667, perDay: { mean: 1.5, p50: 1.5, p90: 1.9 }, resolutionHours: { p50: 0.5, p90: 19.3 },
  });
  // 12,5 + 7,5 minutes of how_to over two days
  expect(r.serviceStats.hoursPerYearByType.how_to).toBe(Math.round((20 / 60) * (365 / 2) * 100) / 100);
});

test("a ServiceNow export: all-or-nothing refuses it, skip mode keeps the good rows", async () => {
  const all = await bothWays(fixture("servicenow.csv"), { preset: "servicenow" });
  expect(all.service).toMatchObject({ status: "rolled_back", imported: 0, skipped: 5, rejectedCount: 2 });
  expect(all.service.rejected.map((x) => [x.line, x.code])).toEqual([[5, "closed_before_opened"], [6, "bad_date"]]);
  expect(all.cli.code).toBe(1);
  expect(all.cli.json.imported).toBe(0);
  expect(all.cli.json.errors).toEqual([
    { line: 5, message: "Ärendet avslutades (2024-03-05 09:00:00) före det skapades (2024-03-05 10:00:00)." },
    { line: 6, message: 'Datumet "not a date" i kolumn opened_at kan inte läsas. Ange datumformat i mappningsfilen.' },
  ]);
  expect(all.cliStats.total).toBe(0);

  const skip = await bothWays(fixture("servicenow.csv"), { mode: "skip" });
  expect(skip.service).toMatchObject({ status: "done", source: "servicenow", imported: 3, skipped: 2 });
  expect(skip.cli.code).toBe(0);
  expect(skip.cli.json).toMatchObject({ imported: 3, skipped: 2, errors: [{ line: 5 }, { line: 6 }] });
  expect(skip.cliStats).toEqual(JSON.parse(JSON.stringify(skip.serviceStats)));
  // reassigned 0, 1, 2 and reopened 0, 0, 1
  expect(skip.serviceStats).toMatchObject({ total: 3, byChannel: { phone: 1, email: 1, walk_in: 1 }, escalationShare: 0.6667, reopenShare: 0.3333 });
  // INC0010001 resolved after 18 min 48 s (0.3133 h), INC0010005 after 24 h, INC0010002 still open
  expect(skip.serviceStats.resolutionHours.p50).toBe(12.16);
});

test("a file no preset knows needs a mapping, then reads the same both ways", async () => {
  const path = writeTmp("custom.csv", NEEDS_MAPPING);
  const m = await makeMunicipality();
  const without = await importTickets({ municipalityId: m.id, path, mode: "all_or_nothing" });
  expect(without).toMatchObject({ status: "failed", error: { code: "missing_columns" } });
  const cliWithout = vagval(["tickets", "import", "--municipality", m.slug, "--file", path]);
  expect(cliWithout.code).toBe(1);
  expect(cliWithout.stderr).toContain("Kolumner som krävs saknas");

  const r = await bothWays(path, { mapping: JSON.stringify(MAPPING) });
  expect(r.service).toMatchObject({ status: "done", source: "mapping", imported: 2 });
  expect(r.cli.json).toMatchObject({ imported: 2, skipped: 0, errors: [], preset: "mapping" });
  expect(r.cliStats).toEqual(JSON.parse(JSON.stringify(r.serviceStats)));
  expect(r.serviceStats).toMatchObject({ total: 2, byChannel: { phone: 1, email: 1 }, byType: { password: 1, fault: 1 }, resolutionHours: { p50: 12.5 } });

  const bad = vagval(["tickets", "import", "--municipality", m.slug, "--file", path, "--mapping", writeTmp("bad.json", '{"columns":{"id":"x"}}')]);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain("Mappningsfilen är inte giltig");
});

describe("a broken file gets a clear error and leaves the database as it was", () => {
  let municipality: { id: number; slug: string };
  beforeAll(async () => {
    municipality = await makeMunicipality();
    await importTickets({ municipalityId: municipality.id, path: writeTmp("good.csv", cp1252(TOPDESK_SV)), mode: "all_or_nothing" });
  });

  const cases: [string, () => string, string, string][] = [
    ["a quote never closed", () => fixture("broken-quote.csv"), "unclosed_quote", "avslutas aldrig"],
    ["a spreadsheet instead of CSV", () => writeTmp("x.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])), "binary_file", "inte en textfil"],
    ["an empty file", () => writeTmp("empty.csv", ""), "empty_file", "Filen är tom"],
    ["a missing required column", () => fixture("missing-columns.csv"), "missing_columns", "Kolumner som krävs saknas"],
  ];
  test.each(cases)("%s", async (_name, file, code, message) => {
    const before = await ticketTableCounts(municipality.id);
    expect(before.tickets).toBe(3);
    const r = await importTickets({ municipalityId: municipality.id, path: file(), mode: "skip_invalid" });
    expect(r).toMatchObject({ status: "failed", imported: 0, error: { code } });
    expect(await getImport({ municipalityId: municipality.id, id: r.importId })).toMatchObject({ status: "failed", error: { code } });
    const cli = vagval(["tickets", "import", "--municipality", municipality.slug, "--file", file(), "--mode", "skip"]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(message);
    expect(await ticketTableCounts(municipality.id)).toEqual(before);
  });

  test("dates that do not parse, all or nothing: every bad row reported, nothing written", async () => {
    const before = await ticketTableCounts(municipality.id);
    const file = writeTmp("dates.csv", ["id;opened_at;text", "N-1;2024-03-04 08:00;ok", "N-2;31.02.2024;bad", "N-3;igår;bad", "M2403-001;2024-01-01;would update"].join("\n"));
    const r = await importTickets({ municipalityId: municipality.id, path: file, mode: "all_or_nothing" });
    expect(r).toMatchObject({ status: "rolled_back", imported: 0, skipped: 4, rejectedCount: 2 });
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[3, "bad_date"], [4, "bad_date"]]);
    const cli = vagval(["tickets", "import", "--municipality", municipality.slug, "--file", file, "--json"]);
    expect(cli.code).toBe(1);
    expect(JSON.parse(cli.stdout).errors).toEqual([
      { line: 3, message: 'Datumet "31.02.2024" i kolumn opened_at kan inte läsas. Ange datumformat i mappningsfilen.' },
      { line: 4, message: 'Datumet "igår" i kolumn opened_at kan inte läsas. Ange datumformat i mappningsfilen.' },
    ]);
    expect(await ticketTableCounts(municipality.id)).toEqual(before);
    expect((await ticketStats({ municipalityId: municipality.id })).from).toBe("2024-03-04");
  });

  test("an unknown municipality or a missing file is a translated error", () => {
    expect(vagval(["tickets", "import", "--municipality", "finns-inte", "--file", fixture("jira.csv")]).stderr).toContain("finns inte");
    const missing = vagval(["tickets", "import", "--municipality", municipality.slug, "--file", "/nope/x.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Filen /nope/x.csv finns inte");
    expect(vagval(["tickets", "stats", "--municipality", municipality.slug, "--from", "1 mars", "--json"]).code).toBe(2);
  });
});

describe("re-importing", () => {
  test("the same file updates instead of duplicating", async () => {
    const m = await makeMunicipality();
    const path = writeTmp("topdesk.csv", cp1252(TOPDESK_SV));
    await importTickets({ municipalityId: m.id, path, mode: "all_or_nothing" });
    const first = await ticketStats({ municipalityId: m.id });
    const again = await importTickets({ municipalityId: m.id, path, mode: "all_or_nothing" });
    expect(again).toMatchObject({ status: "done", imported: 3, created: 0, updated: 3 });
    expect(await ticketTableCounts(m.id)).toMatchObject({ tickets: 3 });
    expect(await ticketStats({ municipalityId: m.id })).toEqual(first);
  });

  test("an overlapping export moves and adds tickets; the roll-up equals a fresh import's", async () => {
    const m = await makeMunicipality();
    const fresh = await makeMunicipality();
    const header = "id;opened_at;closed_at;channel;category";
    await importTickets({ municipalityId: m.id, path: writeTmp("a.csv", [header, "O-1;2024-03-04 08:00;2024-03-04 09:00;Telefon;Lösenord", "O-2;2024-03-05 08:00;;E-post;Fel"].join("\n")), mode: "all_or_nothing" });
    const second = [header, "O-2;2024-03-07 08:00;2024-03-07 10:00;Chatt;Behörighet", "O-3;2024-03-07 09:00;;Telefon;Fel", "O-3;2024-03-08 09:00;;Telefon;Fel"].join("\n");
    const r = await importTickets({ municipalityId: m.id, path: writeTmp("b.csv", second), mode: "all_or_nothing" });
    expect(r).toMatchObject({ imported: 3, created: 1, updated: 2 });
    const finalState = [header, "O-1;2024-03-04 08:00;2024-03-04 09:00;Telefon;Lösenord", "O-2;2024-03-07 08:00;2024-03-07 10:00;Chatt;Behörighet", "O-3;2024-03-08 09:00;;Telefon;Fel"].join("\n");
    await importTickets({ municipalityId: fresh.id, path: writeTmp("c.csv", finalState), mode: "all_or_nothing" });
    const got = await ticketStats({ municipalityId: m.id });
    expect(got).toEqual(await ticketStats({ municipalityId: fresh.id }));
    expect(got).toMatchObject({ total: 3, byChannel: { phone: 2, chat: 1, email: 0 }, from: "2024-03-04", to: "2024-03-08" });
  });

  test("an id repeated across batches of a new import is counted once", async () => {
    const m = await makeMunicipality();
    const rows = ["id;opened_at;channel", ...Array.from({ length: 30 }, (_, i) => `R-${i % 20};2024-03-${String(4 + (i % 3)).padStart(2, "0")} 08:00;Telefon`)];
    const r = await importTickets({ municipalityId: m.id, path: writeTmp("rep.csv", rows.join("\n")), mode: "all_or_nothing", batchSize: 7 });
    expect(r).toMatchObject({ imported: 30, created: 20, updated: 10 });
    const s = await ticketStats({ municipalityId: m.id });
    expect(s.total).toBe(20);
    expect(s.byChannel.phone).toBe(20);
  });
});
