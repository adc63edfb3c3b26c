import fs from "node:fs";
import path from "node:path";
import { Option, type Command } from "commander";
import { getMunicipality } from "~/db/municipalities.server";
import { migrate } from "~/db/maintenance.server";
import { exportInterviews, type ExportFormat } from "~/services/interviews/export.server";
import { CliError, printJson, type CliContext } from "../context";

/** `vagval interviews export --municipality SLUG --format csv|qdc --out PATH [--dialect excel|standard]`. */
export function registerInterviewsCommands(program: Command, { t, locale }: CliContext) {
  const cmd = program.command("interviews").description(t("interviews.description"));

  cmd
    .command("export")
    .description(t("interviews.export"))
    .requiredOption("--municipality <slug>", t("interviews.municipality"))
    .addOption(new Option("--format <format>", t("interviews.format")).choices(["csv", "qdc"]).makeOptionMandatory())
    .requiredOption("--out <path>", t("interviews.out"))
    .addOption(new Option("--dialect <dialect>", t("interviews.dialect")).choices(["excel", "standard"]).default("excel"))
    .option("--json", t("common.json"))
    .action(async (opts: { municipality: string; format: ExportFormat; out: string; dialect: "excel" | "standard"; json?: boolean }) => {
      await migrate();
      const municipality = await getMunicipality({ slug: opts.municipality });
      if (!municipality) throw new CliError(t("interviews.noMunicipality", { slug: opts.municipality }));
      const file = await exportInterviews({
        municipalityId: municipality.id,
        municipalitySlug: municipality.slug,
        format: opts.format,
        dialect: opts.dialect,
        locale,
      });
      const out = path.resolve(opts.out);
      try {
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, file.body, "utf8");
      } catch (error) {
        throw new CliError(t("interviews.writeFailed", { path: out, message: error instanceof Error ? error.message : String(error) }));
      }
      if (opts.json) printJson({ out, format: opts.format, segments: file.segments });
      else process.stdout.write(`${t("interviews.written", { count: file.segments, path: out })}\n`);
    });
}
