/**
 * `npm run purge`: deletes everything past its retention period now, with the same function as
 * the server's hourly upkeep (bookings, reminders, threads, proposals with their contact
 * details, outbox mail, sessions, sign-ins, used tokens, rate limits, audit). With the embedded
 * database, stop the server first: one process at a time can open a PGlite data directory.
 */
import { processApp } from "../src/app/index.ts";
import { exitOnKnownError } from "./fail.ts";

try {
  const app = await processApp();
  const counts = await app.upkeep.purge(new Date());
  console.log(`Purged (${app.describe.database()}): ${Object.entries(counts).map(([k, v]) => `${k} ${String(v)}`).join(", ")}`);
  await app.close();
} catch (error) {
  exitOnKnownError(error);
  throw error;
}
