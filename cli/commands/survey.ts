import { Option, type Command } from "commander";
import { LOCALES, isLocale, type Locale } from "~/domain/ids";
import { getMunicipality } from "~/db/municipalities.server";
import { migrate } from "~/db/maintenance.server";
import { createInvitations, MAX_INVITATIONS } from "~/services/surveys/invitations.server";
import { resultsJson, surveyResults } from "~/services/surveys/results.server";
import { closeSurvey, createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { SURVEY_TEMPLATES } from "../../seeds/templates/surveys";
import { CliError, printJson, usageError, type CliContext } from "../context";
import { surveyFromOption, translated } from "./survey-shared";

type Globals = { lang?: string; json?: boolean };

/** `vagval survey create | publish | close | invite | results`. */
export function registerSurveyCommands(program: Command, ctx: CliContext) {
  const { t } = ctx;
  const cmd = program.command("survey").description(t("survey.description"));

  cmd
    .command("create")
    .description(t("survey.create"))
    .requiredOption("--municipality <slug>", t("survey.municipality"))
    .addOption(new Option("--template <key>", t("survey.template")).choices(Object.keys(SURVEY_TEMPLATES)).makeOptionMandatory())
    .addOption(new Option("--lang <lang>", t("survey.lang")).choices([...LOCALES]))
    .option("--json", t("common.json"))
    .action(async function (this: Command, opts: { municipality: string; template: string }) {
      // --lang is also the program's option (the language of messages): read it from either.
      const { lang, json } = this.optsWithGlobals<Globals>();
      await migrate();
      const municipality = await getMunicipality({ slug: opts.municipality });
      if (!municipality) throw new CliError(t("survey.noMunicipality", { slug: opts.municipality }));
      const locale: Locale = isLocale(lang) ? lang : municipality.defaultLocale;
      const id = await translated(() => createSurvey({ municipalityId: municipality.id, templateKey: opts.template, locale }), ctx);
      if (json) printJson({ id });
      else process.stdout.write(`${t("survey.created", { id })}\n`);
    });

  for (const name of ["publish", "close"] as const) {
    cmd
      .command(name)
      .description(t(`survey.${name}`))
      .requiredOption("--survey <id>", t("survey.id"))
      .option("--json", t("common.json"))
      .action(async (opts: { survey: string; json?: boolean }) => {
        await migrate();
        const survey = await surveyFromOption(opts.survey, ctx);
        const ids = { municipalityId: survey.municipalityId, surveyId: survey.id };
        await translated(() => (name === "publish" ? publishSurvey(ids) : closeSurvey(ids)), ctx);
        const status = name === "publish" ? "published" : "closed";
        if (opts.json) printJson({ id: survey.id, status });
        else process.stdout.write(`${t(`survey.${status}`, { id: survey.id })}\n`);
      });
  }

  cmd
    .command("invite")
    .description(t("survey.invite"))
    .requiredOption("--survey <id>", t("survey.id"))
    .requiredOption("--count <n>", t("survey.count", { max: MAX_INVITATIONS }))
    .option("--json", t("common.json"))
    .action(async (opts: { survey: string; count: string; json?: boolean }) => {
      const count = Number(opts.count);
      if (!Number.isInteger(count) || count < 1 || count > MAX_INVITATIONS) throw usageError(t("survey:flow_errors.bad_count", { max: MAX_INVITATIONS }));
      await migrate();
      const survey = await surveyFromOption(opts.survey, ctx);
      const links = await translated(() => createInvitations({ municipalityId: survey.municipalityId, surveyId: survey.id, count }), ctx);
      if (opts.json) printJson({ links });
      else {
        process.stderr.write(`${t("survey.onceOnly")}\n`);
        process.stdout.write(links.map((l) => `${l}\n`).join(""));
      }
    });

  cmd
    .command("results")
    .description(t("survey.results"))
    .requiredOption("--survey <id>", t("survey.id"))
    .option("--json", t("common.json"))
    .action(async (opts: { survey: string; json?: boolean }) => {
      await migrate();
      const survey = await surveyFromOption(opts.survey, ctx);
      const r = await surveyResults({ municipalityId: survey.municipalityId, surveyId: survey.id, locale: ctx.locale });
      if (!r) throw new CliError(t("survey.notFound", { id: opts.survey }));
      if (opts.json) return printJson(resultsJson(r));
      const out = [t("survey.resultsHeader", { id: r.survey, responses: r.responses, min: r.minGroupSize })];
      for (const q of r.questions) {
        out.push(`\n${q.code} (${q.answered})`);
        if (q.suppressed) out.push(`  ${t("survey.suppressed", { min: r.minGroupSize })}`);
        for (const o of q.options) out.push(`  ${o.label}: ${o.count} (${(o.share * 100).toFixed(1)} %)`);
        if (q.mean !== undefined) out.push(`  ${t("survey.meanMedian", { mean: q.mean.toFixed(1), median: q.median })}`);
      }
      process.stdout.write(`${out.join("\n")}\n`);
    });
}
