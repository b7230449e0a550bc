/** A suite's database in Vitest (kept apart from db.ts, which the benchmarks import outside Vitest). */
import { afterAll, beforeAll } from "vitest";
import type { Db } from "../../src/lib/db/index.ts";

/** The database under test for one suite: opened before its tests, closed after them. */
export function suiteDb(open: () => Promise<Db>): () => Db {
  let db: Db | undefined;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (!db) throw new Error("The suite's database is not open.");
    return db;
  };
}
