// A test fails on an unexpected console.error: errors must be asserted, not printed.
import { afterEach, vi } from "vitest";

let errors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};
afterEach(() => {
  const seen = errors;
  errors = [];
  if (seen.length > 0) throw new Error(`console.error was called: ${String(seen[0]?.[0])}`);
});
export const allowConsoleError = () => vi.spyOn(console, "error").mockImplementation(() => {});
