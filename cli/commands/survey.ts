import type { Command } from "commander";
import type { CliContext } from "../context";

/** `vagval survey …` (filled in by that area). */
export function registerSurveyCommands(_program: Command, _ctx: CliContext) {}
