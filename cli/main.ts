import { Command, CommanderError, Option } from "commander";
import { closeDatabase } from "~/db/client.server";
import { cliLocale, cliT } from "./i18n";
import { translateArgError } from "./arg-errors";
import { CliError, type CliContext } from "./context";
import { describeUnexpectedError } from "./unexpected-error";
const locale = cliLocale(process.argv);
const t = await cliT(locale);
const ctx: CliContext = { locale, t };

const program = new Command("vagval")
  .description(t("program.description"))
  .addOption(new Option("--lang <lang>", t("program.lang")).choices(["sv", "nb", "nn", "en"]))
  .exitOverride();

// Each module is loaded only when its command is asked for (or for --help): loading all of
// them (PDF, charts, the web server) would cost every call a second or more.
type Register = (program: Command, ctx: CliContext) => void;
const modules: { names: string[]; load: () => Promise<Register> }[] = [
  { names: ["db"], load: async () => (await import("./commands/db")).registerDbCommands },
  { names: ["municipality"], load: async () => (await import("./commands/municipality")).registerMunicipalityCommands },
  { names: ["municipality"], load: async () => (await import("./commands/organisation")).registerOrganisationCommands },
  { names: ["user"], load: async () => (await import("./commands/user")).registerUserCommands },
  { names: ["survey"], load: async () => (await import("./commands/survey")).registerSurveyCommands },
  { names: ["responses"], load: async () => (await import("./commands/responses")).registerResponsesCommands },
  { names: ["tickets"], load: async () => (await import("./commands/tickets")).registerTicketsCommands },
  { names: ["interviews"], load: async () => (await import("./commands/interviews")).registerInterviewsCommands },
  { names: ["recommend"], load: async () => (await import("./commands/recommend")).registerRecommendCommands },
  { names: ["report", "region"], load: async () => (await import("./commands/report")).registerReportCommands },
  { names: ["db", "mail"], load: async () => (await import("./commands/ops")).registerOpsCommands },
  { names: ["serve"], load: async () => (await import("./commands/serve")).registerServeCommand },
  { names: ["privacy"], load: async () => (await import("./commands/privacy")).registerPrivacyCommands },
];
const asked = commandName(process.argv.slice(2));
const known = modules.some((m) => m.names.includes(asked ?? ""));
for (const module of modules) {
  if (!known || module.names.includes(asked ?? "")) (await module.load())(program, ctx);
}

/** The first word on the command line that is not an option (or --lang's value). */
function commandName(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--lang") i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return undefined;
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
    process.stderr.write(`${t("error")}: ${describeUnexpectedError(error, t)}\n`);
    if (process.env.VAGVAL_DEBUG) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
} finally {
  await closeDatabase();
}
