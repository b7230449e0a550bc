/** Databases for integration tests: PGlite in memory always, a fresh PostgreSQL database per test file when TEST_DATABASE_URL is set. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate, openPglite, openPostgres, type Db } from "../../src/lib/db/index.ts";

export const POSTGRES_URL = process.env["TEST_DATABASE_URL"];

/** A new, empty database on the test server, named for the test file, and its URL. */
export async function freshPostgresUrl(name: string): Promise<string> {
  if (!POSTGRES_URL) throw new Error("TEST_DATABASE_URL is not set");
  const admin = await openPostgres(POSTGRES_URL, 1);
  await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.href;
}

/** The engines to run a suite on, each opening a migrated, empty database. */
export function engines(name: string): [string, () => Promise<Db>][] {
  const list: [string, () => Promise<Db>][] = [
    [
      "PGlite",
      async () => {
        const db = await openPglite("memory://");
        await migrate(db);
        return db;
      },
    ],
  ];
  if (POSTGRES_URL) {
    list.push([
      "PostgreSQL",
      async () => {
        const db = await openPostgres(await freshPostgresUrl(name), 20);
        await migrate(db);
        return db;
      },
    ]);
  }
  return list;
}

/** The database settings of a built server under test: its environment, and the database to open once it has stopped. */
export interface Setup {
  env: Record<string, string>;
  /** The database, opened after the server has stopped (PGlite allows one process). */
  open: () => Promise<Db>;
  cleanup: () => void;
}

/** A server's database on each engine: a fresh PGlite data directory always, a fresh PostgreSQL database when configured. */
export function serverSetups(name: string): [string, () => Promise<Setup>][] {
  const setups: [string, () => Promise<Setup>][] = [
    [
      "PGlite",
      () => {
        const dir = mkdtempSync(join(tmpdir(), "nara-http-"));
        const cleanup = () => {
          rmSync(dir, { recursive: true, force: true });
        };
        return Promise.resolve({ env: { DATA_DIR: dir }, open: () => openPglite(join(dir, "pglite")), cleanup });
      },
    ],
  ];
  if (POSTGRES_URL) {
    setups.push([
      "PostgreSQL",
      async () => {
        const url = await freshPostgresUrl(name);
        return { env: { DATABASE_URL: url }, open: () => openPostgres(url, 2), cleanup: () => undefined };
      },
    ]);
  }
  return setups;
}
