/**
 * `npm test`: every check in order, stopping at the first that fails — type check and lint,
 * the production build, unit and integration tests, then browser and accessibility tests in Chromium.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

// Each runner also writes a JSON report, so that the last line can count every test.
const reports = "reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps: [string, string][] = [
  ["Type check and lint", "npm run --silent check"],
  // Built first: integration tests start the built server.
  ["Production build", "npm run --silent build"],
  ["Unit and integration tests", `npm run --silent test:unit -- --reporter=default --reporter=json --outputFile.json=${reports}/unit.json`],
  ["Studio build (offline)", "npm run --silent studio:build"],
  ["Browser and accessibility tests", `npm run --silent test:e2e -- --reporter=list,json`],
];

for (const [title, command] of steps) {
  console.log(`\n▶ ${title}: ${command}`);
  const started = Date.now();
  const result = spawnSync(command, {
    shell: true,
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
  });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${String(result.status ?? result.signal)})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function counts(file: string, read: (report: Record<string, unknown>) => [number, number]): [number, number] {
  if (!existsSync(file)) return [0, 0];
  return read(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>);
}
const unit = counts(`${reports}/unit.json`, (r) => [Number(r["numPassedTests"] ?? 0), Number(r["numFailedTests"] ?? 0)]);
const e2e = counts(`${reports}/e2e.json`, (r) => {
  const stats = (r["stats"] ?? {}) as Record<string, number>;
  return [stats["expected"] ?? 0, (stats["unexpected"] ?? 0) + (stats["flaky"] ?? 0)];
});
console.log(`\n${String(unit[0] + e2e[0])} passed, ${String(unit[1] + e2e[1])} failed`);
