/**
 * `npm run followup -- catch-up`: rolls up the follow-up's numbers for every day not yet rolled
 * (the server does this before every purge). `npm run followup -- rebuild [--from YYYY-MM-DD]`:
 * rolls up again every day from a date to yesterday, after a change to the roll-up; by default
 * from as far back as every kind of raw row is still complete (the shortest retention, the
 * bookings' BOOKING_RETENTION_DAYS), since a day whose rows are partly purged would lose numbers.
 * `npm run followup -- demo [--scale N] [--days N] [--seed N]`: writes a year (by default) of
 * synthetic history for the demo municipality through the real roll-up, its days marked as such
 * (the insights page says so); `--scale 10` is the bench's volume. Days rolled from real rows are
 * never touched. With the embedded database, stop the server first: one process at a time can
 * open PGlite.
 */
import { processApp } from "../src/app/index.ts";
import { addDays, isDate, stockholmNow } from "../src/lib/dates.ts";
import { exitOnKnownError } from "./fail.ts";

const [command, flag, value, ...more] = process.argv.slice(2);
const USAGE = "Usage: npm run followup -- catch-up | rebuild [--from YYYY-MM-DD] | demo [--scale N] [--days N] [--seed N]";
if (command !== "catch-up" && command !== "rebuild" && command !== "demo") {
  console.error(USAGE);
  process.exit(2);
}
/** The demo's flags: whole numbers within bounds. */
function demoOptions(args: string[]) {
  const options = { scale: 1, days: 365, seed: 2026 };
  const bounds = { scale: [1, 100], days: [1, 731], seed: [0, 2 ** 31] } as const;
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]?.replace(/^--/, "") as keyof typeof options;
    const n = Number(args[i + 1]);
    if (!(name in bounds) || !Number.isInteger(n) || n < bounds[name][0] || n > bounds[name][1]) {
      console.error(USAGE);
      process.exit(2);
    }
    options[name] = n;
  }
  return options;
}
const demo = command === "demo" ? demoOptions([flag, value, ...more].filter((a): a is string => a !== undefined)) : undefined;
if (command === "rebuild" && flag !== undefined && (flag !== "--from" || !value || !isDate(value))) {
  console.error("--from takes a date: YYYY-MM-DD");
  process.exit(2);
}
try {
  const app = await processApp();
  const now = app.clock();
  if (demo) {
    const made = await app.followup.generate(demo, now);
    const sorted = [...made.rollupMs].sort((a, b) => a - b);
    console.log(`Follow-up: synthetic history (scale ${String(demo.scale)}) for ${String(made.days)} days, ${made.from} to ${made.to}: ${String(made.bookings)} bookings and ${String(made.threads)} threads rolled up; a day's roll-up took ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} ms (median), ${(sorted.at(-1) ?? 0).toFixed(0)} ms at most (${app.describe.database()}).`);
    await app.close();
    process.exit(0);
  }
  const from = value ?? addDays(stockholmNow(now).date, -app.env.BOOKING_RETENTION_DAYS);
  const days = command === "rebuild" ? await app.followup.rebuild(from, now) : await app.followup.catchUp(now);
  console.log(days.length === 0 ? "Follow-up: nothing to roll up." : `Follow-up: rolled up ${String(days.length)} days, ${days[0] ?? ""} to ${days.at(-1) ?? ""} (${app.describe.database()}).`);
  await app.close();
} catch (error) {
  exitOnKnownError(error);
  throw error;
}
