import type { Locale } from "~/domain/ids";

// Numbers and dates always through Intl in the reader's locale (Swedish "1 234,5").
const tag: Record<Locale, string> = { sv: "sv-SE", nb: "nb-NO", nn: "nn-NO", en: "en-GB" };

export const intlLocale = (locale: Locale) => tag[locale];

export const formatNumber = (locale: Locale, value: number, digits = 1) =>
  new Intl.NumberFormat(tag[locale], { maximumFractionDigits: digits }).format(value);

export const formatPercent = (locale: Locale, share: number, digits = 1) =>
  new Intl.NumberFormat(tag[locale], { style: "percent", maximumFractionDigits: digits }).format(share);

export const formatDate = (locale: Locale, value: Date | string) =>
  new Intl.DateTimeFormat(tag[locale], { dateStyle: "medium" }).format(typeof value === "string" ? new Date(value) : value);

export const formatDateTime = (locale: Locale, value: Date | string) =>
  new Intl.DateTimeFormat(tag[locale], { dateStyle: "medium", timeStyle: "short" }).format(typeof value === "string" ? new Date(value) : value);
