import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Server-only modules are imported directly by tests, which run outside React's server bundle.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest would use one worker on two cores; the suites wait on databases about as much as they
    // compute, so two workers keep both cores busy.
    maxWorkers: 2,
    // CI logs list every test, so they show each database suite passing on each engine.
    reporters: process.env.CI ? ["verbose"] : ["default"],
  },
});
