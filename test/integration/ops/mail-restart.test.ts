// A restart during a run sends no duplicate: the sending worker (`vagval mail send --once`, a
// real process) is killed while the SMTP server holds its reply to a mail; a second run sends
// the rest, and the interrupted mail is reported as of unknown outcome, not sent again.
import { spawn } from "node:child_process";
import { db } from "~/db/client.server";
import { resetEnvCache } from "~/utils/env.server";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { addRecipients } from "~/services/mail/recipients.server";
import { runMailOnce, STALE_MINUTES } from "~/services/mail/worker.server";
import { closeMailTransport } from "~/services/mail/transport.server";
import { makeMunicipality } from "../../support/factories";
import { startSmtp } from "./support/smtp-server";

const saved = { ...process.env };
const env = () => ({ ...process.env, LANG: "en_GB.UTF-8", LOG_LEVEL: "silent" });

function sendOnce() {
  const child = spawn(process.execPath, ["cli/vagval.js", "mail", "send", "--once", "--json"], { env: env(), stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += String(d)));
  child.stderr.on("data", (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => out };
}

afterAll(() => {
  closeMailTransport();
  process.env = saved;
  resetEnvCache();
});

test("killing the worker mid-run and running it again delivers every invitation at most once", { timeout: 120_000 }, async () => {
  let killAt: (() => void) | undefined;
  const smtp = await startSmtp({ delayMs: 1500, onDataEnd: (n) => n === 3 && killAt?.() });
  Object.assign(process.env, { SMTP_URL: smtp.url, MAIL_FROM: "vagval@k.se", APP_URL: "https://vagval.k.se", SESSION_SECRET: "restart-test-secret-0123456789" });
  resetEnvCache();
  try {
    const m = await makeMunicipality();
    const surveyId = await createSurvey({ municipalityId: m.id, templateKey: "prestudy-2019", locale: "sv" });
    await publishSurvey({ municipalityId: m.id, surveyId });
    const addresses = Array.from({ length: 6 }, (_, i) => `r${i}@k.se`);
    await addRecipients({ municipalityId: m.id, surveyId, text: addresses.join(" "), defaultLocale: "sv" });

    // First run: killed (SIGKILL, no chance to clean up) once the third mail's data is in.
    const first = sendOnce();
    killAt = () => first.child.kill("SIGKILL");
    await first.exited;
    await new Promise((r) => setTimeout(r, 1700)); // the server accepts the third mail anyway
    expect(smtp.received.length).toBe(3);
    const statuses = async () => (await db()("mail_outbox").where({ survey_id: surveyId }).orderBy("id").select("status")).map((r: { status: string }) => r.status);
    expect(await statuses()).toEqual(["sent", "sent", "sending", "queued", "queued", "queued"]);

    // Second run: sends the other three; the interrupted one is left alone.
    killAt = undefined;
    const second = sendOnce();
    expect(await second.exited).toBe(0);
    expect(JSON.parse(second.output())).toMatchObject({ sent: 3 });
    expect(smtp.received.length).toBe(6);
    const ids = smtp.received.map((r) => r.messageId);
    expect(new Set(ids).size).toBe(6);
    expect(smtp.received.map((r) => r.to[0]).sort()).toEqual(addresses);

    // Later, the stuck row is reported as of unknown outcome, and still not sent again.
    const later = new Date(Date.now() + (STALE_MINUTES + 1) * 60_000);
    expect((await runMailOnce({ now: () => later })).unknown).toBe(1);
    expect(await statuses()).toEqual(["sent", "sent", "unknown", "sent", "sent", "sent"]);
    expect(smtp.received.length).toBe(6);
  } finally {
    await smtp.stop();
  }
});
