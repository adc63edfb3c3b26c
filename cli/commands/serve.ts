import type { Command } from "commander";
import { isEmpty, migrate } from "~/db/maintenance.server";
import { demoSignInHint, seedDemo } from "~/services/demo.server";
import { startServer } from "../server";
import type { CliContext } from "../context";

export function registerServeCommand(program: Command, { t }: CliContext) {
  program
    .command("serve")
    .description(t("serve.description"))
    .option("--port <port>", t("serve.port"), process.env.PORT ?? "3000")
    .option("--demo-if-empty", t("serve.demoIfEmpty"))
    .action(async (opts: { port: string; demoIfEmpty?: boolean }) => {
      await migrate();
      if (opts.demoIfEmpty && (await isEmpty())) {
        process.stderr.write(`${t("serve.seedingDemo")}\n`);
        await seedDemo();
      }
      const port = Number(opts.port);
      await startServer(port);
      const url = `http://localhost:${port}`;
      process.stdout.write(`${t("serve.listening", { url })}\n`);
      // `npm start` (the README's first command) tells a newcomer how to sign in to the demo.
      const demo = opts.demoIfEmpty ? await demoSignInHint() : null;
      if (demo) process.stdout.write(`${t("serve.demoHint", { url, ...demo })}\n`);
    });
}
