import { existsSync, readFileSync } from "node:fs";
import type { Command } from "commander";
import { migrate } from "~/db/maintenance.server";
import { getMunicipality } from "~/db/municipalities.server";
import { SystemsFileError, decodeSystemsFile, importProblemMessage, importSystems } from "~/services/organisation/import.server";
import { CliError, printJson, type CliContext } from "../context";

/** `vagval municipality systems-import`: the organisation page's import, for IT staff. */
export function registerOrganisationCommands(program: Command, { t }: CliContext) {
  const municipality = program.commands.find((c) => c.name() === "municipality") ?? program.command("municipality").description(t("municipality.description"));

  municipality
    .command("systems-import")
    .description(t("organisation.systemsImport"))
    .requiredOption("--municipality <slug>", t("organisation.municipality"))
    .requiredOption("--file <path>", t("organisation.file"))
    .option("--json", t("common.json"))
    .action(async (opts: { municipality: string; file: string; json?: boolean }) => {
      await migrate();
      const m = await getMunicipality({ slug: opts.municipality });
      if (!m) throw new CliError(t("organisation.noMunicipality", { slug: opts.municipality }));
      if (!existsSync(opts.file)) throw new CliError(t("organisation.fileNotFound", { file: opts.file }));
      let text: string;
      try {
        text = decodeSystemsFile(readFileSync(opts.file));
      } catch (e) {
        if (e instanceof SystemsFileError) throw new CliError(t(`organisation:import.errors.${e.code}`, e.params));
        throw e;
      }
      const outcome = await importSystems({ municipalityId: m.id, userId: null, locale: m.defaultLocale }, text);
      if (!outcome.ok) {
        const errors = outcome.problems.map((p) => ({ line: p.line, message: importProblemMessage(t, p) }));
        for (const e of errors) process.stderr.write(`${t("organisation.line", { line: e.line })}: ${e.message}\n`);
        process.stderr.write(`${t("organisation.rejected", { count: errors.length })}\n`);
        if (opts.json) printJson({ systems: 0, departments: 0, areas: 0, errors });
        process.exitCode = 1;
        return;
      }
      const { ok: _ok, ...summary } = outcome;
      if (opts.json) return printJson(summary);
      process.stdout.write(`${t("organisation.imported", summary)}\n`);
      if (summary.ignored.length > 0) process.stdout.write(`${t("organisation.ignored", { columns: summary.ignored.join(", ") })}\n`);
    });
}
