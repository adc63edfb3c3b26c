import { Option, type Command } from "commander";
import { migrate } from "~/db/maintenance.server";
import { addUser, UserInputError } from "~/services/users.server";
import { CliError, printJson, usageError, type CliContext } from "../context";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

export function registerUserCommands(program: Command, { t }: CliContext) {
  program
    .command("user")
    .description(t("user.description"))
    .command("add")
    .description(t("user.add"))
    .requiredOption("--email <email>", t("user.email"))
    .addOption(new Option("--role <role>", t("user.role")).choices(["admin", "project", "decision"]).makeOptionMandatory())
    .option("--municipality <slug>", t("user.municipality"))
    .option("--name <name>", t("user.name"))
    .option("--json", t("common.json"))
    .action(async (opts: { email: string; role: "admin" | "project" | "decision"; municipality?: string; name?: string; json?: boolean }) => {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(opts.email)) throw usageError(t("user.badEmail", { email: opts.email }));
      const password = await readStdin();
      await migrate();
      try {
        const id = await addUser({ email: opts.email, name: opts.name, role: opts.role, municipalitySlug: opts.municipality, password });
        if (opts.json) printJson({ id, email: opts.email.toLowerCase(), role: opts.role });
        else process.stdout.write(`${t("user.added", { email: opts.email, role: opts.role })}\n`);
      } catch (error) {
        if (error instanceof UserInputError) {
          const bad = error.code === "municipality_required" || error.code === "password_too_short";
          throw bad ? usageError(t(`user.errors.${error.code}`, error.params)) : new CliError(t(`user.errors.${error.code}`, error.params));
        }
        throw error;
      }
    });
}
