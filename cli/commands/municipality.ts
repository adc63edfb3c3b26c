import { Option, type Command } from "commander";
import { addMunicipality, listMunicipalities, MissingRegionError } from "~/db/municipalities.server";
import { migrate } from "~/db/maintenance.server";
import { CliError, printJson, usageError, type CliContext } from "../context";

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

export function registerMunicipalityCommands(program: Command, { t }: CliContext) {
  const cmd = program.command("municipality").description(t("municipality.description"));

  cmd
    .command("add")
    .description(t("municipality.add"))
    .requiredOption("--slug <slug>", t("municipality.slug"))
    .requiredOption("--name <name>", t("municipality.name"))
    .addOption(new Option("--country <country>", t("municipality.country")).choices(["SE", "NO"]).makeOptionMandatory())
    .option("--region <slug>", t("municipality.region"))
    .option("--json", t("common.json"))
    .action(async (opts: { slug: string; name: string; country: "SE" | "NO"; region?: string; json?: boolean }) => {
      if (!SLUG.test(opts.slug)) throw usageError(t("municipality.badSlug", { slug: opts.slug }));
      await migrate();
      try {
        const id = await addMunicipality({ slug: opts.slug, name: opts.name, country: opts.country, regionSlug: opts.region });
        if (opts.json) printJson({ id, slug: opts.slug });
        else process.stdout.write(`${t("municipality.added", { name: opts.name, slug: opts.slug })}\n`);
      } catch (error) {
        if (error instanceof MissingRegionError) throw new CliError(t("municipality.noRegion", { region: error.regionSlug }));
        if (error instanceof Error && /unique|duplicate/i.test(error.message)) throw new CliError(t("municipality.exists", { slug: opts.slug }));
        throw error;
      }
    });

  cmd
    .command("list")
    .description(t("municipality.list"))
    .option("--json", t("common.json"))
    .action(async (opts: { json?: boolean }) => {
      await migrate();
      const rows = await listMunicipalities({ isAdmin: true });
      const municipalities = rows.map((m) => ({ slug: m.slug, name: m.name, country: m.country, region: m.regionSlug }));
      if (opts.json) printJson({ municipalities });
      else for (const m of municipalities) process.stdout.write(`${m.slug}\t${m.name}\t${m.country}\t${m.region ?? ""}\n`);
    });
}
