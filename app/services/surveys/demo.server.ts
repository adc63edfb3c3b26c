import type { DemoSeeder } from "../demo.server";

/** Adds the surveys part of the demo (filled in by that area). */
export const seedDemoSurveys: DemoSeeder = async () => {};
