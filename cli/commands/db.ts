import type { Command } from "commander";
import { migrate, isEmpty } from "~/db/maintenance.server";
import { backup, BackupError, restore } from "~/services/backup.server";
import { seedDemo } from "~/services/demo.server";
import { CliError, printJson, type CliContext } from "../context";

export function registerDbCommands(program: Command, { t }: CliContext) {
  const dbCmd = program.command("db").description(t("db.description"));

  dbCmd
    .command("migrate")
    .description(t("db.migrate"))
    .option("--json", t("common.json"))
    .action(async (opts: { json?: boolean }) => {
      const applied = await migrate();
      if (opts.json) printJson({ applied });
      else process.stdout.write(`${t("db.migrated", { count: applied.length })}\n`);
    });

  dbCmd
    .command("seed")
    .description(t("db.seed"))
    .option("--demo", t("db.seedDemo"))
    .option("--if-empty", t("db.seedIfEmpty"))
    .option("--json", t("common.json"))
    .action(async (opts: { demo?: boolean; ifEmpty?: boolean; json?: boolean }) => {
      await migrate();
      let demo = false;
      if (opts.demo && (!opts.ifEmpty || (await isEmpty()))) {
        demo = await seedDemo((step) => opts.json || process.stderr.write(`${t("db.seeding", { step })}\n`));
      }
      if (opts.json) printJson({ demo });
      else process.stdout.write(`${opts.demo ? (demo ? t("db.demoSeeded") : t("db.demoPresent")) : t("db.seeded")}\n`);
    });

  dbCmd
    .command("backup")
    .description(t("db.backup"))
    .requiredOption("--out <file>", t("db.backupOut"))
    .option("--json", t("common.json"))
    .action(async (opts: { out: string; json?: boolean }) => {
      const file = await translateBackupErrors(t, () => backup(opts.out));
      if (opts.json) printJson({ file });
      else process.stdout.write(`${t("db.backedUp", { file })}\n`);
    });

  dbCmd
    .command("restore")
    .description(t("db.restore"))
    .requiredOption("--from <file>", t("db.restoreFrom"))
    .option("--json", t("common.json"))
    .action(async (opts: { from: string; json?: boolean }) => {
      const file = await translateBackupErrors(t, () => restore(opts.from));
      if (opts.json) printJson({ file });
      else process.stdout.write(`${t("db.restored", { file })}\n`);
    });
}

async function translateBackupErrors<T>(t: CliContext["t"], fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(t(`db.errors.${error.code}`, error.params));
    throw error;
  }
}
