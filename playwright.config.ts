import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.ts";

const port = 4399;

export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  reporter: process.env["CI"] ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: { executablePath: findChromium() ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
    serviceWorkers: "block",
  },
  webServer: {
    command: "node scripts/serve.ts",
    url: `http://127.0.0.1:${port}/sv/`,
    // A fixed instant, Tuesday evening, so that opening status and "open this evening" are known.
    env: { PORT: String(port), HOST: "127.0.0.1", ASTRO_TELEMETRY_DISABLED: "1", NARA_NOW: "2026-11-24T17:30:00+01:00" },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
