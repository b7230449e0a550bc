/**
 * Capacity is enforced by the database: many simultaneous bookings of one slot give exactly
 * as many as there are seats. On PGlite always; on PostgreSQL too when TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { releaseSeats, reserveSeats, seatsTaken } from "../../src/lib/booking/seats.ts";
import { migrate, migrationIds, type Db } from "../../src/lib/db/index.ts";
import { engines } from "../support/db.ts";

describe.each(engines("nara_test_seats"))("slot seats on %s", (_, open) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    // Migrated on opening; applying again does nothing.
    expect(await migrate(db)).toEqual([]);
    expect((await db.query<{ id: string }>("SELECT id FROM schema_migrations ORDER BY id")).map((r) => r.id)).toEqual(migrationIds());
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it("gives exactly 3 of 200 simultaneous requests for a slot with 3 seats", async () => {
    const results = await Promise.all(Array.from({ length: 200 }, () => reserveSeats(db, "clinic-a", ["2026-11-24T16:20"], 3)));
    expect(results.filter((r) => r === "OK")).toHaveLength(3);
    expect(results.filter((r) => r === "SLOT_FULL")).toHaveLength(197);
    expect(await seatsTaken(db, "clinic-a", "2026-11-24T00:00", "2026-11-24T23:59")).toEqual(new Map([["2026-11-24T16:20", 3]]));
  });

  it("takes all the slots of a long visit or none of them", async () => {
    await reserveSeats(db, "clinic-b", ["2026-11-24T17:00"], 1);
    // A 40-minute visit at 16:40 covers 16:40 and the full 17:00: nothing is kept of it.
    expect(await reserveSeats(db, "clinic-b", ["2026-11-24T16:40", "2026-11-24T17:00"], 1)).toBe("SLOT_FULL");
    expect(await seatsTaken(db, "clinic-b", "2026-11-24T00:00", "2026-11-24T23:59")).toEqual(new Map([["2026-11-24T17:00", 1]]));
  });

  it("answers seat counts that follow every write, also when they are remembered (PGlite)", async () => {
    const range = ["clinic-c", "2026-11-25T00:00", "2026-11-25T23:59"] as const;
    expect(await seatsTaken(db, ...range)).toEqual(new Map());
    expect(await seatsTaken(db, ...range)).toEqual(new Map());
    expect(await reserveSeats(db, "clinic-c", ["2026-11-25T16:00"], 2)).toBe("OK");
    expect(await seatsTaken(db, ...range)).toEqual(new Map([["2026-11-25T16:00", 1]]));
    await db.query("UPDATE slot_seats SET taken = 2 WHERE clinic_id = $1", ["clinic-c"]);
    expect(await seatsTaken(db, ...range)).toEqual(new Map([["2026-11-25T16:00", 2]]));
    await db.transaction((tx) => releaseSeats(tx, "clinic-c", ["2026-11-25T16:00"]));
    expect(await seatsTaken(db, ...range)).toEqual(new Map([["2026-11-25T16:00", 1]]));
    // A rolled-back transaction changes nothing, and a read after it is still right.
    await expect(db.transaction(async (tx) => {
      await tx.query("UPDATE slot_seats SET taken = 0 WHERE clinic_id = $1", ["clinic-c"]);
      throw new Error("undo");
    })).rejects.toThrow("undo");
    expect(await seatsTaken(db, ...range)).toEqual(new Map([["2026-11-25T16:00", 1]]));
  });

  it("gives a seat back when a booking is cancelled", async () => {
    await db.transaction((tx) => releaseSeats(tx, "clinic-b", ["2026-11-24T17:00"]));
    expect(await reserveSeats(db, "clinic-b", ["2026-11-24T16:40", "2026-11-24T17:00"], 1)).toBe("OK");
  });
});
