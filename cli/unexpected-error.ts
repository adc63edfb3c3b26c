import type { TFunction } from "i18next";

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNRESET", "28P01", "28000", "3D000", "57P03"]);
const FILE_CODES = new Set(["SQLITE_CANTOPEN", "SQLITE_READONLY", "EACCES", "EROFS", "ENOSPC"]);

/**
 * An error no command expected, told without the SQL statement that knex puts in front of the
 * database's own message (it can hold answers and is no help to the user), with what to check.
 */
export function describeUnexpectedError(error: unknown, t: TFunction): string {
  const code = typeof error === "object" && error && "code" in error ? String((error as { code: unknown }).code) : "";
  const raw = error instanceof Error ? error.message : String(error);
  // knex: "<sql> - <driver message>"
  const message = /^\s*(select|insert|update|delete|create|alter|drop|with|pragma)\b[\s\S]* - ([\s\S]+)$/i.exec(raw)?.[2] ?? raw;
  if (CONNECTION_CODES.has(code)) return t("unexpected.connection", { message });
  if (FILE_CODES.has(code)) return t("unexpected.file", { message });
  return t("unexpected.other", { message });
}
