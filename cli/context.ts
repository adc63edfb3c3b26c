import type { TFunction } from "i18next";
import type { Locale } from "~/domain/ids";

/** What every command needs: the user's language and a way to fail with a translated message. */
export type CliContext = { locale: Locale; t: TFunction };

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Bad arguments: exit code 2, like the argument parser's own errors. */
export const usageError = (message: string) => new CliError(message, 2);

export function printJson(value: unknown) {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
