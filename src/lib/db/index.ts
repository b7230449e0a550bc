/**
 * The database behind one small interface: PGlite (Postgres compiled to WebAssembly) in
 * `./data/` by default, a PostgreSQL server through a connection pool when DATABASE_URL is
 * set. The same SQL and migrations run on both.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

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
}

/** PGlite in a data directory, or in memory with `memory://`. Opening takes seconds: do it once a process. */
export async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(dataDir);
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
    close: () => db.close(),
    changes: () => changes,
  };
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

/** A PostgreSQL server through a pool of connections. */
export async function openPostgres(url: string, max = 10): Promise<Db> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max });
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
  };
}

export const MIGRATIONS_DIR = "src/lib/db/migrations";

/** Applies every `NNN_name.sql` not applied yet, in order, each in its own transaction. */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
  const done = new Set((await db.query<{ id: string }>("SELECT id FROM schema_migrations")).map((r) => r.id));
  const files = readdirSync(resolve(dir)).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f)).sort();
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
