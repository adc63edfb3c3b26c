import { action as loginAction } from "~/routes/login";
import { authenticate, getUserId } from "~/services/auth.server";
import { makeUser, request, sessionCookie, TEST_PASSWORD } from "../support/factories";

const form = (fields: Record<string, string>, cookie?: string) =>
  request("/login", { method: "POST", body: new URLSearchParams(fields), cookie, headers: { "Content-Type": "application/x-www-form-urlencoded" } });

async function loginResult(fields: Record<string, string>, cookie?: string) {
  const result = await loginAction({ request: form(fields, cookie), params: {}, context: {} });
  return result;
}

describe("signing in", () => {
  test("the right password signs in; a wrong one or an unknown email does not, alike", async () => {
    const user = await makeUser({ role: "admin" });
    expect((await authenticate(user.email, TEST_PASSWORD))?.id).toBe(user.id);
    expect(await authenticate(user.email.toUpperCase(), TEST_PASSWORD)).toBeDefined();
    expect(await authenticate(user.email, "wrong-password")).toBeUndefined();
    expect(await authenticate("nobody@test.vagval.se", TEST_PASSWORD)).toBeUndefined();
  });

  test("a failed sign-in keeps the typed email and says the same for unknown and wrong", async () => {
    const user = await makeUser({ role: "admin" });
    const wrong = (await loginResult({ email: user.email, password: "nope-nope" })) as { data: { email: string; formError: string }; init: { status: number } };
    const unknown = (await loginResult({ email: "ghost@test.vagval.se", password: "nope-nope" })) as typeof wrong;
    expect(wrong.init.status).toBe(400);
    expect(wrong.data.email).toBe(user.email);
    expect(wrong.data.formError).toBe(unknown.data.formError);
  });

  test("missing fields are reported per field", async () => {
    const result = (await loginResult({ email: "", password: "" })) as { data: { fieldErrors: Record<string, string> } };
    expect(Object.keys(result.data.fieldErrors).sort()).toEqual(["email", "password"]);
  });

  test("signing in starts a new session: the old session id stops working", async () => {
    const user = await makeUser({ role: "admin" });
    const before = await sessionCookie(user.id);
    const response = (await loginResult({ email: user.email, password: TEST_PASSWORD, redirectTo: "/m/x" }, before)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/m/x");
    const after = response.headers.get("Set-Cookie")!.split(";")[0]!;
    expect(after).not.toBe(before);
    expect(await getUserId(request("/", { cookie: after }))).toBe(user.id);
    expect(await getUserId(request("/", { cookie: before }))).toBeUndefined();
  });

  test("the session cookie is httpOnly and SameSite=Lax", async () => {
    const user = await makeUser({ role: "admin" });
    const response = (await loginResult({ email: user.email, password: TEST_PASSWORD })) as Response;
    const header = response.headers.get("Set-Cookie")!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
  });

  test("a redirect after sign-in never leaves the site", async () => {
    const user = await makeUser({ role: "admin" });
    const response = (await loginResult({ email: user.email, password: TEST_PASSWORD, redirectTo: "//evil.example/x" })) as Response;
    expect(response.headers.get("Location")).toBe("/");
  });
});

describe("guessing passwords", () => {
  test("is slowed down with backoff after five failures, and says how long to wait", async () => {
    const user = await makeUser({ role: "admin" });
    const headers = { "Content-Type": "application/x-www-form-urlencoded" };
    const attempt = (password: string) =>
      loginAction({ request: request("/login", { method: "POST", headers, body: new URLSearchParams({ email: user.email, password }) }), params: {}, context: { clientIp: "203.0.113.7" } });
    for (let i = 0; i < 5; i++) expect(((await attempt("wrong")) as { init: { status: number } }).init.status).toBe(400);
    await attempt("wrong");
    const blocked = (await attempt(TEST_PASSWORD)) as { data: { formError: string; seconds: number }; init: { status: number } };
    expect(blocked.init.status).toBe(429);
    expect(blocked.data.formError).toBe("login.tooMany");
    expect(blocked.data.seconds).toBeGreaterThanOrEqual(1);
  });
});
