/**
 * A crash under load, against the built server, on PGlite and (with TEST_DATABASE_URL)
 * PostgreSQL: `kill -9` in the middle of a burst of bookings, then a restart on the same data.
 * Every booking answered 201 is still there and opens with its code and secret, and no slot
 * holds more than its seats. A damaged embedded data directory stops the start with a message
 * that says what to do, instead of being served from.
 */
import { readdirSync, rmSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { solvedPayload } from "../support/altcha.ts";
import { serverSetups, type Setup } from "../support/db.ts";
import { startServer } from "../support/server.ts";

const SETTINGS = { NARA_NOW: "2026-11-24T17:30:00+01:00", RATE_LIMIT_BOOKINGS: "10000", ALTCHA_COST: "1", ALTCHA_COUNTER_MAX: "10", MESSAGE_KEY: "b".repeat(64) };
const CLINIC = "clinic-ungdomsmottagningen-soderhojden";

describe.each(serverSetups("nara_test_crash"))("kill -9 under load on %s", (engine, make) => {
  let setup: Setup | undefined;
  afterAll(() => setup?.cleanup());

  it("keeps every booking answered 201, readable with its code and secret, and no slot over its seats", async () => {
    setup = await make();
    const server = await startServer({ ...SETTINGS, ...setup.env });
    const slots = (await (await fetch(`${server.url}/api/clinics/${CLINIC}/slots?from=2026-11-26&to=2026-12-10&visitType=talk`)).json()) as { slots: { start: string }[] };
    const payloads = await Promise.all(Array.from({ length: 120 }, () => solvedPayload(server.url)));
    const answered: { code: string; secret: string }[] = [];
    let killed = false;
    await Promise.all(
      payloads.map(async (altcha, i) => {
        await new Promise((r) => setTimeout(r, i * 3));
        try {
          const response = await fetch(`${server.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ clinicId: CLINIC, visitType: "talk", start: slots.slots[i % 4]?.start, altcha }) });
          if (response.status === 201) answered.push((await response.json()) as { code: string; secret: string });
          // After a handful of answers, the process dies at once, requests in flight and all.
          if (answered.length >= 5 && !killed) {
            killed = true;
            server.signal("SIGKILL");
          }
        } catch {
          // Cut off by the crash: never answered, so nothing was promised.
        }
      }),
    );
    expect(killed).toBe(true);
    await server.exited;
    expect(answered.length).toBeGreaterThanOrEqual(5);

    // The data as the crash left it (the database recovers on opening): no slot over its seats.
    const db = await setup.open();
    try {
      const seats = await db.query<{ slot_key: string; capacity: number; taken: number; booked: string | number }>(
        `SELECT s.slot_key, s.capacity, s.taken, (SELECT count(*) FROM bookings b WHERE b.clinic_id = s.clinic_id AND s.slot_key = ANY(b.slot_keys) AND b.status <> 'cancelled') AS booked
         FROM slot_seats s WHERE s.clinic_id = $1`,
        [CLINIC],
      );
      expect(seats.length).toBeGreaterThan(0);
      for (const s of seats) {
        expect(s.taken).toBeLessThanOrEqual(s.capacity);
        expect(Number(s.booked)).toBe(s.taken);
      }
    } finally {
      await db.close();
    }
    // The same data, a new server: every booking answered 201 opens with its code and secret.
    const again = await startServer({ ...SETTINGS, ...setup.env });
    try {
      for (const { code, secret } of answered) {
        const opened = await fetch(`${again.url}/api/bookings/${code}`, { headers: { Authorization: `Bearer ${secret}` } });
        expect(opened.status, `${code} after the crash`).toBe(200);
      }
    } finally {
      await again.stop();
    }
  }, 240_000);

  it.runIf(engine === "PGlite")("refuses to serve from a damaged data directory, and says what to do", async () => {
    const dir = setup?.env["DATA_DIR"] ?? "";
    // The control file of the cluster, cut short: as after a disk fault.
    truncateSync(join(dir, "pglite", "global", "pg_control"), 10);
    const server = await startServer({ ...SETTINGS, ...(setup?.env ?? {}) }, { untilReady: false });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(`The embedded database in ${join(dir, "pglite")} could not be opened`);
    expect(server.output()).toContain("npm run restore");
    expect(server.output()).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toContain("pglite");
    rmSync(join(dir, "pglite.lock"), { force: true });
  }, 120_000);
});
