import type { Command } from "commander";
import type { CliContext } from "../context";

/** `vagval recommend …` (filled in by that area). */
export function registerRecommendCommands(_program: Command, _ctx: CliContext) {}
