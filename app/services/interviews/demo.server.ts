import type { DemoSeeder } from "../demo.server";

/** Adds the interviews part of the demo (filled in by that area). */
export const seedDemoInterviews: DemoSeeder = async () => {};
