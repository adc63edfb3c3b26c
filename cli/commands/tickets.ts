import { existsSync } from "node:fs";
import { basename } from "node:path";
import { Option, type Command } from "commander";
import cliProgress from "cli-progress";
import { migrate } from "~/db/maintenance.server";
import { getMunicipality } from "~/db/municipalities.server";
import { isTicketImportError } from "~/domain/tickets/errors";
import { PRESET_IDS, type PresetId } from "~/domain/tickets/presets";
import { importTickets, type ImportResult } from "~/services/tickets/import.server";
import { readMappingFile } from "~/services/tickets/mapping.server";
import { ticketStats } from "~/services/tickets/stats.server";
import { CliError, printJson, usageError, type CliContext } from "../context";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

type ImportOpts = { municipality: string; file: string; preset?: PresetId; mapping?: string; dateFormat?: string; mode: "all" | "skip"; json?: boolean };
type StatsOpts = { municipality: string; from?: string; to?: string; json?: boolean };

/** `vagval tickets import | stats`. */
export function registerTicketsCommands(program: Command, ctx: CliContext) {
  const { t } = ctx;
  const cmd = program.command("tickets").description(t("tickets.description"));

  cmd
    .command("import")
    .description(t("tickets.import"))
    .requiredOption("--municipality <slug>", t("tickets.municipality"))
    .requiredOption("--file <path>", t("tickets.file"))
    .addOption(new Option("--preset <preset>", t("tickets.preset")).choices([...PRESET_IDS]))
    .option("--mapping <file>", t("tickets.mapping"))
    .option("--date-format <format>", t("tickets.dateFormat"))
    .addOption(new Option("--mode <mode>", t("tickets.mode")).choices(["all", "skip"]).default("all"))
    .option("--json", t("common.json"))
    .action((opts: ImportOpts) => runImport(opts, ctx));

  cmd
    .command("stats")
    .description(t("tickets.stats"))
    .requiredOption("--municipality <slug>", t("tickets.municipality"))
    .option("--from <date>", t("tickets.from"))
    .option("--to <date>", t("tickets.to"))
    .option("--json", t("common.json"))
    .action(async (opts: StatsOpts) => {
      for (const d of [opts.from, opts.to]) if (d !== undefined && !DAY.test(d)) throw usageError(t("tickets.badDate", { value: d }));
      if (opts.from && opts.to && opts.from > opts.to) throw usageError(t("tickets.fromAfterTo"));
      await migrate();
      const m = await municipalityOf(opts.municipality, ctx);
      const stats = await ticketStats({ municipalityId: m.id, from: opts.from, to: opts.to });
      if (opts.json) return printJson(stats);
      const lines = [
        `${t("tickets:stats.total")}: ${stats.total}`,
        `${t("tickets:stats.perDayMean")}: ${stats.perDay.mean}`,
        `${t("tickets:stats.lineOneCapableShare")}: ${Math.round(stats.lineOneCapableShare * 1000) / 10} %`,
        `${t("tickets:stats.resolutionP50")}: ${stats.resolutionHours.p50 ?? "–"}`,
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}

async function municipalityOf(slug: string, { t }: CliContext) {
  const m = await getMunicipality({ slug });
  if (!m) throw new CliError(t("tickets.noMunicipality", { slug }));
  return m;
}

async function runImport(opts: ImportOpts, ctx: CliContext) {
  const { t } = ctx;
  await migrate();
  const m = await municipalityOf(opts.municipality, ctx);
  if (!existsSync(opts.file)) throw new CliError(t("tickets.fileNotFound", { file: opts.file }));
  const problem = (e: unknown) => (isTicketImportError(e) ? new CliError(t(`tickets:errors.${e.code}`, e.params)) : e);
  const mapping = opts.mapping ? await readMappingFile(opts.mapping).catch((e: unknown) => Promise.reject(problem(e))) : undefined;
  const bar = opts.json ? null : new cliProgress.SingleBar({ stream: process.stderr, format: `${t("tickets.progress")} [{bar}] {percentage}% | {rows}` }, cliProgress.Presets.shades_classic);
  bar?.start(100, 0, { rows: 0 });
  let result: ImportResult;
  try {
    result = await importTickets({
      municipalityId: m.id,
      path: opts.file,
      fileName: basename(opts.file),
      preset: opts.preset,
      mapping,
      dateFormat: opts.dateFormat,
      mode: opts.mode === "skip" ? "skip_invalid" : "all_or_nothing",
      onProgress: (p) => bar?.update(p.totalBytes ? Math.floor((p.bytesRead / p.totalBytes) * 100) : 0, { rows: p.rowsRead }),
    });
  } finally {
    bar?.stop();
  }
  if (result.error) throw new CliError(t(`tickets:errors.${result.error.code}`, result.error.params));
  const errors = result.rejected.map((r) => ({ line: r.line, message: t(`tickets:errors.${r.code}`, r.params) }));
  if (result.status === "rolled_back") process.exitCode = 1;
  if (opts.json) {
    return printJson({
      imported: result.imported, skipped: result.skipped, errors,
      created: result.created, updated: result.updated, rejected: result.rejectedCount, status: result.status, preset: result.source,
    });
  }
  for (const e of errors) process.stderr.write(`${t("tickets.line", { line: e.line })}: ${e.message}\n`);
  const summary = result.status === "rolled_back" ? "tickets.rolledBack" : "tickets.imported";
  process.stdout.write(`${t(summary, { imported: result.imported, created: result.created, updated: result.updated, skipped: result.skipped, rejected: result.rejectedCount })}\n`);
}
