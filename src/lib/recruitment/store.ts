/**
 * Recruitment in the database: seats at information evenings, taken under the
 * `info_evening_not_overfilled` CHECK in the same transaction as the booking, so an evening is
 * never overbooked whatever the application checked; and interests (intresseanmälan), sealed,
 * with their status, handler, next contact date, notes and history. Everything a person wrote is
 * sealed (AES-256-GCM, bound to its row) and opened only here.
 */
import { randomUUID } from "node:crypto";
import type { RecruitmentRole } from "../content/rules.ts";
import type { Db, Queryable } from "../db/index.ts";
import { hashSecret, newCode, newSecret, normalize, secretMatches } from "../security/codes.ts";
import { decrypt, encrypt, type SealingKey } from "../security/crypto.ts";
import { hashReceipt, newReceipt } from "../security/receipts.ts";

const CHECK_VIOLATION = "23514";
const UNIQUE_VIOLATION = "23505";
const sqlState = (error: unknown) => (typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined);

// ---------------------------------------------------------------------------
// Seats at information evenings
// ---------------------------------------------------------------------------

export interface SeatContact {
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
}

export interface Seat {
  id: string;
  eveningId: string;
  eveningDate: string;
  code: string;
  persons: number;
  contact: SeatContact;
  locale: string;
  cancelled: boolean;
  attended: boolean | null;
}

interface SeatRow {
  id: string;
  evening_id: string;
  evening_date: string;
  code: string;
  secret_hash: string;
  persons: number;
  contact_sealed: string;
  locale: string;
  cancelled_at: Date | null;
  attended: boolean | null;
}

const toSeat = (key: SealingKey) => (r: SeatRow): Seat => ({
  id: r.id,
  eveningId: r.evening_id,
  eveningDate: r.evening_date,
  code: r.code,
  persons: r.persons,
  contact: JSON.parse(decrypt(key, r.contact_sealed, r.id)) as SeatContact,
  locale: r.locale,
  cancelled: r.cancelled_at !== null,
  attended: r.attended,
});

export interface NewSeat {
  eveningId: string;
  eveningDate: string;
  capacity: number;
  persons: number;
  contact: SeatContact;
  locale: string;
}

/**
 * Books seats for one to four persons at an evening: the seats and the booking in one
 * transaction, under the CHECK. `full` when the evening has fewer seats left than asked for.
 */
export async function bookSeat(db: Db, key: SealingKey, input: NewSeat, purgeAfter: Date): Promise<{ ok: true; seat: Seat; secret: string } | { ok: false; full: true }> {
  const secret = newSecret();
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = randomUUID();
    const code = newCode();
    try {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO info_evening_seats (evening_id, capacity, taken) VALUES ($1, $2, $3)
           ON CONFLICT (evening_id) DO UPDATE SET taken = info_evening_seats.taken + EXCLUDED.taken, capacity = EXCLUDED.capacity`,
          [input.eveningId, input.capacity, input.persons],
        );
        await tx.query(
          "INSERT INTO info_evening_bookings (id, evening_id, evening_date, code, secret_hash, persons, contact_sealed, locale, purge_after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
          [id, input.eveningId, input.eveningDate, code, hashSecret(secret), input.persons, encrypt(key, JSON.stringify(input.contact), id), input.locale, purgeAfter],
        );
      });
      const seat: Seat = { id, eveningId: input.eveningId, eveningDate: input.eveningDate, code, persons: input.persons, contact: input.contact, locale: input.locale, cancelled: false, attended: null };
      return { ok: true, seat, secret };
    } catch (error) {
      if (sqlState(error) === CHECK_VIOLATION) return { ok: false, full: true };
      if (sqlState(error) === UNIQUE_VIOLATION) continue; // a code already in use: draw another
      throw error;
    }
  }
  throw new Error("No free code after five attempts.");
}

/** The booking a code and secret name; unknown codes and wrong secrets give the same `undefined`. */
export async function findSeat(db: Queryable, key: SealingKey, code: string, secret: string): Promise<Seat | undefined> {
  const [row] = await db.query<SeatRow>("SELECT * FROM info_evening_bookings WHERE code = $1", [normalize(code)]);
  return row && secretMatches(normalize(secret), row.secret_hash) ? toSeat(key)(row) : undefined;
}

/** Cancels a booking and gives its seats back, once: true the first time. */
export async function cancelSeat(db: Db, id: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ evening_id: string; persons: number }>(
      "UPDATE info_evening_bookings SET cancelled_at = $2 WHERE id = $1 AND cancelled_at IS NULL RETURNING evening_id, persons",
      [id, now],
    );
    if (!row) return false;
    await tx.query("UPDATE info_evening_seats SET taken = greatest(0, taken - $2) WHERE evening_id = $1", [row.evening_id, row.persons]);
    return true;
  });
}

/** Seats taken at some evenings (no names). */
export async function seatsTaken(db: Queryable, eveningIds: readonly string[]): Promise<Map<string, number>> {
  if (eveningIds.length === 0) return new Map();
  const rows = await db.query<{ evening_id: string; taken: number }>("SELECT evening_id, taken FROM info_evening_seats WHERE evening_id = ANY($1)", [[...eveningIds]]);
  return new Map(rows.map((r) => [r.evening_id, r.taken]));
}

/** The bookings of an evening, in the order they came, cancelled ones last (for the recruiters). */
export async function seatsAt(db: Queryable, key: SealingKey, eveningId: string): Promise<Seat[]> {
  return (await db.query<SeatRow>("SELECT * FROM info_evening_bookings WHERE evening_id = $1 ORDER BY cancelled_at IS NOT NULL, created_at, id", [eveningId])).map(toSeat(key));
}

export async function markAttended(db: Queryable, id: string, eveningId: string, attended: boolean | null): Promise<boolean> {
  return (await db.query("UPDATE info_evening_bookings SET attended = $3 WHERE id = $1 AND evening_id = $2 AND cancelled_at IS NULL RETURNING 1", [id, eveningId, attended])).length === 1;
}

/** Bookings for an evening on a date with an e-mail address and no reminder yet: each claimed here, so two instances never send the same one. */
export async function claimSeatReminders(db: Queryable, key: SealingKey, date: string, now: Date): Promise<Seat[]> {
  const rows = await db.query<SeatRow>(
    "UPDATE info_evening_bookings SET reminded_at = $2 WHERE evening_date = $1 AND cancelled_at IS NULL AND reminded_at IS NULL RETURNING *",
    [date, now],
  );
  return rows.map(toSeat(key)).filter((s) => s.contact.email);
}

// ---------------------------------------------------------------------------
// Interests
// ---------------------------------------------------------------------------

export const INTEREST_STATUSES = ["received", "contacted", "invited", "assessment", "closed"] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];
export const CLOSED_REASONS = ["withdrawn", "noMatch", "placed", "unreachable", "other"] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];

/** What a person tells in the interest form, sealed as one value. */
export interface InterestDetails {
  name: string;
  phone: string;
  email?: string | undefined;
  postalCode: string;
  adults: number;
  childrenAges: string;
  otherLanguage?: string | undefined;
  reachTimes: string;
  message?: string | undefined;
}

export interface NewInterest {
  roles: readonly RecruitmentRole[];
  areaId: string | undefined;
  languages: readonly string[];
  details: InterestDetails;
  locale: string;
  promisedBy: string;
}

/** When an interest is deleted if nothing more happens to it: `retentionDays` after now. */
export const purgeAfterNow = (now: Date, retentionDays: number) => new Date(now.getTime() + retentionDays * 86_400_000);

export interface Interest {
  id: string;
  status: InterestStatus;
  closedReason: ClosedReason | null;
  roles: RecruitmentRole[];
  areaId: string | null;
  languages: string[];
  details: InterestDetails;
  locale: string;
  handler: string | null;
  nextContact: string | null;
  promisedBy: string;
  contactedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  purgeAfter: Date;
}

interface InterestRow {
  id: string;
  status: InterestStatus;
  closed_reason: ClosedReason | null;
  roles: RecruitmentRole[];
  area_id: string | null;
  languages: string[];
  details_sealed: string;
  locale: string;
  handler: string | null;
  next_contact: string | null;
  promised_by: string;
  contacted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  purge_after: Date;
}

const date = (value: Date | string | null) => (value === null ? null : new Date(value));

const toInterest = (key: SealingKey) => (r: InterestRow): Interest => ({
  id: r.id,
  status: r.status,
  closedReason: r.closed_reason,
  roles: r.roles,
  areaId: r.area_id,
  languages: r.languages,
  details: JSON.parse(decrypt(key, r.details_sealed, r.id)) as InterestDetails,
  locale: r.locale,
  handler: r.handler,
  nextContact: r.next_contact,
  promisedBy: r.promised_by,
  contactedAt: date(r.contacted_at),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  closedAt: date(r.closed_at),
  purgeAfter: new Date(r.purge_after),
});

/** Registers an interest: the row and its first history line in one transaction; the receipt code is shown once and only its hash kept. */
export async function registerInterest(db: Db, key: SealingKey, input: NewInterest, now: Date, retentionDays: number): Promise<{ id: string; receipt: string }> {
  const id = randomUUID();
  const receipt = newReceipt();
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO recruitment_interests (id, receipt_hash, status, roles, area_id, languages, details_sealed, locale, promised_by, created_at, updated_at, purge_after)
       VALUES ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9, $9, $10)`,
      [id, hashReceipt(receipt), [...input.roles], input.areaId ?? null, [...input.languages], encrypt(key, JSON.stringify(input.details), id), input.locale, input.promisedBy, now, purgeAfterNow(now, retentionDays)],
    );
    await tx.query("INSERT INTO recruitment_history (interest_id, at, status, by_user) VALUES ($1, $2, 'received', 'resident')", [id, now]);
  });
  return { id, receipt };
}

export async function interestByReceipt(db: Queryable, key: SealingKey, receipt: string): Promise<Interest | undefined> {
  const [row] = await db.query<InterestRow>("SELECT * FROM recruitment_interests WHERE receipt_hash = $1", [hashReceipt(receipt)]);
  return row && toInterest(key)(row);
}

export async function interestById(db: Queryable, key: SealingKey, id: string): Promise<Interest | undefined> {
  const [row] = await db.query<InterestRow>("SELECT * FROM recruitment_interests WHERE id = $1", [id]);
  return row && toInterest(key)(row);
}

/** Every interest not closed, and the closed ones still kept, for the board; the filter is applied by the caller. */
export async function allInterests(db: Queryable, key: SealingKey): Promise<Interest[]> {
  return (await db.query<InterestRow>("SELECT * FROM recruitment_interests ORDER BY created_at")).map(toInterest(key));
}

export interface StatusChange {
  status: InterestStatus;
  reason?: ClosedReason | undefined;
  by: string;
  now: Date;
  /** The interest is deleted this many days after this change (closing, or the last change while open). */
  retentionDays: number;
}

/** Moves an interest to a status, with a line of history, in one transaction; false when it is already there. */
export async function changeStatus(db: Db, id: string, change: StatusChange): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ status: InterestStatus; closed_reason: ClosedReason | null }>("SELECT status, closed_reason FROM recruitment_interests WHERE id = $1 FOR UPDATE", [id]);
    if (!row || (row.status === change.status && (change.status !== "closed" || row.closed_reason === (change.reason ?? "other")))) return false;
    const closing = change.status === "closed";
    await tx.query(
      `UPDATE recruitment_interests SET status = $2, closed_reason = $3, updated_at = $4,
         contacted_at = CASE WHEN $2 <> 'received' THEN coalesce(contacted_at, $4) ELSE contacted_at END,
         closed_at = $5, purge_after = $6 WHERE id = $1`,
      [id, change.status, closing ? (change.reason ?? "other") : null, change.now, closing ? change.now : null, purgeAfterNow(change.now, change.retentionDays)],
    );
    await tx.query("INSERT INTO recruitment_history (interest_id, at, status, reason, by_user) VALUES ($1, $2, $3, $4, $5)", [id, change.now, change.status, closing ? (change.reason ?? "other") : null, change.by]);
    return true;
  });
}

/** Who handles an interest and when to call next; an open interest's time is counted again from now. */
export async function setHandling(db: Queryable, id: string, handling: { handler: string | null; nextContact: string | null }, now: Date, retentionDays: number): Promise<boolean> {
  return (
    await db.query(
      "UPDATE recruitment_interests SET handler = $2, next_contact = $3, updated_at = $4, purge_after = CASE WHEN status = 'closed' THEN purge_after ELSE $5 END WHERE id = $1 RETURNING 1",
      [id, handling.handler, handling.nextContact, now, purgeAfterNow(now, retentionDays)],
    )
  ).length === 1;
}

export interface Note {
  id: string;
  author: string;
  body: string;
  createdAt: Date;
}

/** A note, sealed; an open interest's time is counted again from now. */
export async function addNote(db: Db, key: SealingKey, interestId: string, author: string, body: string, now: Date, retentionDays: number): Promise<void> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.query("INSERT INTO recruitment_notes (id, interest_id, author, body_sealed, created_at) VALUES ($1, $2, $3, $4, $5)", [id, interestId, author, encrypt(key, body, `${interestId}:${id}`), now]);
    await tx.query("UPDATE recruitment_interests SET updated_at = $2, purge_after = CASE WHEN status = 'closed' THEN purge_after ELSE $3 END WHERE id = $1", [interestId, now, purgeAfterNow(now, retentionDays)]);
  });
}

export async function notesOf(db: Queryable, key: SealingKey, interestId: string): Promise<Note[]> {
  const rows = await db.query<{ id: string; author: string; body_sealed: string; created_at: Date }>("SELECT * FROM recruitment_notes WHERE interest_id = $1 ORDER BY created_at, id", [interestId]);
  return rows.map((r) => ({ id: r.id, author: r.author, body: decrypt(key, r.body_sealed, `${interestId}:${r.id}`), createdAt: new Date(r.created_at) }));
}

export interface HistoryLine {
  at: Date;
  status: InterestStatus;
  reason: ClosedReason | null;
  by: string;
}

export async function historyOf(db: Queryable, interestId: string): Promise<HistoryLine[]> {
  const rows = await db.query<{ at: Date; status: InterestStatus; reason: ClosedReason | null; by_user: string }>("SELECT at, status, reason, by_user FROM recruitment_history WHERE interest_id = $1 ORDER BY at, id", [interestId]);
  return rows.map((r) => ({ at: new Date(r.at), status: r.status, reason: r.reason, by: r.by_user }));
}

/** Erases an interest with its notes and history (ON DELETE CASCADE): true when there was one. */
export async function eraseInterest(db: Queryable, id: string): Promise<boolean> {
  return (await db.query("DELETE FROM recruitment_interests WHERE id = $1 RETURNING 1", [id])).length === 1;
}

/** How many open interests were not contacted by their promised date (no names), for the daily summary. */
export async function overdueCount(db: Queryable, today: string): Promise<{ overdue: number; open: number }> {
  const [row] = await db.query<{ overdue: number; open: number }>(
    "SELECT count(*) FILTER (WHERE status = 'received' AND promised_by < $1)::int AS overdue, count(*) FILTER (WHERE status <> 'closed')::int AS open FROM recruitment_interests",
    [today],
  );
  return row ?? { overdue: 0, open: 0 };
}

/** Marks a day's summary as sent: true only for the one caller that marks it (several instances may try). */
export async function claimSummary(db: Queryable, day: string, now: Date): Promise<boolean> {
  return (await db.query("INSERT INTO recruitment_summaries (day, sent_at) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING RETURNING 1", [day, now])).length === 1;
}
