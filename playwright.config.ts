import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.ts";
import { BOOKING, CONTACT, STAFF_PASSWORD, WEBHOOK_SECRET } from "./tests/e2e/site.ts";
import { IDP } from "./tests/support/idp-settings.ts";
import { SMTP_SINK } from "./tests/support/smtp-sink.ts";

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
    launchOptions: {
      executablePath: findChromium() ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
    serviceWorkers: "block",
  },
  webServer: [
    {
      // The mail server: Nära sends real SMTP here, and tests read what arrived.
      command: "node tests/support/smtp-sink.ts",
      url: `http://127.0.0.1:${String(SMTP_SINK.httpPort)}/messages`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // The municipality's sign-in service, played by a stand-in OpenID provider.
      command: "node tests/support/oidc-idp.ts",
      url: `${IDP.issuer}/.well-known/openid-configuration`,
      env: {
        OIDC_REDIRECT_URI: `http://127.0.0.1:${String(port)}/staff/oidc/callback`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // A fresh embedded database with two clinic staff accounts, made with the real staff command.
      command: [
        // A copy of the demo dataset: approving a proposal writes to it.
        "rm -rf .tmp/e2e-data && mkdir -p .tmp/e2e-data && cp sanity/seed/dataset.ndjson .tmp/e2e-data/dataset.ndjson",
        `node scripts/staff.ts add anna --name "Anna Andersson" --role clinic:${BOOKING.clinicId}`,
        `node scripts/staff.ts add bo --name "Bo Berg" --role clinic:${BOOKING.otherClinicId}`,
        `node scripts/staff.ts add dina --name "Dina Dahl" --role office:${CONTACT.unit}`,
        `node scripts/staff.ts add erik --name "Erik Ek" --role editor`,
        `node scripts/staff.ts add nora --name "Nora Nilsson" --role nightwalks:area-tallmon`,
        `node scripts/staff.ts add rita --name "Rita Rask" --role recruitment`,
        `node scripts/staff.ts add ines --name "Ines Ibrahim" --role insights`,
        // A year of synthetic history for the follow-up, through the real roll-up.
        "node scripts/followup.ts demo",
        "node scripts/serve.ts",
      ].join(" && "),
      url: `http://127.0.0.1:${port}/sv/`,
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        ASTRO_TELEMETRY_DISABLED: "1",
        // Warnings and errors only: a line a request would fill the test output.
        LOG_LEVEL: "warn",
        // A fixed instant, Tuesday evening, so that opening status, "open this evening" and the free times are known.
        NARA_NOW: "2026-11-24T17:30:00+01:00",
        DATA_DIR: ".tmp/e2e-data",
        CONTENT_DATASET: ".tmp/e2e-data/dataset.ndjson",
        STAFF_PASSWORD,
        // Deployment settings, turned for a test run: many bookings from one address, a light proof of work.
        RATE_LIMIT_BOOKINGS: "200",
        RATE_LIMIT_MESSAGES: "200",
        RATE_LIMIT_RECRUITMENT: "200",
        // Every spec signs staff in from this one address.
        RATE_LIMIT_SIGN_IN: "100",
        ALTCHA_COST: "50",
        ALTCHA_COUNTER_MAX: "200",
        PUBLIC_SITE_URL: `http://127.0.0.1:${String(port)}`,
        // The one other site that may frame the embeddable box (tests/e2e/embed.spec.ts).
        EMBED_ALLOWED_ORIGINS: "http://127.0.0.1:4395",
        SMTP_URL: `smtp://127.0.0.1:${String(SMTP_SINK.smtpPort)}`,
        SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
        OIDC_ISSUER: IDP.issuer,
        OIDC_CLIENT_ID: IDP.clientId,
        OIDC_CLIENT_SECRET: IDP.clientSecret,
        OIDC_ROLES_CLAIM: IDP.rolesClaim,
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
