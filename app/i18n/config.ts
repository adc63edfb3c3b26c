import type { InitOptions } from "i18next";
import { DEFAULT_LOCALE, LOCALES } from "~/domain/ids";
import { NAMESPACES, resources } from "./resources";

export const i18nConfig = {
  supportedLngs: [...LOCALES],
  fallbackLng: { nn: ["nb", DEFAULT_LOCALE], default: [DEFAULT_LOCALE] },
  defaultNS: "common",
  ns: NAMESPACES,
  resources,
  interpolation: { escapeValue: false }, // React escapes
  react: { useSuspense: false },
} satisfies InitOptions;
