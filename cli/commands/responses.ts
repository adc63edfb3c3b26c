import fs from "node:fs";
import { Option, type Command } from "commander";
import { migrate } from "~/db/maintenance.server";
import { IMPORT_FORMATS, decodeUpload, importResponses, type ImportFormat } from "~/services/surveys/import.server";
import { CliError, printJson, usageError, type CliContext } from "../context";
import { surveyFromOption, translated } from "./survey-shared";

/** `vagval responses import`: a whole file or nothing; rejected rows listed by line. */
export function registerResponsesCommands(program: Command, ctx: CliContext) {
  const { t } = ctx;
  program
    .command("responses")
    .description(t("responses.description"))
    .command("import")
    .description(t("responses.import"))
    .requiredOption("--survey <id>", t("survey.id"))
    .requiredOption("--file <path>", t("responses.file"))
    .addOption(new Option("--format <format>", t("responses.format")).choices([...IMPORT_FORMATS]))
    .option("--json", t("common.json"))
    .action(async (opts: { survey: string; file: string; format?: ImportFormat; json?: boolean }) => {
      if (!fs.existsSync(opts.file)) throw usageError(t("responses.noFile", { file: opts.file }));
      await migrate();
      const survey = await surveyFromOption(opts.survey, ctx);
      const text = await translated(async () => decodeUpload(new Uint8Array(fs.readFileSync(opts.file))), ctx);
      const input = { municipalityId: survey.municipalityId, surveyId: survey.id, text, format: opts.format ?? ("auto" as const), locale: ctx.locale };
      const summary = await translated(() => importResponses(input, t), ctx);
      if (opts.json) printJson({ imported: summary.imported, skipped: summary.skipped, errors: summary.errors });
      else {
        for (const e of summary.errors) process.stderr.write(`${t("responses.lineError", { line: e.line, message: e.message })}\n`);
        if (summary.unmatchedHeaders.length) process.stderr.write(`${t("survey:import.unmatched_headers", { headers: summary.unmatchedHeaders.join(", ") })}\n`);
        process.stdout.write(`${t(summary.errors.length ? "responses.nothingImported" : "responses.imported", { imported: summary.imported, skipped: summary.skipped, errors: summary.errors.length })}\n`);
      }
      if (summary.errors.length > 0) {
        process.exitCode = 1;
        if (!opts.json) throw new CliError(t("responses.fixFile"));
      }
    });
}
