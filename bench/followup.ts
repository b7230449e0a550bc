/**
 * Follow-up figures (`node bench/followup.ts`, also part of `npm run bench`), on PGlite and — when
 * `BENCH_DATABASE_URL` or `TEST_DATABASE_URL` names one — on PostgreSQL, each on a fresh database:
 *  - a year of synthetic history at ten times the demo municipality's volume (about 100,000
 *    bookings and 20,000 threads) written through the real roll-up, every day's roll-up timed;
 *    the raw rows are kept, so the last days are rolled against a year of them (more than any
 *    retention keeps: the roll-up's worst case);
 *  - the insights page over HTTP for the year, a quarter and one area's quarter, signed in as a
 *    staff member with the insights role: the first request, then the median and the slowest
 *    of ten;
 *  - the open statistics (twelve months, JSON).
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { createApp } from "../src/app/index.ts";
import { parseEnv } from "../src/lib/config.ts";
import { startServer } from "../tests/support/server.ts";
import { onEngines, writeAlone } from "./engines.ts";

const PASSWORD = "bench-insights-password";
const NOW = "2026-11-24T17:30:00+01:00";
const round = (ms: number) => Math.round(ms * 10) / 10;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? 0;

async function measure(engine: string, env: Record<string, string>): Promise<Record<string, unknown>> {
  const settings = { ...env, NARA_NOW: NOW, STAFF_PASSWORD: PASSWORD, MESSAGE_KEY: "e".repeat(64) };
  const app = await createApp(parseEnv({ ...process.env, ...settings }));
  const started = performance.now();
  const made = await app.followup.generate({ scale: 10, days: 365, seed: 2026, keepRaw: true }, new Date(NOW));
  const generateS = round((performance.now() - started) / 1000);
  await app.close();
  const days = made.rollupMs;
  const rollup = { medianMs: round(median(days)), p95Ms: round(sorted(days)[Math.floor(days.length * 0.95)] ?? 0), maxMs: round(Math.max(...days)), lastMonthMedianMs: round(median(days.slice(-30))) };

  const staff = spawnSync(process.execPath, ["scripts/staff.ts", "add", "board", "--name", "Bench", "--role", "insights"], { env: { ...process.env, ...settings }, encoding: "utf8" });
  if (staff.status !== 0) throw new Error(staff.stderr);
  const server = await startServer(settings);
  try {
    const signIn = await fetch(`${server.url}/staff/`, { method: "POST", body: new URLSearchParams({ username: "board", password: PASSWORD }), redirect: "manual", headers: { Origin: server.url } });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const timed = async (path: string, headers: Record<string, string> = {}) => {
      const times: number[] = [];
      for (let i = 0; i < 11; i++) {
        const t = performance.now();
        const response = await fetch(`${server.url}${path}`, { headers });
        const body = await response.text();
        if (response.status !== 200 || body.length < 1000) throw new Error(`${path} answered ${String(response.status)}`);
        times.push(performance.now() - t);
      }
      return { firstMs: round(times[0] ?? 0), medianMs: round(median(times.slice(1))), maxMs: round(Math.max(...times.slice(1))) };
    };
    const pages = {
      year: await timed("/staff/insights/?from=2025-11-24&to=2026-11-23", { Cookie: cookie }),
      quarter: await timed("/staff/insights/?preset=lastQuarter", { Cookie: cookie }),
      areaQuarter: await timed("/staff/insights/?preset=lastQuarter&area=kvarnby", { Cookie: cookie }),
      openStatistics: await timed("/api/open/statistics.json"),
    };
    console.log(`${engine}: ${String(made.bookings)} bookings and ${String(made.threads)} threads over ${String(made.days)} days in ${String(generateS)} s; a day's roll-up ${JSON.stringify(rollup)}; pages ${JSON.stringify(pages)}`);
    return { bookings: made.bookings, threads: made.threads, days: made.days, generateS, rollup, pages };
  } finally {
    await server.stop();
  }
}

export const followupBench = (): Promise<Record<string, unknown>> => onEngines("nara_bench_followup", measure);

if (import.meta.main) writeAlone("followup", await followupBench());
