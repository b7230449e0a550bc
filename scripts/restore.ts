/**
 * `npm run restore -- <file> [--force]`: puts a backup made by `npm run backup` back.
 * The embedded database: with the server stopped, the data directory is made from the backup;
 * one that exists already is kept beside it (`pglite.before-restore-<time>`) only with `--force`,
 * otherwise nothing is touched. PostgreSQL: `pg_restore --clean --if-exists` into DATABASE_URL.
 * The message key is not in a backup: put the one that belongs with it in place too.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { join, resolve } from "node:path";
import { serverEnv } from "../src/lib/config.ts";
import { restorePglite } from "../src/lib/db/index.ts";
import { askServer, controlSocketPath } from "../src/lib/server/control.ts";
import { exitOnKnownError } from "./fail.ts";

const args = process.argv.slice(2);
const force = args.includes("--force");
const [file] = args.filter((a) => a !== "--force");
if (!file || args.length > (force ? 2 : 1) || !existsSync(file)) {
  console.error("Usage: npm run restore -- <backup file> [--force]");
  process.exit(2);
}
try {
  const env = serverEnv();
  if (env.DATABASE_URL) {
    const restored = spawnSync("pg_restore", ["--clean", "--if-exists", "--no-owner", `--dbname=${env.DATABASE_URL}`, resolve(file)], { encoding: "utf8" });
    if (restored.error) throw new Error(`pg_restore could not be run (${restored.error.message}): install PostgreSQL's client programs.`);
    if (restored.status !== 0) {
      console.error(`pg_restore failed: ${restored.stderr.trim()}`);
      process.exit(1);
    }
    console.log(`Restored ${file} into PostgreSQL.`);
    process.exit(0);
  }
  if (env.DATA_DIR === "memory://") {
    console.error("DATA_DIR is memory://: there is nothing to restore into.");
    process.exit(2);
  }
  if (await askServer(controlSocketPath(env.DATA_DIR), { command: "none", args: [], input: {} })) {
    console.error("The server is running on this data directory: stop it first, then restore.");
    process.exit(1);
  }
  const dir = join(resolve(env.DATA_DIR), "pglite");
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!force) {
      console.error(`${dir} holds a database already. Nothing was changed; with --force it is kept beside as ${dir}.before-restore-<time> and the backup put in its place.`);
      process.exit(1);
    }
    const aside = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dir, aside);
    console.log(`The database that was there is kept in ${aside}.`);
  }
  await restorePglite(dir, readFileSync(file));
  console.log(`Restored ${file} into ${dir}. Start the server: it applies any newer migrations.`);
} catch (error) {
  exitOnKnownError(error);
  throw error;
}
