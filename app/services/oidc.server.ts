// Single sign-on with OpenID Connect: authorization code flow with PKCE, state and nonce.
// The short-lived flow values live in a signed, httpOnly cookie scoped to /auth/oidc.
import * as client from "openid-client";
import { createCookie, redirect } from "@remix-run/node";
import { getEnv, type Env } from "~/utils/env.server";
import { upsertOidcUser, type Grant } from "~/db/oidc-identities.server";
import { safeRedirect, signIn } from "./auth.server";
import { logger } from "./logger.server";

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  scopes: string;
  groupClaim: string;
  roleMap: Map<string, Grant[]>;
  label: string;
};

export type OidcErrorCode = "not_configured" | "expired" | "failed" | "no_email" | "email_unverified";

export class OidcError extends Error {
  constructor(readonly code: OidcErrorCode) {
    super(code);
  }
}

/** "vagval-admin=admin,vagval-project-sjobacka=project:sjobacka" → group → grants. */
export function parseRoleMap(text: string): Map<string, Grant[]> {
  const map = new Map<string, Grant[]>();
  for (const entry of text.split(",")) {
    const [group, grant] = entry.split("=").map((s) => s.trim());
    if (!group || !grant) continue;
    map.set(group, [...(map.get(group) ?? []), grant as Grant]);
  }
  return map;
}

/** The groups in the configured claim; a dotted name reaches into objects (realm_access.roles). */
export function groupsFrom(claims: Record<string, unknown>, claim: string): string[] {
  let value: unknown = claims;
  for (const part of claim.split(".")) value = value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export const grantsFor = (groups: string[], map: Map<string, Grant[]>): Grant[] => [...new Set(groups.flatMap((g) => map.get(g) ?? []))];

export function oidcSettings(env: Env = getEnv()): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  const redirectUrl = env.OIDC_REDIRECT_URL ?? `${(env.APP_URL ?? "").replace(/\/$/, "")}/auth/oidc/callback`;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    redirectUrl,
    scopes: env.OIDC_SCOPES,
    groupClaim: env.OIDC_GROUP_CLAIM,
    roleMap: parseRoleMap(env.OIDC_ROLE_MAP),
    label: env.OIDC_LABEL || new URL(env.OIDC_ISSUER).hostname,
  };
}

export const passwordLoginEnabled = (env: Env = getEnv()) => env.PASSWORD_LOGIN !== "false";

// Discovery is done once per issuer and client, and tried again after a failure.
let discovered: { key: string; config: Promise<client.Configuration> } | undefined;

function configuration(s: OidcSettings): Promise<client.Configuration> {
  const key = `${s.issuer} ${s.clientId}`;
  if (discovered?.key !== key) {
    const issuer = new URL(s.issuer);
    // Plain http only for a provider on this machine (tests, a local Keycloak).
    const loopback = issuer.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname);
    const config = client.discovery(issuer, s.clientId, s.clientSecret, undefined, loopback ? { execute: [client.allowInsecureRequests] } : undefined);
    config.catch(() => (discovered = undefined));
    discovered = { key, config };
  }
  return discovered.config;
}

function flowCookie() {
  const env = getEnv();
  return createCookie("vagval_oidc", {
    httpOnly: true,
    sameSite: "lax", // sent on the provider's top-level redirect back to us
    path: "/auth/oidc",
    secure: env.SECURE_COOKIES ? env.SECURE_COOKIES === "true" : env.NODE_ENV === "production",
    secrets: env.SESSION_SECRET.split(",").map((x) => x.trim()),
    maxAge: 600,
  });
}

type Flow = { verifier: string; state: string; nonce: string; redirectTo: string };

/** Redirects to the identity provider. */
export async function startOidcSignIn(redirectTo: string | null): Promise<Response> {
  const s = oidcSettings();
  if (!s) throw new OidcError("not_configured");
  const config = await configuration(s);
  const flow: Flow = { verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce(), redirectTo: safeRedirect(redirectTo) };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: s.redirectUrl,
    scope: s.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
  return redirect(url.href, { headers: { "Set-Cookie": await flowCookie().serialize(flow) } });
}

/** Handles the provider's redirect back: checks it, signs the user in, redirects onwards. */
export async function finishOidcSignIn(request: Request): Promise<Response> {
  const s = oidcSettings();
  if (!s) throw new OidcError("not_configured");
  const flow = (await flowCookie().parse(request.headers.get("Cookie"))) as Flow | null;
  if (!flow?.state || !flow.verifier) throw new OidcError("expired");
  const config = await configuration(s);
  // The registered redirect address, with the response parameters this request carried
  // (behind a proxy the request's own URL may say http://127.0.0.1:3000).
  const current = new URL(s.redirectUrl);
  current.search = new URL(request.url).search;
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true });
    claims = { ...(tokens.claims() ?? {}) };
    // Many providers put e-mail and groups only in the userinfo response.
    if (config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
      claims = { ...info, ...claims, [s.groupClaim]: claims[s.groupClaim] ?? info[s.groupClaim] };
    }
  } catch (error) {
    logger().warn({ event: "oidc_callback_failed", reason: error instanceof Error ? error.name : "unknown" }, "oidc sign-in failed");
    throw new OidcError("failed");
  }
  return signInWithClaims(request, s, claims, flow.redirectTo);
}

async function signInWithClaims(request: Request, s: OidcSettings, claims: Record<string, unknown>, redirectTo: string) {
  const email = [claims.email, claims.preferred_username, claims.upn].find((v): v is string => typeof v === "string" && v.includes("@"));
  if (!email) throw new OidcError("no_email");
  if (claims.email_verified === false) throw new OidcError("email_unverified");
  const grants = grantsFor(groupsFrom(claims, s.groupClaim), s.roleMap);
  const name = typeof claims.name === "string" ? claims.name : null;
  const { userId, created, granted } = await upsertOidcUser({ issuer: s.issuer, subject: String(claims.sub), email, name, grants });
  logger().info({ event: "oidc_sign_in", userId, created, roles: granted.length }, "oidc sign-in");
  const response = await signIn(request, userId, redirectTo);
  // Clear the flow cookie: each flow is used once.
  response.headers.append("Set-Cookie", await flowCookie().serialize("", { maxAge: 0 }));
  return response;
}
