import type { Command } from "commander";
import type { CliContext } from "../context";

/** `vagval report …` (filled in by that area). */
export function registerReportCommands(_program: Command, _ctx: CliContext) {}
