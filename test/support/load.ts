// Respondents under load, shared by the load benchmark (test/bench/load.ts: 300 connections,
// 60 s) and its short form in the integration suite (50 connections, 5 s, correctness only).
// Each autocannon connection plays one respondent after another, each on a personal link of
// their own: start, then the four pages of prestudy-2019 as the no-JavaScript form posts them
// (same-origin POSTs with an Origin header, as a browser sends them). A respondent counts as
// accepted when the last page answers with the redirect to the thank-you page.
import http from "node:http";
import autocannon from "autocannon";
import { db } from "~/db/client.server";
import { addMunicipality } from "~/db/municipalities.server";
import { createAssessment } from "~/db/assessments.server";
import { createInvitations } from "~/services/surveys/invitations.server";
import { createSurvey, publishSurvey } from "~/services/surveys/surveys.server";
import { invitationHash } from "~/services/surveys/tokens.server";

/** The answers of every page of prestudy-2019, in page order (as in the survey tests). */
const PAGES: [string, Record<string, string | string[]>][] = [
  ["systems", { area: ["school", "hr"], channels: ["phone", "email"], tickets_per_day: "12" }],
  ["permissions", { permission_required: "yes", permission_kind: "Rollbaserad" }],
  ["shared_support", { sees_advantages: "both", "advantages.0": "Högre effektivitet", "disadvantages.0": "Längre svarstider" }],
  ["service_level", { service_level_kept: "no", service_level_why: "Specialistkunskap" }],
];

function formBody(fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return body.toString();
}

export interface LoadSurvey {
  municipalityId: number;
  surveyId: number;
  tokens: string[];
}

/** A published survey with `links` personal links, in the database this process uses. */
export async function prepareRespondents(links: number): Promise<LoadSurvey> {
  const slug = `load-${Date.now().toString(36)}`;
  const municipalityId = await addMunicipality({ slug, name: "Lastkommun", country: "SE" });
  await createAssessment({ municipalityId, name: "Förstudie" });
  const surveyId = await createSurvey({ municipalityId, templateKey: "prestudy-2019", locale: "sv" });
  await publishSurvey({ municipalityId, surveyId });
  const tokens: string[] = [];
  for (let left = links; left > 0; left -= 5000) {
    const made = await createInvitations({ municipalityId, surveyId, count: Math.min(5000, left) });
    tokens.push(...made.map((l) => l.replace("/s/", "")));
  }
  return { municipalityId, surveyId, tokens };
}

export interface LoadRun {
  /** Tokens whose last page was answered with the thank-you redirect. */
  accepted: string[];
  /** Respondents still under way when the time was up (not counted, and may or may not be stored). */
  cutOff: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statusCounts: Record<string, number>;
  serverErrors: number;
  errors: number;
  timeouts: number;
  tokensLeft: number;
}

/**
 * Runs `connections` respondents at a time against `baseUrl`, for `seconds`, or for `respondents`
 * respondents in all (a bound in work, not time: what a test on a busy machine needs).
 * `pageEverySeconds` paces each respondent (one page per that many seconds on average, all
 * connections together); without it every connection posts flat out, the next page as soon as
 * the last one answered — a stress test, not people answering.
 */
export async function submitUnderLoad(opts: { baseUrl: string; tokens: string[]; connections: number; seconds?: number; respondents?: number; pageEverySeconds?: number }): Promise<LoadRun> {
  if (opts.pageEverySeconds) return pacedRespondents({ ...opts, pageEverySeconds: opts.pageEverySeconds });
  const accepted: string[] = [];
  let next = 0;
  let started = 0;
  let instance: autocannon.Instance | undefined;
  type Ctx = { token?: string };
  const path = (ctx: Ctx) => `/s/${ctx.token}?lng=sv`;
  const requests: autocannon.Request[] = [
    {
      method: "POST",
      setupRequest: (req, context) => {
        const ctx = context as Ctx;
        if (next >= opts.tokens.length) instance?.stop(); // out of links: end the run early
        ctx.token = opts.tokens[Math.min(next++, opts.tokens.length - 1)];
        started += 1;
        return { ...req, path: path(ctx), body: formBody({ intent: "start" }) };
      },
    },
    ...PAGES.map(([section, answers], i): autocannon.Request => {
      const last = i === PAGES.length - 1;
      return {
        method: "POST",
        setupRequest: (req, context) => ({ ...req, path: path(context as Ctx), body: formBody({ section, intent: last ? "finish" : "next", ...answers }) }),
        onResponse: last
          ? (status, _body, context, headers) => {
              const location = String(headers?.location ?? headers?.Location ?? "");
              if (status === 302 && location.endsWith("?done=1")) accepted.push((context as Ctx).token!);
            }
          : undefined,
      };
    }),
  ];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: opts.baseUrl,
        connections: opts.connections,
        ...(opts.respondents ? { amount: opts.respondents * (PAGES.length + 1) } : { duration: opts.seconds ?? 10 }),
        timeout: 30,
        headers: { "content-type": "application/x-www-form-urlencoded", origin: opts.baseUrl },
        requests,
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
  });
  const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count: number }).count]));
  const serverErrors = Object.entries(statusCounts).filter(([code]) => code.startsWith("5")).reduce((n, [, c]) => n + c, 0);
  return {
    accepted,
    cutOff: started - accepted.length,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statusCounts,
    serverErrors,
    errors: result.errors,
    timeouts: result.timeouts,
    tokensLeft: Math.max(0, opts.tokens.length - next),
  };
}

/** Percentile of sorted values (nearest rank). */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

function post(agent: http.Agent, baseUrl: string, path: string, body: string): Promise<{ status: number; location: string }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: "POST", agent, timeout: 30_000, headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), origin: baseUrl } },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? "") }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * `connections` respondents at a time, as people answer: each reads and fills in a page for a
 * random time (exponential, mean `pageEverySeconds`) before posting it, so the posts arrive
 * spread out rather than in lockstep. (autocannon's own rate limit fires every connection at
 * the same tick, a burst each second, and corrects for coordinated omission in the wrong unit.)
 * Latency is the time from sending a post to its whole answer.
 */
async function pacedRespondents(opts: { baseUrl: string; tokens: string[]; connections: number; seconds?: number; pageEverySeconds: number }): Promise<LoadRun> {
  // A new connection a post: a respondent pauses longer than the server keeps an idle
  // connection open (5 s), and reusing one the server just closed would fail on the client.
  const agent = new http.Agent({ keepAlive: false, maxSockets: opts.connections });
  const deadline = Date.now() + (opts.seconds ?? 10) * 1000;
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  const accepted: string[] = [];
  let next = 0;
  let started = 0;
  let errors = 0;
  let timeouts = 0;
  const think = () => new Promise((r) => setTimeout(r, -Math.log(1 - Math.random()) * opts.pageEverySeconds * 1000));
  const steps: Array<{ body: string; last: boolean }> = [
    { body: formBody({ intent: "start" }), last: false },
    ...PAGES.map(([section, answers], i) => ({ body: formBody({ section, intent: i === PAGES.length - 1 ? "finish" : "next", ...answers }), last: i === PAGES.length - 1 })),
  ];
  async function respondent() {
    while (next < opts.tokens.length) {
      const token = opts.tokens[next++]!;
      started += 1;
      for (const step of steps) {
        await think();
        if (Date.now() >= deadline) return;
        const t0 = performance.now();
        try {
          const res = await post(agent, opts.baseUrl, `/s/${token}?lng=sv`, step.body);
          latencies.push(performance.now() - t0);
          statusCounts[res.status] = (statusCounts[res.status] ?? 0) + 1;
          if (step.last && res.status === 302 && res.location.endsWith("?done=1")) accepted.push(token);
        } catch (error) {
          if (error instanceof Error && error.message === "timeout") timeouts += 1;
          else errors += 1;
          break;
        }
      }
    }
  }
  const t0 = Date.now();
  await Promise.all(Array.from({ length: opts.connections }, respondent));
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const serverErrors = Object.entries(statusCounts).filter(([code]) => code.startsWith("5")).reduce((n, [, c]) => n + c, 0);
  return {
    accepted,
    cutOff: started - accepted.length,
    requests: latencies.length,
    requestsPerSecond: latencies.length / Math.max(1, Math.min(opts.seconds ?? 10, (Date.now() - t0) / 1000)),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    statusCounts,
    serverErrors,
    errors,
    timeouts,
    tokensLeft: Math.max(0, opts.tokens.length - next),
  };
}

export interface StoredCheck {
  accepted: number;
  /** Accepted respondents whose invitation is not marked submitted. */
  lost: number;
  submittedInvitations: number;
  submittedResponses: number;
  /** Responses beyond one per started invitation. */
  duplicateResponses: number;
  /** Submitted responses whose answers are not the four pages' answers, each once. */
  incomplete: number;
}

/** What the database holds for a load run: every accepted respondent once, whole. */
export async function checkStored(survey: LoadSurvey, accepted: string[]): Promise<StoredCheck> {
  const k = db();
  let found = 0;
  for (let i = 0; i < accepted.length; i += 500) {
    const hashes = accepted.slice(i, i + 500).map(invitationHash);
    const row = await k("survey_invitations").where({ survey_id: survey.surveyId, status: "submitted" }).whereIn("token_hash", hashes).count({ n: "*" }).first();
    found += Number(row?.n ?? 0);
  }
  const count = async (q: ReturnType<typeof k>) => Number((await q.count({ n: "*" }).first())?.n ?? 0);
  const submittedInvitations = await count(k("survey_invitations").where({ survey_id: survey.surveyId, status: "submitted" }));
  const startedInvitations = await count(k("survey_invitations").where({ survey_id: survey.surveyId }).whereIn("status", ["started", "submitted"]));
  const responses = await count(k("survey_responses").where({ survey_id: survey.surveyId }));
  const submittedResponses = await count(k("survey_responses").where({ survey_id: survey.surveyId, status: "submitted" }));
  // Each submitted response: the same answer rows as every other (one per value given on the
  // four pages, a multiple choice one per option), at least one per value the form sent, all
  // counted, none twice.
  const perResponse = await k("survey_answers")
    .join("survey_responses", "survey_responses.id", "survey_answers.response_id")
    .where({ "survey_responses.survey_id": survey.surveyId, "survey_responses.status": "submitted" })
    .groupBy("survey_answers.response_id")
    .select("survey_answers.response_id")
    .count({ n: "*" })
    .countDistinct({ distinct: k.raw("survey_answers.question_code || ':' || survey_answers.position") })
    .sum({ counted: k.raw("case when survey_answers.submitted then 1 else 0 end") });
  const given = PAGES.reduce((n, [, a]) => n + Object.values(a).reduce<number>((m, v) => m + (Array.isArray(v) ? v.length : 1), 0), 0);
  const expected = Math.max(given, ...perResponse.map((r) => Number(r.n)));
  const whole = perResponse.filter((r) => Number(r.n) === expected && Number(r.distinct) === expected && Number(r.counted) === expected).length;
  return {
    accepted: accepted.length,
    lost: accepted.length - found,
    submittedInvitations,
    submittedResponses,
    duplicateResponses: responses - startedInvitations,
    incomplete: submittedResponses - whole,
  };
}

export const ms = (x: number) => `${x.toFixed(0)} ms`;
