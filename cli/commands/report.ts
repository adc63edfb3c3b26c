import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { Option, type Command } from "commander";
import cliProgress from "cli-progress";
import { getMunicipality } from "~/db/municipalities.server";
import { migrate } from "~/db/maintenance.server";
import { isLocale, type Locale } from "~/domain/ids";
import { CSV_EXPORTS } from "~/domain/report/csv-rows";
import { audit } from "~/db/audit.server";
import { writeFileAtomic } from "~/services/atomic-file.server";
import { csvExportLines, csvFileName } from "~/services/reports/csv-export.server";
import { createReportPdf, reportFileName } from "~/services/reports/report.server";
import { GrantError, grantRegion } from "~/services/region-access.server";
import { CliError, printJson, usageError, type CliContext } from "../context";

type ReportOptions = { municipality: string; format: "pdf" | "csv"; lang?: string; out?: string; dialect: "standard" | "excel"; json?: boolean };

/** `vagval report …` (PDF or a folder of CSV files) and `vagval region grant …`. */
export function registerReportCommands(program: Command, ctx: CliContext) {
  const { t } = ctx;
  program
    .command("report")
    .description(t("report.description"))
    .requiredOption("--municipality <slug>", t("report.municipality"))
    .addOption(new Option("--format <format>", t("report.format")).choices(["pdf", "csv"]).default("pdf"))
    .addOption(new Option("--lang <lang>", t("report.lang")).choices(["sv", "nb", "nn", "en"]))
    .option("--out <path>", t("report.out"))
    .addOption(new Option("--dialect <dialect>", t("report.dialect")).choices(["standard", "excel"]).default("excel"))
    .option("--json", t("common.json"))
    .action(async (opts: ReportOptions) => {
      await migrate();
      const municipality = await getMunicipality({ slug: opts.municipality });
      if (!municipality) throw new CliError(t("report.notFound", { slug: opts.municipality }));
      // The program-wide --lang is parsed before this command sees it: read it from argv too.
      const asked = opts.lang ?? (process.argv.some((a) => a === "--lang" || a.startsWith("--lang=")) ? ctx.locale : undefined);
      const locale: Locale = isLocale(asked) ? asked : municipality.defaultLocale;
      const date = new Date().toISOString().slice(0, 10);
      if (opts.format === "pdf") {
        const out = path.resolve(opts.out ?? path.join("reports", reportFileName(municipality.slug, date, locale)));
        const bar = opts.json ? null : new cliProgress.SingleBar({ stream: process.stderr, format: `${t("report.progress")} [{bar}] {percentage}% | {step}` }, cliProgress.Presets.shades_classic);
        bar?.start(100, 0, { step: "" });
        const { pdf } = await createReportPdf({ municipality, locale, onProgress: (done, total, step) => bar?.update(Math.round((done / total) * 100), { step }) });
        bar?.stop();
        // Written beside the target and renamed: a killed run leaves no half PDF under `out`.
        await writeFileAtomic(out, pdf);
        await audit({ municipalityId: municipality.id, action: "export", target: path.basename(out), detail: { format: "pdf", locale, via: "cli" } });
        if (opts.json) printJson({ municipality: municipality.slug, format: "pdf", lang: locale, file: out, bytes: pdf.length });
        else process.stdout.write(`${t("report.written", { path: out })}\n`);
        return;
      }
      const dir = path.resolve(opts.out ?? path.join("reports", `${municipality.slug}-${date}-${locale}-csv`));
      fs.mkdirSync(dir, { recursive: true });
      const files: string[] = [];
      const bar = opts.json ? null : new cliProgress.SingleBar({ stream: process.stderr, format: `${t("report.progress")} [{bar}] {value}/{total} | {step}` }, cliProgress.Presets.shades_classic);
      bar?.start(CSV_EXPORTS.length, 0, { step: "" });
      for (const kind of CSV_EXPORTS) {
        bar?.update(files.length, { step: kind });
        const file = path.join(dir, csvFileName(municipality.slug, kind, date));
        await writeLines(file, csvExportLines({ kind, municipality, dialect: opts.dialect, locale }));
        files.push(file);
      }
      bar?.update(files.length, { step: "" });
      bar?.stop();
      if (opts.json) printJson({ municipality: municipality.slug, format: "csv", lang: locale, dialect: opts.dialect, dir, files });
      else process.stdout.write(`${t("report.writtenCsv", { n: files.length, path: dir })}\n`);
    });

  const region = program.command("region").description(t("report.region.description"));
  region
    .command("grant")
    .description(t("report.region.grant"))
    .requiredOption("--email <email>", t("report.region.email"))
    .requiredOption("--region <slug>", t("report.region.region"))
    .option("--json", t("common.json"))
    .action(async (opts: { email: string; region: string; json?: boolean }) => {
      await migrate();
      try {
        await grantRegion({ email: opts.email, regionSlug: opts.region });
      } catch (error) {
        if (error instanceof GrantError) throw usageError(t(`report.region.${error.code}`, { email: opts.email, region: opts.region }));
        throw error;
      }
      if (opts.json) printJson({ email: opts.email.trim().toLowerCase(), region: opts.region, role: "coordinator" });
      else process.stdout.write(`${t("report.region.granted", { email: opts.email, region: opts.region })}\n`);
    });
}

/** Writes lines as they come, waiting when the file stream is full (no whole file in memory). */
async function writeLines(file: string, lines: AsyncGenerator<string>) {
  const stream = fs.createWriteStream(file, { encoding: "utf8" });
  for await (const line of lines) if (!stream.write(line)) await once(stream, "drain");
  stream.end();
  await once(stream, "finish");
}
