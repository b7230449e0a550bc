/**
 * `npm test`: every check in order, stopping at the first that fails — type check and lint,
 * unit tests, the production build, then browser and accessibility tests in Chromium.
 */
import { spawnSync } from "node:child_process";

const steps: [string, string][] = [
  ["Type check and lint", "npm run --silent check"],
  ["Unit and integration tests", "npm run --silent test:unit"],
  ["Production build", "npm run --silent build"],
  ["Studio build (offline)", "npm run --silent studio:build"],
  ["Browser and accessibility tests", "npm run --silent test:e2e"],
];

for (const [title, command] of steps) {
  console.log(`\n▶ ${title}: ${command}`);
  const started = Date.now();
  const result = spawnSync(command, { shell: true, stdio: "inherit", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${String(result.status ?? result.signal)})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
