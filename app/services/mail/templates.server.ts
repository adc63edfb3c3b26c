// The text of invitations and reminders, in the respondent's language, and of set-password
// links, in the municipality's default language (locales/*/ops.json).
import i18next, { type TFunction } from "i18next";
import type { Locale } from "~/domain/ids";
import { i18nConfig } from "~/i18n/config";
import type { MailKind } from "~/db/mail-outbox.server";

let ready: Promise<TFunction> | undefined;

async function translator(): Promise<TFunction> {
  ready ??= (async () => {
    const instance = i18next.createInstance();
    await instance.init({ ...i18nConfig, lng: "sv", defaultNS: "ops" });
    return instance.t;
  })();
  return ready;
}

export type MailContent = { subject: string; text: string };

/** The personal link: the app's public address, the token, and the respondent's language. */
export function personalLink(appUrl: string, token: string, locale: Locale): string {
  return `${appUrl.replace(/\/$/, "")}/s/${token}?lng=${locale}`;
}

export async function renderMail(input: { kind: Exclude<MailKind, "password">; locale: Locale; link: string; municipality: string; survey: string }): Promise<MailContent> {
  const t = await translator();
  const params = { lng: input.locale, link: input.link, municipality: input.municipality, survey: input.survey };
  return { subject: t(`mail.${input.kind}.subject`, params), text: t(`mail.${input.kind}.body`, params) };
}

/** The set-password link's mail: what Vägval is, for which municipality, the link, how long it works, whom to ask. */
export async function renderPasswordMail(input: { locale: Locale; link: string; municipality: string; days: number; contact: string | null }): Promise<MailContent> {
  const t = await translator();
  const lng = input.locale;
  const ask = input.contact ? t("mail.password.ask", { lng, contact: input.contact }) : t("mail.password.askUnknown", { lng, municipality: input.municipality });
  const params = { lng, link: input.link, municipality: input.municipality, days: input.days, ask };
  return { subject: t("mail.password.subject", params), text: t("mail.password.body", params) };
}
