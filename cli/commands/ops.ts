import type { Command } from "commander";
import { db } from "~/db/client.server";
import { migrate } from "~/db/maintenance.server";
import { MAIL_KINDS, outboxCounts, problemMails, requeueMail } from "~/db/mail-outbox.server";
import { copyDatabase, exportDatabase, importDatabase, tableChecksums, TransferError } from "~/services/db-transfer.server";
import { mailConfigured } from "~/services/mail/transport.server";
import { runMailOnce, startMailWorker } from "~/services/mail/worker.server";
import { CliError, printJson, usageError, type CliContext } from "../context";

/** `vagval mail …` and the moving commands under `vagval db …` (export, import, copy, checksum). */
export function registerOpsCommands(program: Command, ctx: CliContext) {
  registerMail(program, ctx);
  const dbCmd = program.commands.find((c) => c.name() === "db") ?? program.command("db");
  registerTransfer(dbCmd, ctx);
}

function registerMail(program: Command, { t }: CliContext) {
  const mail = program.command("mail").description(t("mail.description"));

  mail
    .command("send")
    .description(t("mail.send"))
    .option("--once", t("mail.once"))
    .option("--json", t("common.json"))
    .action(async (opts: { once?: boolean; json?: boolean }) => {
      await migrate();
      if (!mailConfigured()) throw new CliError(t("mail.notConfigured"));
      if (opts.once) {
        const summary = await runMailOnce();
        if (opts.json) printJson(summary);
        else process.stdout.write(`${t("mail.summary", summary)}\n`);
        return;
      }
      const worker = startMailWorker();
      process.stderr.write(`${t("mail.running")}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => void worker.stop().then(resolve);
        process.once("SIGTERM", stop);
        process.once("SIGINT", stop);
      });
    });

  mail
    .command("status")
    .description(t("mail.status"))
    .option("--json", t("common.json"))
    .action(async (opts: { json?: boolean }) => {
      await migrate();
      const counts = await outboxCounts();
      const problems = (await problemMails()).map((p) => ({ id: p.id, kind: p.kind, status: p.status, attempts: p.attempts, dedupeKey: p.dedupeKey, error: p.lastError }));
      if (opts.json) return printJson({ counts, problems });
      for (const kind of MAIL_KINDS) process.stdout.write(`${kind}: ${JSON.stringify(counts[kind])}\n`);
      for (const p of problems) process.stdout.write(`${t("mail.problem", { ...p, error: p.error ?? "" })}\n`);
    });

  mail
    .command("retry")
    .description(t("mail.retry"))
    .requiredOption("--id <id>", t("mail.retryId"))
    .option("--json", t("common.json"))
    .action(async (opts: { id: string; json?: boolean }) => {
      const id = Number(opts.id);
      if (!Number.isSafeInteger(id) || id < 1) throw usageError(t("mail.badId", { id: opts.id }));
      await migrate();
      const requeued = await requeueMail({ id, now: new Date() });
      if (!requeued) throw new CliError(t("mail.notRetryable", { id }));
      if (opts.json) printJson({ id, requeued });
      else process.stdout.write(`${t("mail.requeued", { id })}\n`);
    });
}

function registerTransfer(dbCmd: Command, { t }: CliContext) {
  const progress = (json?: boolean) => (table: string, rows: number) => json || process.stderr.write(`\r${t("ops.progress", { table, rows })}\x1b[K`);
  const done = (json: boolean | undefined, summary: { tables: Array<{ name: string; rows: number }> }, message: string) => {
    if (!json) process.stderr.write("\r\x1b[K");
    const rows = summary.tables.reduce((n, x) => n + x.rows, 0);
    if (json) printJson({ ...summary, totalRows: rows });
    else process.stdout.write(`${t(message, { tables: summary.tables.length, rows })}\n`);
  };

  dbCmd
    .command("export")
    .description(t("ops.export"))
    .requiredOption("--out <file>", t("ops.exportOut"))
    .option("--json", t("common.json"))
    .action(async (opts: { out: string; json?: boolean }) => {
      await migrate();
      done(opts.json, await exportDatabase({ source: db(), out: opts.out, onProgress: progress(opts.json) }), "ops.exported");
    });

  dbCmd
    .command("import")
    .description(t("ops.import"))
    .requiredOption("--from <file>", t("ops.importFrom"))
    .option("--json", t("common.json"))
    .action(async (opts: { from: string; json?: boolean }) => {
      const targetUrl = process.env.DATABASE_URL ?? "file:./data/vagval.sqlite";
      done(opts.json, await translated(t, () => importDatabase({ file: opts.from, targetUrl, onProgress: progress(opts.json) })), "ops.imported");
    });

  dbCmd
    .command("copy")
    .description(t("ops.copy"))
    .requiredOption("--to <url>", t("ops.copyTo"))
    .option("--json", t("common.json"))
    .action(async (opts: { to: string; json?: boolean }) => {
      if (!/^(postgres(ql)?:\/\/|file:)/.test(opts.to)) throw usageError(t("ops.badUrl"));
      await migrate();
      done(opts.json, await translated(t, () => copyDatabase({ source: db(), targetUrl: opts.to, onProgress: progress(opts.json) })), "ops.copied");
    });

  dbCmd
    .command("checksum")
    .description(t("ops.checksum"))
    .option("--json", t("common.json"))
    .action(async (opts: { json?: boolean }) => {
      await migrate();
      const tables = await tableChecksums(db());
      if (opts.json) return printJson({ tables });
      for (const [name, c] of Object.entries(tables)) process.stdout.write(`${name}\t${c.rows}\t${c.sha256}\n`);
    });
}

async function translated<T>(t: CliContext["t"], fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof TransferError) throw new CliError(t(`ops.errors.${error.code}`, error.params));
    throw error;
  }
}
