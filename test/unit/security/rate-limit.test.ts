import { RateLimiter } from "~/services/rate-limit.server";

test("after the free attempts, each failure doubles the wait, and success clears it", () => {
  let now = 0;
  const limiter = new RateLimiter({ freeAttempts: 2, baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 }, () => now);
  limiter.fail("k");
  limiter.fail("k");
  expect(limiter.retryAfter("k")).toBe(0);
  limiter.fail("k");
  expect(limiter.retryAfter("k")).toBe(1000);
  now += 1000;
  limiter.fail("k");
  expect(limiter.retryAfter("k")).toBe(2000);
  for (let i = 0; i < 10; i++) limiter.fail("k");
  expect(limiter.retryAfter("k")).toBe(8000);
  limiter.succeed("k");
  expect(limiter.retryAfter("k")).toBe(0);
});

test("an address is forgotten after a quiet hour", () => {
  let now = 0;
  const limiter = new RateLimiter({ freeAttempts: 0, baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 }, () => now);
  limiter.fail("k");
  expect(limiter.retryAfter("k")).toBeGreaterThan(0);
  now += 61_000;
  expect(limiter.retryAfter("k")).toBe(0);
});
