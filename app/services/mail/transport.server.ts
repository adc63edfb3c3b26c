// The SMTP connection, from SMTP_URL (smtp://user:password@host:587, or smtps://host:465).
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "~/utils/env.server";

let cached: { url: string; transport: Transporter } | undefined;

export function mailConfigured(): boolean {
  const env = getEnv();
  return Boolean(env.SMTP_URL && env.MAIL_FROM && env.APP_URL);
}

export function mailTransport(): Transporter {
  const url = getEnv().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  if (cached?.url !== url) {
    cached?.transport.close();
        const options = { url, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };
    cached = { url, transport: nodemailer.createTransport(options as Parameters<typeof nodemailer.createTransport>[0]) };
  }
  return cached.transport;
}

export function closeMailTransport() {
  cached?.transport.close();
  cached = undefined;
}
