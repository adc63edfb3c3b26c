// A translate function over the real locale files, for tests of the report model.
import i18next from "i18next";
import type { Locale } from "~/domain/ids";
import { i18nConfig } from "~/i18n/config";
import type { Translate } from "~/domain/report/types";

export async function translator(locale: Locale): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ ...i18nConfig, lng: locale, defaultNS: "report" });
  return instance.t as unknown as Translate;
}
