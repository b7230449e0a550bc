/**
 * Content changes reach every instance on one PostgreSQL database (LISTEN/NOTIFY): two apps
 * composed as the server composes them, on one fresh database. A change told to one (as a
 * webhook or an approval tells it) makes the other read afresh within a second, and not the
 * teller twice; when the listening connections are cut (as a database restart or a network
 * fault cuts them), each opens its own again by itself, reads everything afresh, and hears the
 * next change.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/index.ts";
import { parseEnv } from "../../src/lib/config.ts";
import { localSource, type ContentSource } from "../../src/lib/content/sources.ts";
import { openPostgres } from "../../src/lib/db/index.ts";
import { freshPostgresUrl, POSTGRES_URL } from "../support/db.ts";

/** The embedded source, counting how often it is told to read afresh. */
function counted(file: string): { source: ContentSource; count: () => number } {
  const inner = localSource(file);
  let n = 0;
  return {
    source: {
      ...inner,
      changed() {
        n++;
        inner.changed();
      },
    },
    count: () => n,
  };
}

async function until(check: () => boolean, ms = 5000): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("not in time");
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

describe.runIf(POSTGRES_URL)("content notices between instances", () => {
  const dir = mkdtempSync(join(tmpdir(), "nara-notify-"));
  let url = "";
  const apps: { app: App; count: () => number }[] = [];
  beforeAll(async () => {
    url = await freshPostgresUrl("nara_test_notify");
    copyFileSync("sanity/seed/dataset.ndjson", join(dir, "dataset.ndjson"));
    for (let i = 0; i < 2; i++) {
      const { source, count } = counted(join(dir, "dataset.ndjson"));
      const app = await createApp(parseEnv({ DATABASE_URL: url, DATA_DIR: "memory://", MESSAGE_KEY: "d".repeat(64), LOG_LEVEL: "silent" }), { content: source });
      apps.push({ app, count });
    }
  }, 60_000);
  afterAll(async () => {
    for (const { app } of apps) await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("tells the other instance within a second, and not the teller again", async () => {
    const [a, b] = apps;
    if (!a || !b) throw new Error("two apps");
    const before = { a: a.count(), b: b.count() };
    a.app.content.changed();
    expect(a.count()).toBe(before.a + 1);
    expect(await until(() => b.count() > before.b)).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 300));
    expect(a.count()).toBe(before.a + 1);
    expect(b.count()).toBe(before.b + 1);
  });

  it("opens the listening connection again after it is cut, reads everything afresh, and hears the next change", async () => {
    const [a, b] = apps;
    if (!a || !b) throw new Error("two apps");
    const admin = await openPostgres(url, 1);
    const before = { a: a.count(), b: b.count() };
    const cut = await admin.query<{ ok: boolean }>("SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'");
    await admin.close();
    expect(cut.filter((r) => r.ok)).toHaveLength(2);
    // Back by itself (the first attempt a second later), and everything read afresh.
    await until(() => a.count() > before.a && b.count() > before.b, 10_000);
    const afterReconnect = b.count();
    a.app.content.changed();
    await until(() => b.count() > afterReconnect);
  }, 30_000);
});
