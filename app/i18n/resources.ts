import type { Resource } from "i18next";
import svCommon from "../../locales/sv/common.json";
import svCli from "../../locales/sv/cli.json";
import nbCommon from "../../locales/nb/common.json";
import nbCli from "../../locales/nb/cli.json";
import nnCommon from "../../locales/nn/common.json";
import nnCli from "../../locales/nn/cli.json";
import enCommon from "../../locales/en/common.json";
import enCli from "../../locales/en/cli.json";

// Every namespace of every locale, bundled for server and browser alike (they are small).
export const resources = {
  sv: { common: svCommon, cli: svCli },
  nb: { common: nbCommon, cli: nbCli },
  nn: { common: nnCommon, cli: nnCli },
  en: { common: enCommon, cli: enCli },
} satisfies Resource;

export const NAMESPACES = Object.keys(resources.sv) as Array<keyof typeof resources.sv>;
