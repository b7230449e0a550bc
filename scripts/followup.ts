/**
 * `npm run followup -- catch-up`: rolls up the follow-up's numbers for every day not yet rolled
 * (the server does this before every purge). `npm run followup -- rebuild [--from YYYY-MM-DD]`:
 * rolls up again every day from a date to yesterday, after a change to the roll-up; by default
 * from as far back as every kind of raw row is still complete (the shortest retention, the
 * bookings' BOOKING_RETENTION_DAYS), since a day whose rows are partly purged would lose numbers.
 * `npm run followup -- demo [--scale N] [--days N] [--seed N]`: writes a year (by default) of
 * synthetic history for the demo municipality through the real roll-up, its days marked as such
 * (the insights page says so); `--scale 10` is the bench's volume. Days rolled from real rows are
 * never touched. With the embedded database while the server runs, the server does it.
 */
import { runFromCli } from "./command.ts";

await runFromCli("followup", process.argv.slice(2));
