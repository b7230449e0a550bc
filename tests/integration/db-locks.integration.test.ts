/**
 * Several processes, one database: instances starting at the same moment on an empty
 * PostgreSQL database all come up (the migrations take turns under an advisory lock), and a
 * PGlite data directory opened by a second process is refused with a message that says what to
 * do, while a lock left by a process that is gone is taken over.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, openPglite, openPostgres } from "../../src/lib/db/index.ts";
import { freshPostgresUrl, POSTGRES_URL } from "../support/db.ts";

describe.runIf(POSTGRES_URL)("migrations on PostgreSQL", () => {
  it("lets four instances migrate an empty database at the same moment: one applies, the others find it done", async () => {
    const url = await freshPostgresUrl("nara_test_migrate_race");
    const dbs = await Promise.all([1, 2, 3, 4].map(() => openPostgres(url, 2)));
    try {
      const applied = await Promise.all(dbs.map((db) => migrate(db)));
      const counts = applied.map((a) => a.length).sort((a, b) => a - b);
      expect(counts.slice(0, 3)).toEqual([0, 0, 0]);
      expect(counts[3]).toBeGreaterThan(10);
      const rows = await dbs[0]?.query<{ n: string }>("SELECT count(*) AS n FROM schema_migrations");
      expect(Number(rows?.[0]?.n)).toBe(counts[3]);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
  });
});

describe("the embedded database's data directory", () => {
  const dir = mkdtempSync(join(tmpdir(), "nara-lock-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("is refused to a second process while one has it open, with what to do, and free again once closed", async () => {
    const data = join(dir, "pglite");
    const db = await openPglite(data);
    // Another process tries the same directory: it stops with the message, not a damaged database.
    const other = spawnSync(process.execPath, ["--input-type=module", "-e", `import { openPglite } from ${JSON.stringify(join(process.cwd(), "src/lib/db/index.ts"))}; try { await openPglite(${JSON.stringify(data)}); console.log("opened"); } catch (e) { console.log(e.name + ": " + e.message); }`], { encoding: "utf8" });
    expect(other.stdout).toContain(`DataDirInUse: The embedded database in ${data} is open in another process (pid ${String(process.pid)})`);
    await db.close();
    const again = await openPglite(data);
    expect(await again.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await again.close();
  }, 60_000);

  it("takes over a lock left by a process that is gone", async () => {
    const data = join(dir, "stale");
    // A pid that no process has (the kernel's upper bound is far below).
    writeFileSync(`${data}.lock`, "2147483646");
    const db = await openPglite(data);
    expect(readFileSync(`${data}.lock`, "utf8")).toBe(String(process.pid));
    await db.close();
    expect(existsSync(`${data}.lock`)).toBe(false);
  }, 60_000);
});
