import type { Command } from "commander";
import type { CliContext } from "../context";

/** `vagval responses …` (filled in by that area). */
export function registerResponsesCommands(_program: Command, _ctx: CliContext) {}
