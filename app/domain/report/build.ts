// The whole report document, section by section, in the pre-study's order.
import { formatDate } from "~/i18n/format";
import { appendixSection } from "./appendix";
import { decisionSection, prosConsSection, sensitivitySection, weightsSection } from "./decision";
import { interviewSection, surveySection, ticketSection } from "./evidence";
import { methodSection, summarySection } from "./front";
import type { ReportInput } from "./input";
import type { ReportDocument, Section, Translate } from "./types";

const BUILDERS: Array<(input: ReportInput, t: Translate) => Section> = [
  summarySection,
  methodSection,
  surveySection,
  ticketSection,
  interviewSection,
  decisionSection,
  weightsSection,
  sensitivitySection,
  prosConsSection,
  appendixSection,
];

export function buildReport(input: ReportInput, t: Translate): ReportDocument {
  return {
    title: t("report:document.title", { municipality: input.municipality.name }),
    subtitle: t("report:document.subtitle"),
    cover: [input.municipality.name, formatDate(input.locale, `${input.generatedOn}T12:00:00Z`), t(`common:languages.${input.locale}`)],
    tocHeading: t("report:document.toc"),
    sections: BUILDERS.map((build) => build(input, t)),
  };
}
