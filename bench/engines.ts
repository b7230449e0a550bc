/** What the benches share: a measure run on PGlite and on PostgreSQL, each on fresh data, and the results of a bench run alone. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freshPostgresUrl } from "../tests/support/db.ts";

/** The PostgreSQL server of the benches: BENCH_DATABASE_URL, else TEST_DATABASE_URL; none skips PostgreSQL. */
export function benchPostgres(): string | undefined {
  const pg = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];
  if (pg) process.env["TEST_DATABASE_URL"] = pg;
  return pg;
}

/**
 * `measure` on a fresh PGlite data directory, then — when there is a server — on a fresh
 * PostgreSQL database named `database` (with a data directory of its own for the key file).
 */
export async function onEngines(database: string, measure: (engine: string, env: Record<string, string>) => Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  const dir = mkdtempSync(join(tmpdir(), "nara-bench-"));
  try {
    results["pglite"] = await measure("PGlite", { DATA_DIR: join(dir, "pglite-run") });
    if (benchPostgres()) results["postgres"] = await measure("PostgreSQL", { DATA_DIR: join(dir, "postgres-run"), DATABASE_URL: await freshPostgresUrl(database) });
    else console.log("PostgreSQL: skipped (set BENCH_DATABASE_URL)");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** A bench run on its own: its results in bench/out/<name>.json and on the terminal. */
export function writeAlone(name: string, results: Record<string, unknown>): void {
  mkdirSync("bench/out", { recursive: true });
  writeFileSync(`bench/out/${name}.json`, JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
}
