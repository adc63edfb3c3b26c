import type { Command } from "commander";
import { migrate } from "~/db/maintenance.server";
import { getMunicipality } from "~/db/municipalities.server";
import { purgeExpired } from "~/services/surveys/retention.server";
import { CliError, printJson, type CliContext } from "../context";

type Opts = { municipality?: string; json?: boolean };

/** `vagval privacy purge`: erases raw answers past each assessment's retention date (docs/decisions/030-retention.md). */
export function registerPrivacyCommands(program: Command, { t }: CliContext) {
  const privacy = program.command("privacy").description(t("privacy.description"));
  privacy
    .command("purge")
    .description(t("privacy.purge"))
    .option("--municipality <slug>", t("privacy.municipality"))
    .option("--json", t("common.json"))
    .action(async (opts: Opts) => {
      await migrate();
      let municipalityId: number | undefined;
      if (opts.municipality) {
        const m = await getMunicipality({ slug: opts.municipality });
        if (!m) throw new CliError(t("privacy.noMunicipality", { slug: opts.municipality }));
        municipalityId = m.id;
      }
      const purged = await purgeExpired({ municipalityId });
      if (opts.json) return printJson({ purged });
      process.stdout.write(`${t("privacy.done", { count: purged.length })}\n`);
      for (const p of purged) process.stdout.write(`${t("privacy.line", { survey: p.survey, responses: p.responses, until: p.retainedUntil })}\n`);
    });
}
