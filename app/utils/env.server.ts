import { z } from "zod";

// Configuration is validated once at start-up; a bad value stops the app with a clear message.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().default("file:./data/vagval.sqlite"),
  SESSION_SECRET: z.string().min(16, "SESSION_SECRET must be at least 16 characters").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
});

export type Env = z.infer<typeof schema> & { SESSION_SECRET: string };

let cached: Env | undefined;

export function getEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  if (!env.SESSION_SECRET && env.NODE_ENV === "production") {
    throw new Error("Invalid configuration:\nSESSION_SECRET: required in production (a long random string)");
  }
  const result = { ...env, SESSION_SECRET: env.SESSION_SECRET ?? "development-only-secret-change-me" };
  if (source === process.env) cached = result;
  return result;
}
