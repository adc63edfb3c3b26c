import type { DemoSeeder } from "../demo.server";

/** Adds the tickets part of the demo (filled in by that area). */
export const seedDemoTickets: DemoSeeder = async () => {};
