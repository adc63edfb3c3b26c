import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { z } from "zod";
import { recommendation } from "~/domain/decision";
import { CRITERIA, type Criterion } from "~/domain/ids";
import { migrate } from "~/db/maintenance.server";
import { formatNumber, formatPercent } from "~/i18n/format";
import { getMunicipality } from "~/db/municipalities.server";
import { recommendFor } from "~/services/decision/recommend.server";
import { CliError, printJson, usageError, type CliContext } from "../context";

type Opts = { municipality: string; weights?: string; seed?: string; json?: boolean };

// {"weights": {criterion: number}}: unknown criteria and negative numbers are refused, so a
// typo never silently drops a weight. Criteria left out weigh 0; the rest is normalised.
const WeightsFile = z.object({ weights: z.partialRecord(z.enum(CRITERIA), z.number().finite().min(0)) }).strict();

/** Reads and checks a weights file; every error says what to fix, in the user's language. */
export function readWeightsFile(file: string, { t }: Pick<CliContext, "t">): Partial<Record<Criterion, number>> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw usageError(t("recommend.errors.fileMissing", { file }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw usageError(t("recommend.errors.notJson", { file }));
  }
  const parsed = WeightsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === "unrecognized_keys" && issue.path[0] === "weights")
      throw usageError(t("recommend.errors.unknownCriterion", { key: issue.keys.join(", "), criteria: CRITERIA.join(", ") }));
    if (issue.path[0] === "weights" && issue.path.length === 2) throw usageError(t("recommend.errors.badNumber", { key: String(issue.path[1]) }));
    throw usageError(t("recommend.errors.shape", { file }));
  }
  const weights = parsed.data.weights;
  if (!CRITERIA.some((c) => (weights[c] ?? 0) > 0)) throw usageError(t("recommend.errors.allZero"));
  return weights;
}

function readSeed(seed: string | undefined, t: CliContext["t"]): number | undefined {
  if (seed === undefined) return undefined;
  const n = Number(seed);
  if (!/^\d+$/.test(seed) || !Number.isSafeInteger(n)) throw usageError(t("recommend.errors.badSeed", { value: seed }));
  return n;
}

/** `vagval recommend --municipality SLUG [--weights FILE] [--seed N] [--json]`. */
export function registerRecommendCommands(program: Command, { t, locale }: CliContext) {
  program
    .command("recommend")
    .description(t("recommend.description"))
    .requiredOption("--municipality <slug>", t("recommend.municipality"))
    .option("--weights <file>", t("recommend.weights"))
    .option("--seed <n>", t("recommend.seed"))
    .option("--json", t("common.json"))
    .action(async (opts: Opts) => {
      const seed = readSeed(opts.seed, t);
      const weightsOverride = opts.weights ? readWeightsFile(opts.weights, { t }) : undefined;
      await migrate();
      const municipality = await getMunicipality({ slug: opts.municipality });
      if (!municipality) throw new CliError(t("recommend.errors.noMunicipality", { slug: opts.municipality }));
      const result = await recommendFor({ municipalityId: municipality.id, weightsOverride, seed });
      if (opts.json) return printJson(result);
      const width = Math.max(...result.ranking.map((r) => t(`decision:models.${r.model}.label`).length));
      const lines = [
        `${t("recommend.heading", { name: municipality.name })}`,
        "",
        `#  ${t("decision:labels.model").padEnd(width)}  ${t("decision:labels.score").padStart(6)}  ${t("decision:labels.probabilityFirst")}`,
        ...result.ranking.map(
          (r, i) => `${String(i + 1).padEnd(2)} ${t(`decision:models.${r.model}.label`).padEnd(width)}  ${formatNumber(locale, r.score, 1).padStart(6)}  ${formatPercent(locale, r.probabilityFirst, 1)}`,
        ),
        "",
        ...recommendation(result, (key, options) => t(key, options as Record<string, unknown>)).paragraphs,
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}
