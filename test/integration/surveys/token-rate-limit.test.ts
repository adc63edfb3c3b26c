// Guessing invitation links: every unknown token counts against the client's address, and a
// blocked address gets 429 with a translated page and Retry-After, before any lookup.
import { randomBytes } from "node:crypto";
import { action, loader } from "~/routes/s.$token";
import { request, thrown } from "../../support/factories";
import { publishedSurvey } from "./helpers";

type Blocked = { data: { kind: string; title: string; text: string; seconds: number }; init: { status: number; headers: Record<string, string> } };

// Unique per run: the limiter lives in the module, shared by the tests of this worker.
const address = () => `198.51.100.${randomBytes(2).readUInt16BE(0)}`;
const unknown = () => randomBytes(18).toString("base64url");

async function status(p: Promise<unknown>): Promise<number> {
  try {
    const r = (await p) as { init?: { status: number } } | Response;
    return r instanceof Response ? r.status : (r.init?.status ?? 200);
  } catch (e) {
    return e instanceof Response ? e.status : (e as Blocked).init.status;
  }
}

const load = (token: string, clientIp: string, lng = "sv") => loader({ request: request(`/s/${token}?lng=${lng}`), params: { token }, context: { clientIp } });

async function guess(clientIp: string, times: number) {
  for (let i = 0; i < times; i++) expect(await status(load(unknown(), clientIp))).toBe(404);
}

describe("rate limit on invitation links", () => {
  // The clock stands still, so a one-second block cannot run out on a slow machine.
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  test("after 20 free unknown links the address is blocked with 429, Retry-After and a translated page", async () => {
    const ip = address();
    await guess(ip, 21);
    const blocked = (await thrown(load(unknown(), ip, "nn"))) as Blocked;
    expect(blocked.init.status).toBe(429);
    const seconds = Number(new Headers(blocked.init.headers).get("Retry-After"));
    expect(seconds).toBeGreaterThan(0);
    expect(blocked.data.kind).toBe("blocked");
    expect(blocked.data.title).toBe("For mange forsøk");
    expect(blocked.data.text).toContain(`${seconds} sekund`);
    // The block is for this address only, and stands until the time has passed.
    expect(await status(load(unknown(), address()))).toBe(404);
    vi.setSystemTime(Date.now() + seconds * 1000);
    expect(await status(load(unknown(), ip))).toBe(404);
  });

  test("a blocked address is refused even for a real link and on posts; another address is not affected", async () => {
    const { tokens } = await publishedSurvey({ links: 2 });
    const ip = address();
    await guess(ip, 21);
    expect(await status(load(tokens[0]!, ip))).toBe(429);
    const post = action({ request: request(`/s/${tokens[0]}?lng=sv`, { method: "POST", body: new URLSearchParams({ intent: "start" }) }), params: { token: tokens[0]! }, context: { clientIp: ip } });
    expect(await status(post)).toBe(429);
    const other = (await load(tokens[1]!, address())) as { kind: string };
    expect(other.kind).toBe("intro");
  });

  test("unknown links posted to the action count as failures too", async () => {
    const ip = address();
    for (let i = 0; i < 21; i++) {
      const token = unknown();
      await action({ request: request(`/s/${token}?lng=sv`, { method: "POST", body: new URLSearchParams({ intent: "start" }) }), params: { token }, context: { clientIp: ip } });
    }
    expect(await status(load(unknown(), ip))).toBe(429);
  });

  test("real links do not count: many visits to a valid link never block its address", async () => {
    const { tokens } = await publishedSurvey({ links: 1 });
    const ip = address();
    for (let i = 0; i < 30; i++) expect(((await load(tokens[0]!, ip)) as { kind: string }).kind).toBe("intro");
  });
});
