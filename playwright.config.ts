import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${PORT}`;

const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";

export default defineConfig({
  testDir: "./e2e",
  outputDir: `${dataDir}/test-results`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI on a 2-core machine: a retried pass is reported as "flaky" in the output, so
  // timing problems stay visible without failing a run that is otherwise green.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "en-US",
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "e2e", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
    { name: "leaks", testMatch: /.*\.check\.ts/, dependencies: ["e2e"] },
  ],
  webServer: {
    command: "node scripts/serve.mjs --fresh",
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      AUTH_URL: baseURL,
      EMULATOR_PORT: process.env.E2E_EMULATOR_PORT ?? "4210",
      EMULATOR_URL: `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? "4210"}/api`,
      EMULATOR_MODE: "test",
      EMULATOR_DB: "memory",
    },
  },
});
