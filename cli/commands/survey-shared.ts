// What the survey and responses commands share: reading a survey id and translating workflow errors.
import { getSurveyById, type SurveyRow } from "~/db/surveys.server";
import { isSurveyError } from "~/services/surveys/errors";
import { CliError, usageError, type CliContext } from "../context";

export async function surveyFromOption(value: string, { t }: CliContext): Promise<SurveyRow> {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id < 1) throw usageError(t("survey.badId", { id: value }));
  const survey = await getSurveyById({ id });
  if (!survey) throw new CliError(t("survey.notFound", { id: value }));
  return survey;
}

/** Workflow refusals become translated CLI errors (survey:flow_errors.<code>). */
export async function translated<T>(work: () => Promise<T>, { t }: CliContext): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isSurveyError(e)) throw new CliError(t(`survey:flow_errors.${e.code}`, e.params));
    throw e;
  }
}
