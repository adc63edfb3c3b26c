// A real SMTP server (the `smtp-server` package) on a free loopback port that keeps what it
// accepts. `delayMs` holds each reply to the end of DATA, to stop a sender mid-message.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { resetEnvCache } from "~/utils/env.server";

export type Received = { to: string[]; from: string; subject: string; text: string; messageId: string };

function decodeWords(header: string): string {
  return header.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toLowerCase() === "b" ? Buffer.from(data, "base64").toString("utf8") : decodeQp(data.replace(/_/g, " ")),
  );
}

function decodeQp(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
}

export function parseMessage(raw: string, to: string[], from: string): Received {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, "im").exec(head)?.[1] ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text = encoding === "quoted-printable" ? decodeQp(body) : encoding === "base64" ? Buffer.from(body, "base64").toString("utf8") : body;
  return { to, from, subject: decodeWords(header("Subject")), text: text.replace(/\r\n/g, "\n"), messageId: header("Message-ID") };
}

export async function startSmtp(options: { delayMs?: number; onDataEnd?: (count: number) => void } = {}) {
  const received: Received[] = [];
  let ended = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        ended += 1;
        options.onDataEnd?.(ended);
        const accept = () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
          received.push(parseMessage(Buffer.concat(chunks).toString("utf8"), to, from));
          callback();
        };
        if (options.delayMs) setTimeout(accept, options.delayMs);
        else accept();
      });
    },
  });
  server.on("error", () => {}); // a sender killed mid-message is expected in the tests
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Runs `fn` while SMTP_URL points at a port where nobody answers (a server started and stopped),
 * then points it back at `working`, whatever `fn` did.
 */
export async function whileSmtpIsDown(working: { url: string }, fn: () => Promise<void>) {
  const down = await startSmtp();
  await down.stop();
  process.env.SMTP_URL = down.url;
  resetEnvCache();
  try {
    await fn();
  } finally {
    process.env.SMTP_URL = working.url;
    resetEnvCache();
  }
}
