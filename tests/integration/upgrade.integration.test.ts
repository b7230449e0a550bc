/**
 * Upgrades: migrations only ever add. A released migration never changes (its hash is kept in
 * src/lib/db/migrations/released.json), and a database made by the previous release's migrations,
 * with data in it as that release wrote it, is brought up to date by this release and everything
 * stays readable through it — a booking with its code and secret, a sealed message with its
 * receipt, the follow-up's numbers — on PGlite and (with TEST_DATABASE_URL) PostgreSQL.
 */
import { createHash, randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app/index.ts";
import { parseEnv } from "../../src/lib/config.ts";
import { localSource } from "../../src/lib/content/sources.ts";
import { MIGRATIONS_DIR, migrate, migrationIds, openPglite, openPostgres, type Db } from "../../src/lib/db/index.ts";
import { encrypt, parseKey } from "../../src/lib/security/crypto.ts";
import { hashSecret } from "../../src/lib/security/codes.ts";
import { hashReceipt, newReceipt } from "../../src/lib/security/receipts.ts";
import { freshPostgresUrl, POSTGRES_URL } from "../support/db.ts";

/** The last migration of the previous release. */
const PREVIOUS_RELEASE = "010_followup";
const KEY = "7".repeat(64);

describe("released migrations", () => {
  it("are never changed, and none is missing", () => {
    const released = JSON.parse(readFileSync(join(MIGRATIONS_DIR, "released.json"), "utf8")) as Record<string, string>;
    const now = migrationIds();
    for (const [id, hash] of Object.entries(released)) {
      expect(now, `${id} is released`).toContain(id);
      expect(createHash("sha256").update(readFileSync(join(MIGRATIONS_DIR, `${id}.sql`))).digest("hex"), `${id} changed after its release: add a new migration instead`).toBe(hash);
    }
  });
});

describe("migrations", () => {
  it("only ever add: no table or column is dropped, renamed or changed in type, so the previous release keeps working beside the next", () => {
    for (const id of migrationIds()) {
      const sql = readFileSync(join(MIGRATIONS_DIR, `${id}.sql`), "utf8").replace(/--.*$/gm, "");
      expect(sql, id).not.toMatch(/\bDROP\s+(TABLE|COLUMN)\b|\bRENAME\b|\bALTER\s+COLUMN\s+\w+\s+(SET\s+DATA\s+)?TYPE\b/i);
    }
  });
});

const engines: [string, () => Promise<Db>][] = [["PGlite", () => openPglite("memory://")]];
if (POSTGRES_URL) engines.push(["PostgreSQL", async () => openPostgres(await freshPostgresUrl("nara_test_upgrade"), 4)]);

describe.each(engines)("an upgrade from the previous release on %s", (_, open) => {
  const dir = mkdtempSync(join(tmpdir(), "nara-upgrade-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("brings the previous release's database up to date, and what it held stays readable", async () => {
    // The previous release's migrations: every file up to its last (files are never changed once released).
    const previous = join(dir, "migrations");
    mkdirSync(previous);
    for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f) && f.replace(/\.sql$/, "") <= PREVIOUS_RELEASE)) copyFileSync(join(MIGRATIONS_DIR, file), join(previous, file));
    const db = await open();
    expect((await migrate(db, previous)).at(-1)).toBe(PREVIOUS_RELEASE);

    // Data as the previous release wrote it: a booking, a thread with a sealed message, follow-up numbers.
    const code = "K7M2Q9XA";
    const secret = "ABCDEFGHJKMNPQRSTVWXYZ23";
    await db.query(
      "INSERT INTO bookings (id, code, secret_hash, clinic_id, visit_type, slot_keys, starts_at, ends_at, status, created_at, purge_after) VALUES ($1, $2, $3, 'clinic-ungdomsmottagningen-soderhojden', 'talk', $4, $5, $6, 'booked', $7, $8)",
      [randomUUID(), code, hashSecret(secret), ["2026-11-26T16:00"], new Date("2026-11-26T16:00:00+01:00"), new Date("2026-11-26T16:20:00+01:00"), new Date("2026-11-24T12:00:00+01:00"), new Date("2027-02-26T00:00:00Z")],
    );
    const thread = randomUUID();
    const receipt = newReceipt();
    await db.query(
      "INSERT INTO message_threads (id, receipt_hash, unit_id, topic, answer_locale, contact_mode, created_at, last_activity_at, purge_after) VALUES ($1, $2, 'office-kvarnby', 'money', 'sv', 'code', $3, $3, $4)",
      [thread, hashReceipt(receipt), new Date("2026-11-24T12:00:00+01:00"), new Date("2027-02-24T00:00:00Z")],
    );
    await db.query("INSERT INTO thread_messages (id, thread_id, author, body_sealed, created_at) VALUES ($1, $2, 'resident', $3, $4)", [randomUUID(), thread, encrypt(parseKey(KEY), "Skrivet före uppgraderingen.", thread), new Date("2026-11-24T12:00:00+01:00")]);
    await db.query("INSERT INTO followup_counts (day, measure, unit, dimension, value) VALUES ('2026-10-05', 'bookings.made', 'clinic-ungdomsmottagningen-soderhojden', '', 42)");
    await db.query("INSERT INTO followup_days (day, rolled_at) VALUES ('2026-10-05', now())");

    // This release: the rest of the migrations, then the app reads it all.
    copyFileSync("sanity/seed/dataset.ndjson", join(dir, "dataset.ndjson"));
    const app = await createApp(parseEnv({ DATA_DIR: "memory://", MESSAGE_KEY: KEY, LOG_LEVEL: "silent" }), { db, content: localSource(join(dir, "dataset.ndjson")), clock: () => new Date("2026-11-24T17:30:00+01:00") });
    try {
      const applied = await db.query<{ id: string }>("SELECT id FROM schema_migrations ORDER BY id");
      expect(applied.map((r) => r.id)).toEqual(migrationIds());
      const opened = await app.booking.open("K7M2-Q9XA", secret.toLowerCase(), "client-upgrade");
      expect(opened.ok).toBe(true);
      const read = await app.messages.readFromForm({ action: "open", receipt }, "client-upgrade", new Date("2026-11-24T17:30:00+01:00"));
      expect(read.ok && read.thread.messages.map((m) => m.body)).toEqual(["Skrivet före uppgraderingen."]);
      const numbers = await app.followup.insights({ from: "2026-10-01", to: "2026-10-31" }, new Date("2026-11-24T17:30:00+01:00"));
      expect(numbers.totals.values[0]?.[0]).toBe(42);
      expect(numbers.synthetic).toBe(false);
      // During a rolling upgrade an instance of the previous release still books on the new schema (its INSERT names the old idempotency column).
      await db.query(
        "INSERT INTO bookings (id, code, secret_hash, clinic_id, visit_type, slot_keys, starts_at, ends_at, status, created_at, purge_after, idempotency_key) VALUES ($1, 'OLDRELSE', 'h', 'clinic-ungdomsmottagningen-soderhojden', 'talk', $2, $3, $3, 'booked', $4, $5, 'a-key')",
        [randomUUID(), ["2026-11-27T16:00"], new Date("2026-11-27T16:00:00+01:00"), new Date("2026-11-24T12:00:00+01:00"), new Date("2027-02-27T00:00:00Z")],
      );
    } finally {
      await app.close();
    }
  }, 120_000);
});
