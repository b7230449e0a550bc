/**
 * `npm run purge`: deletes everything past its retention period now, with the same function as
 * the server's hourly upkeep (bookings, reminders, threads, proposals with their contact
 * details, outbox mail, sessions, sign-ins, used tokens, rate limits, audit; the follow-up is
 * rolled up first). With the embedded database while the server runs, the server does it.
 */
import { runFromCli } from "./command.ts";

await runFromCli("purge", process.argv.slice(2));
