// The survey templates Vägval ships with, by template key.
import type { SurveyTemplate } from "~/domain/surveys/template";
import { prestudy2019 } from "./prestudy-2019";
import { serviceDeskMaturity } from "./service-desk-maturity";

export const SURVEY_TEMPLATES: Readonly<Record<string, SurveyTemplate>> = {
  [prestudy2019.key]: prestudy2019,
  [serviceDeskMaturity.key]: serviceDeskMaturity,
};

export { prestudy2019, serviceDeskMaturity };
