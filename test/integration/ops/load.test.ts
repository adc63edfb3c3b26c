// The short form of the load benchmark (test/bench/load.ts): 50 respondents at a time, each on
// a personal link, submit the survey to a real server, 100 respondents in all (bounded in work,
// not time, so a busy machine still gets through them). Asserts only correctness — every
// accepted respondent stored once and whole, no 5xx — never timings (the benchmark prints those).
import { startApp, type AppProcess } from "../../support/app-process";
import { checkStored, prepareRespondents, submitUnderLoad } from "../../support/load";

let app: AppProcess;
afterAll(async () => {
  await app?.stop();
});

test("50 concurrent respondents: every accepted submission is stored exactly once, none is lost, no server error", { timeout: 120_000 }, async () => {
  const survey = await prepareRespondents(3000);
  app = await startApp(process.env.DATABASE_URL!, { LOG_LEVEL: "warn" });
  const run = await submitUnderLoad({ baseUrl: app.baseUrl, tokens: survey.tokens, connections: 50, respondents: 100 });
  const figures = JSON.stringify({ ...run, accepted: run.accepted.length });
  expect(run.serverErrors, figures).toBe(0);
  expect(run.errors + run.timeouts, `${figures}\n${app.output().slice(-2000)}`).toBe(0);
  expect(run.accepted.length, figures).toBeGreaterThan(0);
  expect(new Set(run.accepted).size).toBe(run.accepted.length);
  // A graceful stop lets requests still in flight finish, so the count below is final.
  await app.stop();
  const stored = await checkStored(survey, run.accepted);
  expect(stored).toMatchObject({ lost: 0, duplicateResponses: 0, incomplete: 0 });
  // Submitted = accepted + those whose last page was in flight when the time was up.
  expect(stored.submittedResponses).toBe(stored.submittedInvitations);
  expect(stored.submittedResponses - run.accepted.length).toBeGreaterThanOrEqual(0);
  expect(stored.submittedResponses - run.accepted.length).toBeLessThanOrEqual(run.cutOff);
});
