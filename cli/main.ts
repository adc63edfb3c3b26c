import { Command, CommanderError, Option } from "commander";
import { closeDatabase } from "~/db/client.server";
import { cliLocale, cliT } from "./i18n";
import { translateArgError } from "./arg-errors";
import { CliError, type CliContext } from "./context";
import { registerDbCommands } from "./commands/db";
import { registerMunicipalityCommands } from "./commands/municipality";
import { registerUserCommands } from "./commands/user";
import { registerServeCommand } from "./commands/serve";
import { registerSurveyCommands } from "./commands/survey";
import { registerResponsesCommands } from "./commands/responses";
import { registerTicketsCommands } from "./commands/tickets";
import { registerInterviewsCommands } from "./commands/interviews";
import { registerRecommendCommands } from "./commands/recommend";
import { registerReportCommands } from "./commands/report";
import { registerOpsCommands } from "./commands/ops";

const locale = cliLocale(process.argv);
const t = await cliT(locale);
const ctx: CliContext = { locale, t };

const program = new Command("vagval")
  .description(t("program.description"))
  .addOption(new Option("--lang <lang>", t("program.lang")).choices(["sv", "nb", "nn", "en"]))
  .exitOverride();

const commands = [
  registerDbCommands,
  registerMunicipalityCommands,
  registerUserCommands,
  registerSurveyCommands,
  registerResponsesCommands,
  registerTicketsCommands,
  registerInterviewsCommands,
  registerRecommendCommands,
  registerReportCommands,
  registerOpsCommands,
  registerServeCommand,
];
for (const register of commands) {
  register(program, ctx);
}

// Every subcommand reports argument errors with exit code 2.
const configure = (cmd: Command) => {
  cmd.exitOverride().configureOutput({ outputError: () => {} });
  cmd.commands.forEach(configure);
};
configure(program);

try {
  await program.parseAsync(process.argv);
  if (!program.args.length && process.argv.length <= 2) program.help();
} catch (error) {
  if (error instanceof CommanderError) {
    const ok = error.code === "commander.helpDisplayed" || error.code === "commander.help" || error.code === "commander.version";
    if (!ok) process.stderr.write(`${t("error")}: ${translateArgError(error, t)}\n`);
    process.exitCode = ok ? 0 : 2;
  } else if (error instanceof CliError) {
    process.stderr.write(`${t("error")}: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`${t("error")}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
} finally {
  await closeDatabase();
}
