// In-process attempt limiter with exponential backoff, for sign-in and invitation tokens.
// One app process serves a municipality installation; behind several processes, put the
// limit in the proxy as well (docs/deploy.md).

type Entry = { failures: number; blockedUntil: number; lastSeen: number };

export class RateLimiter {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly opts: { freeAttempts: number; baseDelayMs: number; maxDelayMs: number; forgetAfterMs: number },
    // Read through Date each time (not a captured reference), so tests can stop the clock.
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Milliseconds the caller must still wait, or 0 when an attempt is allowed. */
  retryAfter(key: string): number {
    const entry = this.entries.get(key);
    if (!entry) return 0;
    if (this.now() - entry.lastSeen > this.opts.forgetAfterMs) {
      this.entries.delete(key);
      return 0;
    }
    return Math.max(0, entry.blockedUntil - this.now());
  }

  fail(key: string) {
    const t = this.now();
    const entry = this.entries.get(key) ?? { failures: 0, blockedUntil: 0, lastSeen: t };
    entry.failures += 1;
    entry.lastSeen = t;
    const over = entry.failures - this.opts.freeAttempts;
    if (over > 0) entry.blockedUntil = t + Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** (over - 1));
    this.entries.set(key, entry);
    if (this.entries.size > 10_000) this.prune();
  }

  succeed(key: string) {
    this.entries.delete(key);
  }

  private prune() {
    const t = this.now();
    for (const [key, entry] of this.entries) if (t - entry.lastSeen > this.opts.forgetAfterMs) this.entries.delete(key);
  }
}

/** The address from the server (Express trusts proxy headers from loopback only); tests pass it in the context. */
export const clientAddress = (context: { clientIp?: string } | undefined) => context?.clientIp ?? "local";

/** Sign-in: 5 free attempts per address and per account, then 1 s, 2 s, 4 s … up to 15 min. */
export const loginLimiter = new RateLimiter({ freeAttempts: 5, baseDelayMs: 1000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 });

/** Invitation links: 20 unknown tokens per address, then backoff. */
export const tokenLimiter = new RateLimiter({ freeAttempts: 20, baseDelayMs: 1000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 });
