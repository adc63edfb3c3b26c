// A real i18next over the bundled resources, strict: a missing key fails the test instead of
// printing the key, so captions are checked in the words the reader will see.
import i18next from "i18next";
import type { Locale } from "~/domain/ids";
import type { ChartContext, Translate } from "~/domain/charts/context";
import { resources } from "~/i18n/resources";

const i18n = i18next.createInstance();
i18n.init({ lng: "sv", initImmediate: false, resources, interpolation: { escapeValue: false } });

export function strictT(lng: Locale): Translate {
  const t = i18n.getFixedT(lng);
  return (key, params) => {
    if (!params?.defaultValue && !i18n.exists(key, { lng, ...params })) throw new Error(`missing ${lng} key ${key}`);
    return t(key, params as Record<string, string>) as string;
  };
}

export const ctx = (locale: Locale = "sv", minGroupSize = 5): ChartContext => ({ t: strictT(locale), locale, minGroupSize });

/** Intl writes a no-break space before % and in 1 234; tests compare with plain spaces. */
export const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
