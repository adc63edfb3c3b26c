import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const app = fileURLToPath(new URL("./app", import.meta.url));

export default defineConfig({
  resolve: { alias: { "~": app } },
  test: {
    globals: true,
    // Two test files at a time even on a two-core machine: integration tests wait on child
    // processes (the CLI, a server) and the database much of the time. Each worker has its own
    // database (test/support/worker-db.ts); the browser suite still runs one file at a time.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias: { "~": app } },
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], globals: true, setupFiles: ["test/support/fail-on-console-error.ts"] },
      },
      {
        resolve: { alias: { "~": app } },
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globals: true,
          globalSetup: ["test/support/global-db-setup.ts"],
          setupFiles: ["test/support/fail-on-console-error.ts", "test/support/worker-db.ts"],
          testTimeout: 60000,
          hookTimeout: 120000,
        },
      },
      {
        resolve: { alias: { "~": app } },
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globals: true,
          globalSetup: ["test/support/e2e-server.ts"],
          fileParallelism: false,
          testTimeout: 180000,
          hookTimeout: 300000,
        },
      },
    ],
  },
});
