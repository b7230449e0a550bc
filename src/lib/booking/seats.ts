/**
 * Taking and giving back seats in slots, enforced by the database: the `slot_not_overbooked`
 * CHECK refuses the booking that would exceed capacity, whatever the application checked.
 */
import type { Db, Queryable } from "../db/index.ts";

/** SQLSTATE of a CHECK violation. */
const CHECK_VIOLATION = "23514";

function isCheckViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === CHECK_VIOLATION;
}

/** Thrown inside a transaction when a slot has no seat left, so that the transaction rolls back. */
export class SlotFullError extends Error {
  override name = "SlotFullError";
}

/** Takes one seat in every slot a visit covers, inside the caller's transaction; throws SlotFullError. */
export async function takeSeats(tx: Queryable, clinicId: string, slotKeys: readonly string[], capacity: number): Promise<void> {
  for (const slotKey of slotKeys) {
    try {
      await tx.query(
        `INSERT INTO slot_seats (clinic_id, slot_key, capacity, taken) VALUES ($1, $2, $3, 1)
         ON CONFLICT (clinic_id, slot_key) DO UPDATE SET taken = slot_seats.taken + 1, capacity = EXCLUDED.capacity`,
        [clinicId, slotKey, capacity],
      );
    } catch (error) {
      if (isCheckViolation(error)) throw new SlotFullError(slotKey);
      throw error;
    }
  }
}

/** Takes the seats in a transaction of its own: all of them, or none and "SLOT_FULL". */
export async function reserveSeats(db: Db, clinicId: string, slotKeys: readonly string[], capacity: number): Promise<"OK" | "SLOT_FULL"> {
  try {
    await db.transaction((tx) => takeSeats(tx, clinicId, slotKeys, capacity));
    return "OK";
  } catch (error) {
    if (error instanceof SlotFullError) return "SLOT_FULL";
    throw error;
  }
}

export async function releaseSeats(tx: Queryable, clinicId: string, slotKeys: readonly string[]): Promise<void> {
  for (const slotKey of slotKeys) {
    await tx.query("UPDATE slot_seats SET taken = taken - 1 WHERE clinic_id = $1 AND slot_key = $2 AND taken > 0", [clinicId, slotKey]);
  }
}

/** Seats taken per slot key for a clinic and a range of keys, for the slot engine. */
export async function seatsTaken(db: Queryable & Partial<Pick<Db, "changes">>, clinicId: string, fromKey: string, toKey: string): Promise<ReadonlyMap<string, number>> {
  // With PGlite nothing else writes: the last answer holds until this process writes again.
  const version = db.changes?.();
  const key = `${clinicId}\u0000${fromKey}\u0000${toKey}`;
  let memo = version === undefined ? undefined : memos.get(db);
  if (version !== undefined && memo?.at !== version) {
    memo = { at: version, seats: new Map() };
    memos.set(db, memo);
  }
  const hit = memo?.seats.get(key);
  if (hit) return hit;
  const rows = await db.query<{ slot_key: string; taken: number }>(
    "SELECT slot_key, taken FROM slot_seats WHERE clinic_id = $1 AND slot_key >= $2 AND slot_key <= $3 AND taken > 0",
    [clinicId, fromKey, toKey],
  );
  const seats = new Map(rows.map((r) => [r.slot_key, r.taken]));
  // Kept only if nothing was written while it was read.
  if (memo && db.changes?.() === version && memo.seats.size < 1000) memo.seats.set(key, seats);
  return seats;
}
/** Per PGlite database: the answers read at its current change number. */
const memos = new WeakMap<object, { at: number; seats: Map<string, ReadonlyMap<string, number>> }>();
