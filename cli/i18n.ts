import i18next, { type TFunction } from "i18next";
import { i18nConfig } from "~/i18n/config";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/domain/ids";

/** The CLI speaks the user's language: --lang, then LANG (sv_SE.UTF-8 → sv), then Swedish. */
export function cliLocale(argv: string[], env: NodeJS.ProcessEnv = process.env): Locale {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const flag = i >= 0 ? (argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1]) : undefined;
  if (isLocale(flag)) return flag;
  const fromEnv = (env.LANG ?? "").slice(0, 2).toLowerCase();
  if (fromEnv === "no") return "nb";
  return isLocale(fromEnv) ? fromEnv : DEFAULT_LOCALE;
}

export async function cliT(locale: Locale): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ ...i18nConfig, lng: locale, defaultNS: "cli" });
  return instance.t;
}
