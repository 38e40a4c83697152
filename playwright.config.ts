import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Reviews assert the seeded figures they cite, so they run before editors start correcting them.
const REVIEW_SPECS = [/review-.*\.spec\.ts/];
const WRITER_SPECS = [/editor-.*\.spec\.ts/, /history\.spec\.ts/, /ingest-.*\.spec\.ts/, /security-.*\.spec\.ts/];
const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    // The system's Chromium; the browser tests never download one.
    executablePath: findChromium() ?? undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Specs share one seeded database: writers (editors, reviews, reverts) run after the readers, one
  // at a time, so no reader sees a half-finished correction and sign-ins stay under the rate limit.
  workers: 1,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "readers", testIgnore: [...REVIEW_SPECS, ...WRITER_SPECS], use: browser },
    { name: "reviews", testMatch: REVIEW_SPECS, dependencies: ["readers"], use: browser },
    { name: "writers", testMatch: WRITER_SPECS, dependencies: ["reviews"], use: browser },
  ],
  webServer: {
    command: `tsx scripts/e2e/serve.ts`,
    url: `http://127.0.0.1:${PORT}/`,
    env: { E2E_PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
  },
});
