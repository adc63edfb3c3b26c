import type { Resource } from "i18next";
import svCommon from "../../locales/sv/common.json";
import svCli from "../../locales/sv/cli.json";
import svSurvey from "../../locales/sv/survey.json";
import svTickets from "../../locales/sv/tickets.json";
import svInterviews from "../../locales/sv/interviews.json";
import svDecision from "../../locales/sv/decision.json";
import svDashboard from "../../locales/sv/dashboard.json";
import svOps from "../../locales/sv/ops.json";
import svReport from "../../locales/sv/report.json";
import svHelp from "../../locales/sv/help.json";
import svOrganisation from "../../locales/sv/organisation.json";
import svSettings from "../../locales/sv/settings.json";
import nbCommon from "../../locales/nb/common.json";
import nbCli from "../../locales/nb/cli.json";
import nbSurvey from "../../locales/nb/survey.json";
import nbTickets from "../../locales/nb/tickets.json";
import nbInterviews from "../../locales/nb/interviews.json";
import nbDecision from "../../locales/nb/decision.json";
import nbDashboard from "../../locales/nb/dashboard.json";
import nbOps from "../../locales/nb/ops.json";
import nbReport from "../../locales/nb/report.json";
import nbHelp from "../../locales/nb/help.json";
import nbOrganisation from "../../locales/nb/organisation.json";
import nbSettings from "../../locales/nb/settings.json";
import nnCommon from "../../locales/nn/common.json";
import nnCli from "../../locales/nn/cli.json";
import nnSurvey from "../../locales/nn/survey.json";
import nnTickets from "../../locales/nn/tickets.json";
import nnInterviews from "../../locales/nn/interviews.json";
import nnDecision from "../../locales/nn/decision.json";
import nnDashboard from "../../locales/nn/dashboard.json";
import nnOps from "../../locales/nn/ops.json";
import nnReport from "../../locales/nn/report.json";
import nnHelp from "../../locales/nn/help.json";
import nnOrganisation from "../../locales/nn/organisation.json";
import nnSettings from "../../locales/nn/settings.json";
import enCommon from "../../locales/en/common.json";
import enCli from "../../locales/en/cli.json";
import enSurvey from "../../locales/en/survey.json";
import enTickets from "../../locales/en/tickets.json";
import enInterviews from "../../locales/en/interviews.json";
import enDecision from "../../locales/en/decision.json";
import enDashboard from "../../locales/en/dashboard.json";
import enOps from "../../locales/en/ops.json";
import enReport from "../../locales/en/report.json";
import enHelp from "../../locales/en/help.json";
import enOrganisation from "../../locales/en/organisation.json";
import enSettings from "../../locales/en/settings.json";

// Every namespace of every locale, bundled for server and browser alike (they are small).
// A new namespace is added here; a test fails when a locales/ file is not bundled.
export const resources = {
  sv: { common: svCommon, cli: svCli, survey: svSurvey, tickets: svTickets, interviews: svInterviews, decision: svDecision, dashboard: svDashboard, ops: svOps, report: svReport, help: svHelp, organisation: svOrganisation, settings: svSettings },
  nb: { common: nbCommon, cli: nbCli, survey: nbSurvey, tickets: nbTickets, interviews: nbInterviews, decision: nbDecision, dashboard: nbDashboard, ops: nbOps, report: nbReport, help: nbHelp, organisation: nbOrganisation, settings: nbSettings },
  nn: { common: nnCommon, cli: nnCli, survey: nnSurvey, tickets: nnTickets, interviews: nnInterviews, decision: nnDecision, dashboard: nnDashboard, ops: nnOps, report: nnReport, help: nnHelp, organisation: nnOrganisation, settings: nnSettings },
  en: { common: enCommon, cli: enCli, survey: enSurvey, tickets: enTickets, interviews: enInterviews, decision: enDecision, dashboard: enDashboard, ops: enOps, report: enReport, help: enHelp, organisation: enOrganisation, settings: enSettings },
} satisfies Resource;

export const NAMESPACES = Object.keys(resources.sv) as Array<keyof typeof resources.sv>;
