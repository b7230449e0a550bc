/**
 * `npm run followup -- catch-up`: rolls up the follow-up's numbers for every day not yet rolled
 * (the server does this before every purge). `npm run followup -- rebuild [--from YYYY-MM-DD]`:
 * rolls up again every day from a date to yesterday, after a change to the roll-up; by default
 * from as far back as every kind of raw row is still complete (the shortest retention, the
 * bookings' BOOKING_RETENTION_DAYS), since a day whose rows are partly purged would lose numbers.
 * With the embedded database, stop the server first: one process at a time can open PGlite.
 */
import { processApp } from "../src/app/index.ts";
import { addDays, isDate, stockholmNow } from "../src/lib/dates.ts";
import { exitOnKnownError } from "./fail.ts";

const [command, flag, value] = process.argv.slice(2);
if (command !== "catch-up" && command !== "rebuild") {
  console.error("Usage: npm run followup -- catch-up | rebuild [--from YYYY-MM-DD]");
  process.exit(2);
}
if (command === "rebuild" && flag !== undefined && (flag !== "--from" || !value || !isDate(value))) {
  console.error("--from takes a date: YYYY-MM-DD");
  process.exit(2);
}
try {
  const app = await processApp();
  const now = app.clock();
  const from = value ?? addDays(stockholmNow(now).date, -app.env.BOOKING_RETENTION_DAYS);
  const days = command === "rebuild" ? await app.followup.rebuild(from, now) : await app.followup.catchUp(now);
  console.log(days.length === 0 ? "Follow-up: nothing to roll up." : `Follow-up: rolled up ${String(days.length)} days, ${days[0] ?? ""} to ${days.at(-1) ?? ""} (${app.describe.database()}).`);
  await app.close();
} catch (error) {
  exitOnKnownError(error);
  throw error;
}
