/**
 * The key rate limits hash addresses with (src/lib/security/client-keys.ts), on PGlite and
 * PostgreSQL: one random key a period for every instance, gone when the period ends, so counts
 * kept under it cannot be linked back to an address afterwards.
 */
import { describe, expect, it } from "vitest";
import { createClientKeys, keyPeriodSeconds } from "../../src/lib/security/client-keys.ts";
import { clientKey } from "../../src/lib/security/rate-limit.ts";
import { purge } from "../../src/lib/server/purge.ts";
import { engines } from "../support/db.ts";
import { suiteDb } from "../support/suite-db.ts";

describe("the period of a client key", () => {
  it("is a whole number of limit windows, at least a day", () => {
    expect(keyPeriodSeconds(3600)).toBe(86_400);
    expect(keyPeriodSeconds(86_400)).toBe(86_400);
    expect(keyPeriodSeconds(7000)).toBe(91_000);
    expect(keyPeriodSeconds(1)).toBe(86_400);
  });
});

describe.each(engines("nara_test_client_keys"))("client keys on %s", (_, open) => {
  const database = suiteDb(open);

  it("gives every instance the same random key in a period, a new one in the next, and keeps only the current", async () => {
    const db = database();
    const monday = new Date("2026-11-23T10:00:00Z");
    const a = createClientKeys(db, 3600);
    const b = createClientKeys(db, 3600);
    const first = await a.current(monday);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await b.current(new Date("2026-11-23T23:59:59Z"))).toBe(first);
    const tuesday = await b.current(new Date("2026-11-24T00:00:01Z"));
    expect(tuesday).not.toBe(first);
    expect(await a.current(new Date("2026-11-24T12:00:00Z"))).toBe(tuesday);
    // Monday's key is gone: what was counted under it cannot be traced to an address any more.
    const kept = await db.query<{ value: string }>("SELECT value FROM client_keys");
    expect(kept.map((r) => r.value)).toEqual([tuesday]);
    expect(clientKey(tuesday, "203.0.113.7")).not.toBe(clientKey(first, "203.0.113.7"));
  });

  it("is deleted by the purge once its period is over, even when no request came to turn it over", async () => {
    const db = database();
    const keys = createClientKeys(db, 3600);
    await keys.current(new Date("2026-11-25T08:00:00Z"));
    expect((await purge(db, new Date("2026-11-25T23:00:00Z"), 365)).clientKeys).toBe(0);
    expect((await purge(db, new Date("2026-11-26T00:00:00Z"), 365)).clientKeys).toBe(1);
    expect(await db.query("SELECT 1 FROM client_keys")).toEqual([]);
  });
});
