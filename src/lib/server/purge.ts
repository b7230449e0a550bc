/**
 * Retention: everything personal or per-client has an end date, and this deletes what has
 * passed it. Runs when the server starts, every hour, and as `npm run purge`.
 */
import type { Queryable } from "../db/index.ts";

export interface PurgeCounts {
  bookings: number;
  oldIdempotencyKeys: number;
  reminders: number;
  seats: number;
  tokens: number;
  rateLimits: number;
  clientKeys: number;
  outbox: number;
  mailQueue: number;
  sessions: number;
  signIns: number;
  threads: number;
  nightWalkers: number;
  nightWalkPlaces: number;
  nightWalkNotes: number;
  reportLinks: number;
  eveningSeats: number;
  eveningCounts: number;
  interests: number;
  summaries: number;
  walkIns: number;
  audit: number;
}

const count = async (db: Queryable, sql: string, params: unknown[]) => (await db.query(`${sql} RETURNING 1`, params)).length;

export async function purge(db: Queryable, now: Date, auditRetentionDays: number, nightWalkRetentionDays = 180): Promise<PurgeCounts> {
  // Seats of slots that began more than a day ago are no longer needed by anyone.
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 16);
  return {
    bookings: await count(db, "DELETE FROM bookings WHERE purge_after < $1", [now]),
    // A plain idempotency key written by an instance of an earlier release during a rolling upgrade (migration 013).
    oldIdempotencyKeys: await count(db, "UPDATE bookings SET idempotency_key = NULL WHERE idempotency_key IS NOT NULL", []),
    reminders: await count(db, "DELETE FROM booking_reminders WHERE delete_after <= $1", [now]),
    seats: await count(db, "DELETE FROM slot_seats WHERE slot_key < $1", [yesterday]),
    tokens: await count(db, "DELETE FROM used_tokens WHERE expires_at < $1", [now]),
    rateLimits: await count(db, "DELETE FROM rate_limits WHERE expires_at < $1", [now]),
    // The key rate limits hashed addresses with, once its period is over (and with it any link to an address).
    clientKeys: await count(db, "DELETE FROM client_keys WHERE delete_after <= $1", [now]),
    outbox: await count(db, "DELETE FROM mail_outbox WHERE delete_after < $1", [now]),
    mailQueue: await count(db, "DELETE FROM mail_queue WHERE give_up_at < $1", [now]),
    sessions: await count(db, "DELETE FROM staff_sessions WHERE expires_at < $1", [now]),
    signIns: await count(db, "DELETE FROM staff_oidc_logins WHERE expires_at < $1", [now]),
    // Messages go with their thread (ON DELETE CASCADE).
    threads: await count(db, "DELETE FROM message_threads WHERE purge_after <= $1", [now]),
    // Their sign-ups go with them (ON DELETE CASCADE); the places of walks long past hold no one.
    nightWalkers: await count(db, "DELETE FROM night_walkers WHERE purge_after < $1", [now]),
    nightWalkPlaces: await count(db, "DELETE FROM night_walk_places WHERE right(walk_key, 10) < $1", [yesterday.slice(0, 10)]),
    // A report's free text goes at its time; its counts and categories stay for the follow-up.
    // Walk-ins' names in the reports go when the walkers' details do.
    walkIns: await count(
      db,
      "UPDATE night_walk_attendance a SET name_sealed = NULL FROM night_walk_nights n WHERE a.walk_key = n.walk_key AND a.name_sealed IS NOT NULL AND n.walk_date < $1",
      [new Date(now.getTime() - nightWalkRetentionDays * 86_400_000).toISOString().slice(0, 10)],
    ),
    reportLinks: await count(db, "DELETE FROM night_walk_report_links WHERE expires_at < $1", [now]),
    // Seats at an information evening go a month after it; an evening's count goes with its last booking.
    eveningSeats: await count(db, "DELETE FROM info_evening_bookings WHERE purge_after < $1", [now]),
    eveningCounts: await count(db, "DELETE FROM info_evening_seats s WHERE NOT EXISTS (SELECT 1 FROM info_evening_bookings b WHERE b.evening_id = s.evening_id)", []),
    // A closed interest goes with its notes and history (ON DELETE CASCADE) at its time.
    interests: await count(db, "DELETE FROM recruitment_interests WHERE purge_after < $1", [now]),
    summaries: await count(db, "DELETE FROM recruitment_summaries WHERE sent_at < $1", [new Date(now.getTime() - 400 * 86_400_000)]),
    nightWalkNotes: await count(db, "UPDATE night_walk_nights SET notes_sealed = NULL, notes_purge_after = NULL WHERE notes_purge_after < $1", [now]),
    audit: await count(db, "DELETE FROM audit_log WHERE at < $1", [new Date(now.getTime() - auditRetentionDays * 86_400_000)]),
  };
}
