import { z } from "zod";

const httpUrl = (name: string) => z.string().regex(/^https?:\/\/[^\s]+$/, `${name} must be an address starting with http:// or https://`);
const ROLE_MAP_ENTRY = /^[^=,]+=(admin|(project|decision):[a-z0-9-]+)$/;

// Configuration is validated once at start-up; a bad value stops the app with a clear message.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().default("file:./data/vagval.sqlite"),
  SESSION_SECRET: z.string().min(16, "SESSION_SECRET must be at least 16 characters").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  // Operations (docs/deploy.md): public address, single sign-on, e-mail, logs, shutdown.
  APP_URL: httpUrl("APP_URL").optional(),
  OIDC_ISSUER: httpUrl("OIDC_ISSUER").optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: httpUrl("OIDC_REDIRECT_URL").optional(),
  OIDC_SCOPES: z.string().default("openid email profile"),
  OIDC_GROUP_CLAIM: z.string().min(1).default("groups"),
  OIDC_ROLE_MAP: z
    .string()
    .default("")
    .refine((v) => v.split(",").every((e) => !e.trim() || ROLE_MAP_ENTRY.test(e.trim())), {
      message: 'write "group=admin" or "group=project:SLUG" or "group=decision:SLUG", separated by commas',
    }),
  OIDC_LABEL: z.string().default(""),
  PASSWORD_LOGIN: z.enum(["true", "false"], { message: "PASSWORD_LOGIN must be true or false" }).default("true"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465")
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  MAIL_WORKER: z.enum(["true", "false"], { message: "MAIL_WORKER must be true or false" }).default("true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
});

// Cross-field rules: what one setting needs from another, said in one line each.
function crossCheck(env: z.infer<typeof schema>): string[] {
  const problems: string[] = [];
  if (env.OIDC_ISSUER && (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET)) problems.push("OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: required when OIDC_ISSUER is set");
  if (env.OIDC_ISSUER && !env.OIDC_REDIRECT_URL && !env.APP_URL) problems.push("APP_URL (or OIDC_REDIRECT_URL): required when OIDC_ISSUER is set");
  if (env.PASSWORD_LOGIN === "false" && !env.OIDC_ISSUER) problems.push("PASSWORD_LOGIN=false: set OIDC_ISSUER too, or nobody can sign in");
  if (env.SMTP_URL && !env.MAIL_FROM) problems.push("MAIL_FROM: required when SMTP_URL is set (e.g. Vägval <vagval@kommun.se>)");
  if (env.SMTP_URL && !env.APP_URL) problems.push("APP_URL: required when SMTP_URL is set (the personal links in e-mails start with it)");
  return problems;
}

export type Env = z.infer<typeof schema> & { SESSION_SECRET: string };

let cached: Env | undefined;

export function getEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached && source === process.env) return cached;
  // An empty line in an environment file (`OIDC_ISSUER=`) means "not set".
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const problems = crossCheck(env);
  if (problems.length > 0) throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  if (!env.SESSION_SECRET && env.NODE_ENV === "production") {
    throw new Error("Invalid configuration:\nSESSION_SECRET: required in production (a long random string)");
  }
  const result = { ...env, SESSION_SECRET: env.SESSION_SECRET ?? "development-only-secret-change-me" };
  if (source === process.env) cached = result;
  return result;
}

/** For tests that change process.env: the next getEnv() reads it again. */
export function resetEnvCache() {
  cached = undefined;
}
