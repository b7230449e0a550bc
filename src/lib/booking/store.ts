/**
 * Bookings in the database: make, find, cancel, move, list a day for staff, and purge. The
 * rules come from the slot engine; capacity is enforced by the `slot_seats` CHECK inside the
 * same transaction that writes the booking.
 */
import { randomUUID } from "node:crypto";
import type { Db, Queryable } from "../db/index.ts";
import { addDays, stockholmInstant, stockholmNow } from "../dates.ts";
import { hmacHex } from "../security/secrets.ts";
import { derivedSecret, hashSecret, isCode, isSecret, newCode, newSecret, normalize, secretMatches } from "../security/codes.ts";
import { releaseSeats, seatsTaken, SlotFullError, takeSeats } from "./seats.ts";
import { checkChange, checkStart, coveredSlots, type BookingRejection, type BookingRules } from "./slots.ts";

export type BookingStatus = "booked" | "cancelled" | "arrived" | "no_show";

export interface Booking {
  id: string;
  code: string;
  clinicId: string;
  visitType: string;
  start: Date;
  end: Date;
  nickname: string | null;
  status: BookingStatus;
  locale: string;
  slotKeys: string[];
  hasReminder: boolean;
}

export interface NewBooking {
  clinicId: string;
  rules: BookingRules;
  visitType: string;
  start: Date;
  nickname?: string | undefined;
  reminderEmail?: string | undefined;
  idempotencyKey?: string | undefined;
  locale: string;
}

export interface StoreOptions {
  now: Date;
  /** Key for secrets derived from idempotency keys. */
  secretKey: string;
  /** Key for the hash an idempotency key is kept as (never the key itself). */
  idempotencyKey: string;
  retentionDays: number;
  reminderHoursBefore: number;
}

export type BookingError = BookingRejection | "IDEMPOTENCY_CONFLICT" | "CANCELLATION_TOO_LATE" | "NOT_ACTIVE";

export type CreateResult = { ok: true; replayed: boolean; booking: Booking; secret: string } | { ok: false; reason: BookingError };

interface Row {
  id: string;
  code: string;
  clinic_id: string;
  visit_type: string;
  starts_at: Date;
  ends_at: Date;
  nickname: string | null;
  status: BookingStatus;
  locale: string;
  slot_keys: string[];
  secret_hash: string;
  has_reminder: boolean;
}

const SELECT = `SELECT b.*, EXISTS (SELECT 1 FROM booking_reminders r WHERE r.booking_id = b.id) AS has_reminder FROM bookings b`;

function toBooking(row: Row): Booking {
  return {
    id: row.id,
    code: row.code,
    clinicId: row.clinic_id,
    visitType: row.visit_type,
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
    nickname: row.nickname,
    status: row.status,
    locale: row.locale,
    slotKeys: row.slot_keys,
    hasReminder: row.has_reminder,
  };
}

const UNIQUE_VIOLATION = "23505";
function uniqueViolation(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error) || error.code !== UNIQUE_VIOLATION) return undefined;
  return "constraint" in error && typeof error.constraint === "string" ? error.constraint : "detail" in error && typeof error.detail === "string" ? error.detail : "unique";
}

/** Seats taken on the day of `start` (and the next, for visits that run past midnight). */
function seatsAround(db: Queryable, clinicId: string, start: Date): Promise<ReadonlyMap<string, number>> {
  const { date } = stockholmNow(start);
  return seatsTaken(db, clinicId, `${date}T00:00`, `${addDays(date, 1)}T23:59`);
}

/** An idempotency key as it is kept: an HMAC with the server's key, so a copy of the database cannot give it back. */
const keptAs = (options: StoreOptions, key: string) => hmacHex(options.idempotencyKey, `nara-idempotency:${key}`);

async function byIdempotencyKey(db: Queryable, key: string, options: StoreOptions): Promise<Row | undefined> {
  return (await db.query<Row>(`${SELECT} WHERE b.idempotency_hash = $1`, [keptAs(options, key)]))[0];
}

/** The first booking made with this key, again, when the request is the same; a conflict otherwise. */
function replay(row: Row, input: NewBooking & { idempotencyKey: string }, options: StoreOptions): CreateResult {
  const same = row.clinic_id === input.clinicId && row.visit_type === input.visitType && new Date(row.starts_at).getTime() === input.start.getTime();
  if (!same) return { ok: false, reason: "IDEMPOTENCY_CONFLICT" };
  return { ok: true, replayed: true, booking: toBooking(row), secret: derivedSecret(options.secretKey, input.idempotencyKey) };
}

export async function createBooking(db: Db, input: NewBooking, options: StoreOptions): Promise<CreateResult> {
  const key = input.idempotencyKey;
  if (key) {
    const existing = await byIdempotencyKey(db, key, options);
    if (existing) return replay(existing, { ...input, idempotencyKey: key }, options);
  }
  const check = checkStart(input.rules, input.visitType, input.start, await seatsAround(db, input.clinicId, input.start), options.now);
  if (!check.ok) return { ok: false, reason: check.reason };
  const slotKeys = coveredSlots(input.rules, input.visitType, check.slot.key);
  const secret = key ? derivedSecret(options.secretKey, key) : newSecret();
  const end = new Date(check.slot.end);
  const purgeAfter = new Date(end.getTime() + options.retentionDays * 86_400_000);

  for (let attempt = 0; attempt < 5; attempt++) {
    const id = randomUUID();
    try {
      await db.transaction(async (tx) => {
        await takeSeats(tx, input.clinicId, slotKeys, input.rules.seats);
        await tx.query(
          `INSERT INTO bookings (id, code, secret_hash, clinic_id, visit_type, slot_keys, starts_at, ends_at, nickname, idempotency_hash, purge_after, locale)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [id, newCode(), hashSecret(secret), input.clinicId, input.visitType, slotKeys, input.start, end, input.nickname ?? null, key ? keptAs(options, key) : null, purgeAfter, input.locale],
        );
        if (input.reminderEmail) {
          const sendAt = Math.max(options.now.getTime(), input.start.getTime() - options.reminderHoursBefore * 3_600_000);
          await tx.query("INSERT INTO booking_reminders (booking_id, email, send_at, delete_after) VALUES ($1, $2, $3, $4)", [id, input.reminderEmail, new Date(sendAt), input.start]);
        }
      });
      const [row] = await db.query<Row>(`${SELECT} WHERE b.id = $1`, [id]);
      if (!row) throw new Error("The booking just written could not be read back.");
      return { ok: true, replayed: false, booking: toBooking(row), secret };
    } catch (error) {
      if (error instanceof SlotFullError) return { ok: false, reason: "SLOT_FULL" };
      const constraint = uniqueViolation(error);
      if (constraint?.includes("idempotency") && key) {
        // The same request, sent twice at once: the other one won; answer with its booking.
        const existing = await byIdempotencyKey(db, key, options);
        if (existing) return replay(existing, { ...input, idempotencyKey: key }, options);
      }
      if (constraint?.includes("code")) continue; // a code already in use: draw another
      throw error;
    }
  }
  throw new Error("No free booking code after five attempts.");
}

/** A booking by code and secret. Unknown codes and wrong secrets give the same `undefined`. */
export async function findBooking(db: Queryable, code: string, secret: string): Promise<Booking | undefined> {
  const c = normalize(code);
  const s = normalize(secret);
  const row = isCode(c) ? (await db.query<Row>(`${SELECT} WHERE b.code = $1`, [c]))[0] : undefined;
  // Hash even when there is no row, so that timing does not tell a known code from an unknown one.
  const ok = secretMatches(s, row?.secret_hash ?? "0".repeat(64));
  return row && ok && isSecret(s) ? toBooking(row) : undefined;
}

export async function cancelBooking(db: Db, booking: Booking, rules: BookingRules, now: Date, byStaff = false): Promise<{ ok: true } | { ok: false; reason: BookingError }> {
  if (booking.status !== "booked") return { ok: false, reason: "NOT_ACTIVE" };
  if (!byStaff) {
    const change = checkChange(rules, booking.start, now);
    if (!change.ok) return change;
  }
  const done = await db.transaction(async (tx) => {
    const rows = await tx.query("UPDATE bookings SET status = 'cancelled' WHERE id = $1 AND status = 'booked' RETURNING id", [booking.id]);
    if (rows.length === 0) return false;
    await releaseSeats(tx, booking.clinicId, booking.slotKeys);
    await tx.query("DELETE FROM booking_reminders WHERE booking_id = $1", [booking.id]);
    return true;
  });
  return done ? { ok: true } : { ok: false, reason: "NOT_ACTIVE" };
}

export async function moveBooking(db: Db, booking: Booking, rules: BookingRules, start: Date, options: StoreOptions): Promise<{ ok: true; booking: Booking } | { ok: false; reason: BookingError }> {
  if (booking.status !== "booked") return { ok: false, reason: "NOT_ACTIVE" };
  const change = checkChange(rules, booking.start, options.now);
  if (!change.ok) return change;
  // The visitor's own seats count as free when checking the new time.
  const seats = new Map(await seatsAround(db, booking.clinicId, start));
  for (const key of booking.slotKeys) if (seats.has(key)) seats.set(key, (seats.get(key) ?? 1) - 1);
  const check = checkStart(rules, booking.visitType, start, seats, options.now);
  if (!check.ok) return { ok: false, reason: check.reason };
  const slotKeys = coveredSlots(rules, booking.visitType, check.slot.key);
  const end = new Date(check.slot.end);
  try {
    const moved = await db.transaction(async (tx) => {
      const rows = await tx.query("SELECT id FROM bookings WHERE id = $1 AND status = 'booked' FOR UPDATE", [booking.id]);
      if (rows.length === 0) return false;
      await releaseSeats(tx, booking.clinicId, booking.slotKeys);
      await takeSeats(tx, booking.clinicId, slotKeys, rules.seats);
      await tx.query("UPDATE bookings SET starts_at = $2, ends_at = $3, slot_keys = $4, purge_after = $5 WHERE id = $1", [
        booking.id,
        start,
        end,
        slotKeys,
        new Date(end.getTime() + options.retentionDays * 86_400_000),
      ]);
      const sendAt = Math.max(options.now.getTime(), start.getTime() - options.reminderHoursBefore * 3_600_000);
      await tx.query("UPDATE booking_reminders SET send_at = $2, delete_after = $3, sent_at = NULL WHERE booking_id = $1", [booking.id, new Date(sendAt), start]);
      return true;
    });
    if (!moved) return { ok: false, reason: "NOT_ACTIVE" };
  } catch (error) {
    if (error instanceof SlotFullError) return { ok: false, reason: "SLOT_FULL" };
    throw error;
  }
  const [row] = await db.query<Row>(`${SELECT} WHERE b.id = $1`, [booking.id]);
  if (!row) return { ok: false, reason: "NOT_ACTIVE" };
  return { ok: true, booking: toBooking(row) };
}

/** A clinic's bookings on one Stockholm date, in time order, for the staff day list. */
export async function bookingsOn(db: Queryable, clinicId: string, date: string): Promise<Booking[]> {
  const from = stockholmInstant(date, "00:00");
  const to = stockholmInstant(addDays(date, 1), "00:00");
  const rows = await db.query<Row>(`${SELECT} WHERE b.clinic_id = $1 AND b.starts_at >= $2 AND b.starts_at < $3 ORDER BY b.starts_at, b.code`, [clinicId, from, to]);
  return rows.map(toBooking);
}

export async function bookingById(db: Queryable, id: string): Promise<Booking | undefined> {
  const row = (await db.query<Row>(`${SELECT} WHERE b.id = $1`, [id]))[0];
  return row ? toBooking(row) : undefined;
}

/** Staff marking a visit: arrived or no-show (a booked visit only). */
export async function markVisit(db: Queryable, id: string, status: "arrived" | "no_show"): Promise<boolean> {
  return (await db.query("UPDATE bookings SET status = $2 WHERE id = $1 AND status IN ('booked', 'arrived', 'no_show') RETURNING id", [id, status])).length === 1;
}
