/**
 * The database behind one small interface: PGlite (Postgres compiled to WebAssembly) in
 * `./data/` by default, a PostgreSQL server through a connection pool when DATABASE_URL is
 * set. The same SQL and migrations run on both.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** An embedded data directory that cannot be opened (damaged): the message says what to do. */
export class DataDirDamaged extends Error {
  override name = "DataDirDamaged";
}

/** A data directory already open in another process: the message says which and what to do. */
export class DataDirInUse extends Error {
  override name = "DataDirInUse";
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Takes `<dataDir>.lock` for this process (its pid inside), or throws DataDirInUse when a live
 * process holds it; a lock left by a process that is gone is taken over. The release function
 * removes it (also run when the process exits).
 */
export function lockDataDir(dataDir: string): () => void {
  const file = `${resolve(dataDir)}.lock`;
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(file, "utf8") === String(process.pid)) unlinkSync(file);
        } catch {
          // Already gone.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(file, "utf8").trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new DataDirInUse(
          `The embedded database in ${dataDir} is open in another process (pid ${String(holder)}). One process at a time can open it: ` +
            "while the server runs, the staff, purge, follow-up and backup commands go through the server itself; otherwise stop that process first.",
        );
      }
      // Left by a process that is gone (or by this one): take it over.
      unlinkSync(file);
    }
  }
  throw new DataDirInUse(`Could not lock ${dataDir}.`);
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /**
   * PGlite only: a number that changes after every write. One process owns a PGlite data
   * directory, so a result read at an unchanged number is still exact; a PostgreSQL server has
   * other writers, and leaves this undefined.
   */
  changes?: () => number;
  /** PostgreSQL only: the pool's connections now. */
  pool?: () => { total: number; idle: number; waiting: number };
  /** PGlite only: the data directory as a gzipped tar, taken after a checkpoint between two queries (a consistent copy while it runs). */
  dump?: () => Promise<Uint8Array>;
}

/**
 * PGlite in a data directory, or in memory with `memory://`. Opening takes seconds: do it once a
 * process. A data directory is locked to this process until it is closed (DataDirInUse for a second).
 */
export async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  const release = dataDir === "memory://" ? () => undefined : lockDataDir(dataDir);
  const db = await PGlite.create(dataDir).catch((error: unknown) => {
    release();
    throw new DataDirDamaged(
      `The embedded database in ${dataDir} could not be opened (${error instanceof Error ? error.message : String(error)}). It may be damaged: nothing was served from it. ` +
        "Keep the directory for inspection, and put the last backup back with `npm run restore -- <file> --force` (docs/operations.md).",
    );
  });
  let changes = 0;
  const reads = (sql: string) => /^\s*SELECT\b/i.test(sql);
  return {
    kind: "pglite",
    async query<R>(sql: string, params: unknown[] = []) {
      try {
        return (await db.query<R>(sql, params)).rows;
      } finally {
        if (!reads(sql)) changes++;
      }
    },
    async transaction(fn) {
      try {
        return await db.transaction((tx) => fn({ query: async <R>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows }));
      } finally {
        changes++;
      }
    },
    async exec(sql) {
      try {
        await db.exec(sql);
      } finally {
        changes++;
      }
    },
    async close() {
      await db.close();
      release();
    },
    changes: () => changes,
    async dump() {
      await db.exec("CHECKPOINT");
      return new Uint8Array(await (await db.dumpDataDir("gzip")).arrayBuffer());
    },
  };
}

/** Makes a PGlite data directory from a backup (`dump`): the directory must not exist yet. */
export async function restorePglite(dataDir: string, archive: Uint8Array): Promise<void> {
  const { PGlite } = await import("@electric-sql/pglite");
  const release = lockDataDir(dataDir);
  try {
    const db = await PGlite.create(dataDir, { loadDataDir: new Blob([new Uint8Array(archive)]) });
    await db.query("SELECT 1");
    await db.close();
  } finally {
    release();
  }
}

/**
 * A query with parameters as a named prepared statement: each connection parses and plans it
 * once, not on every call. The name comes from the text, so one text has one name.
 */
function statement(text: string, values: unknown[]): { name?: string; text: string; values: unknown[] } {
  if (values.length === 0) return { text, values };
  let name = statementNames.get(text);
  if (!name) {
    // Only fixed texts are expected here; past a thousand, something builds SQL on the fly.
    if (statementNames.size >= 1000) return { text, values };
    name = `q${createHash("sha1").update(text).digest("base64url").slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return { name, text, values };
}
const statementNames = new Map<string, string>();

/** Error codes that mean the database cannot be reached now (the network's, and PostgreSQL's classes 08, 53300 and 57P). */
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EPIPE|EHOSTUNREACH|08\d{3}|53300|57P0[1-3])$/;

/** Whether an error means the database is out of reach for now (as opposed to a fault in a query). */
export function isUnreachable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = "code" in error ? String(error.code) : "";
  const message = error instanceof Error ? error.message : "";
  if (UNREACHABLE.test(code) || /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message)) return true;
  // An AggregateError (several addresses refused) or a wrapped cause.
  const inner = "errors" in error && Array.isArray(error.errors) ? (error.errors as unknown[]) : "cause" in error ? [error.cause] : [];
  return inner.some(isUnreachable);
}

/**
 * A PostgreSQL server through a pool of connections. A request waits at most five seconds for a
 * connection; a connection that breaks while idle is dropped (and logged), never a crash; the
 * pool makes new ones when the server is back.
 */
export async function openPostgres(url: string, max = 10, log: (line: string) => void = console.error): Promise<Db> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  pool.on("error", (error) => {
    log(`Database: an idle connection failed (${error.message}); the pool will open a new one`);
  });
  const query = async <R>(sql: string, params: unknown[] = []) => (await pool.query(statement(sql, params))).rows as R[];
  return {
    kind: "postgres",
    query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({ query: async <R>(sql: string, params: unknown[] = []) => (await client.query(statement(sql, params))).rows as R[] });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
    pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

export const MIGRATIONS_DIR = "src/lib/db/migrations";

/** The ids of this release's migrations, in order. */
export const migrationIds = (dir = MIGRATIONS_DIR): string[] =>
  readdirSync(resolve(dir))
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => f.replace(/\.sql$/, ""));

/** The advisory lock that serializes migrations between instances starting at once ("nara" as a number). */
export const MIGRATION_LOCK = 0x6e617261;

/**
 * Applies every `NNN_name.sql` not applied yet, in order. On PostgreSQL, all of it in one
 * transaction under an advisory lock: instances starting at the same moment on one database
 * take turns, and the later ones find the work done. PGlite has one process per data directory:
 * each file in its own transaction.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(resolve(dir)).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f)).sort();
  if (db.kind === "postgres") {
    return db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await tx.query("CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
      const done = new Set((await tx.query<{ id: string }>("SELECT id FROM schema_migrations")).map((r) => r.id));
      const applied: string[] = [];
      for (const file of files) {
        const id = file.replace(/\.sql$/, "");
        if (done.has(id)) continue;
        await tx.query(readFileSync(join(resolve(dir), file), "utf8"));
        await tx.query("INSERT INTO schema_migrations (id) VALUES ($1)", [id]);
        applied.push(id);
      }
      return applied;
    });
  }
  await db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
  const done = new Set((await db.query<{ id: string }>("SELECT id FROM schema_migrations")).map((r) => r.id));
  const applied: string[] = [];
  for (const file of files) {
    const id = file.replace(/\.sql$/, "");
    if (done.has(id)) continue;
    const sql = readFileSync(join(resolve(dir), file), "utf8");
    // Each file in one transaction: a broken migration leaves nothing half-applied.
    await db.exec(`BEGIN;\n${sql}\nINSERT INTO schema_migrations (id) VALUES ('${id}');\nCOMMIT;`).catch(async (error: unknown) => {
      await db.exec("ROLLBACK").catch(() => undefined);
      throw error;
    });
    applied.push(id);
  }
  return applied;
}
