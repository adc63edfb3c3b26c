import type { Command } from "commander";
import type { CliContext } from "../context";

/** `vagval tickets …` (filled in by that area). */
export function registerTicketsCommands(_program: Command, _ctx: CliContext) {}
