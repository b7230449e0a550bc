/**
 * `npm run purge`: deletes everything past its retention period now (the server also does
 * this when it starts and every hour). With the embedded database, stop the server first:
 * one process at a time can open a PGlite data directory.
 */
import { purge } from "../src/lib/server/purge.ts";
import { describeDatabase, services } from "../src/lib/server/services.ts";
import { exitOnKnownError } from "./fail.ts";

try {
  const s = await services();
  const counts = await purge(s.db, new Date(), s.env.AUDIT_RETENTION_DAYS);
  console.log(`Purged (${describeDatabase(s.env)}): ${Object.entries(counts).map(([k, v]) => `${k} ${String(v)}`).join(", ")}`);
  await s.close();
} catch (error) {
  exitOnKnownError(error);
  throw error;
}
