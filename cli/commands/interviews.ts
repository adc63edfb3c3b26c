import type { Command } from "commander";
import type { CliContext } from "../context";

/** `vagval interviews …` (filled in by that area). */
export function registerInterviewsCommands(_program: Command, _ctx: CliContext) {}
