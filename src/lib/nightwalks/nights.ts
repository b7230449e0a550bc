/**
 * The nights themselves, for the coordinator: cancelled or not, the day-before alert, and the
 * report after the walk (who walked, when, where, how many young people, what happened, and a
 * sealed note in which no young person is ever named). Counts and categories stay for the
 * follow-up after the names are gone.
 */
import { randomUUID } from "node:crypto";
import type { Db, Queryable } from "../db/index.ts";
import { hashSecret, isSecret, newSecret, normalize } from "../security/codes.ts";
import { decrypt, encrypt, type SealingKey } from "../security/crypto.ts";
import { walkDateOf, walkSeriesOf } from "./store.ts";

/** What can happen on a night, as the report's categories. */
export const HAPPENINGS = ["calm", "conflictCalmed", "helpedHome", "firstAid", "policeCalled", "ambulanceCalled", "socialServicesContacted"] as const;
export type Happening = (typeof HAPPENINGS)[number];

export interface Night {
  walkKey: string;
  cancelledAt: Date | null;
  alertedAt: Date | null;
  report: Report | undefined;
}

export interface Report {
  reportedAt: Date;
  reportedBy: string;
  started: string;
  ended: string;
  route: string;
  youngPeople: number;
  happenings: Happening[];
  notes: string | undefined;
  walkersPresent: number;
  /** Who walked: sign-ups by id, walk-ins by name (sealed at rest). */
  present: { signUpId: string | null; name: string | null; associationId: string | null }[];
}

interface NightRow {
  walk_key: string;
  cancelled_at: Date | null;
  alerted_at: Date | null;
  reported_at: Date | null;
  reported_by: string | null;
  started: string | null;
  ended: string | null;
  route: string | null;
  young_people: number | null;
  happenings: Happening[];
  notes_sealed: string | null;
  walkers_present: number | null;
}

const ensure = (db: Queryable, walkKey: string) =>
  db.query("INSERT INTO night_walk_nights (walk_key, series_id, walk_date) VALUES ($1, $2, $3) ON CONFLICT (walk_key) DO NOTHING", [walkKey, walkSeriesOf(walkKey), walkDateOf(walkKey)]);

/** The nights of some walks that have a row (cancelled, alerted or reported), with their reports. */
export async function nights(db: Queryable, key: SealingKey, walkKeys: readonly string[]): Promise<Map<string, Night>> {
  const out = new Map<string, Night>();
  if (walkKeys.length === 0) return out;
  const rows = await db.query<NightRow>("SELECT * FROM night_walk_nights WHERE walk_key = ANY($1)", [walkKeys]);
  const present = await db.query<{ walk_key: string; id: string; signup_id: string | null; name_sealed: string | null; association_id: string | null }>(
    "SELECT walk_key, id, signup_id, name_sealed, association_id FROM night_walk_attendance WHERE walk_key = ANY($1) ORDER BY id",
    [walkKeys],
  );
  for (const r of rows) {
    const report: Report | undefined = r.reported_at
      ? {
          reportedAt: new Date(r.reported_at),
          reportedBy: r.reported_by ?? "",
          started: r.started ?? "",
          ended: r.ended ?? "",
          route: r.route ?? "",
          youngPeople: r.young_people ?? 0,
          happenings: r.happenings,
          notes: r.notes_sealed ? decrypt(key, r.notes_sealed, r.walk_key) : undefined,
          walkersPresent: r.walkers_present ?? 0,
          present: present
            .filter((p) => p.walk_key === r.walk_key)
            .map((p) => ({ signUpId: p.signup_id, name: p.name_sealed ? decrypt(key, p.name_sealed, p.id) : null, associationId: p.association_id })),
        }
      : undefined;
    out.set(r.walk_key, { walkKey: r.walk_key, cancelledAt: r.cancelled_at && new Date(r.cancelled_at), alertedAt: r.alerted_at && new Date(r.alerted_at), report });
  }
  return out;
}

/** Why a night was cancelled: too few walkers signed up, or another reason. */
export type CancelReason = "fewWalkers" | "other";

/** Cancels a night (once), with its reason: true the first time. */
export async function cancelNight(db: Queryable, walkKey: string, now: Date, reason: CancelReason = "other"): Promise<boolean> {
  await ensure(db, walkKey);
  return (await db.query("UPDATE night_walk_nights SET cancelled_at = $2, cancel_reason = $3 WHERE walk_key = $1 AND cancelled_at IS NULL RETURNING 1", [walkKey, now, reason])).length === 1;
}

/** Marks the day-before alert sent; true only for the one caller that marks it (several instances may try). */
export async function claimAlert(db: Queryable, walkKey: string, now: Date): Promise<boolean> {
  await ensure(db, walkKey);
  return (await db.query("UPDATE night_walk_nights SET alerted_at = $2 WHERE walk_key = $1 AND alerted_at IS NULL RETURNING 1", [walkKey, now])).length === 1;
}

export interface NewReport {
  started: string;
  ended: string;
  route: string;
  youngPeople: number;
  happenings: readonly Happening[];
  notes: string | undefined;
  /** Sign-ups who walked, with the association they walked for. */
  walked: readonly { signUpId: string; associationId: string | null }[];
  walkIns: readonly string[];
  reportedBy: string;
}

/** Writes (or rewrites) the report of a night, in one transaction with its attendance. */
export async function fileReport(db: Db, key: SealingKey, walkKey: string, report: NewReport, options: { now: Date; notesPurgeAfter: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    await ensure(tx, walkKey);
    await tx.query("DELETE FROM night_walk_attendance WHERE walk_key = $1", [walkKey]);
    for (const w of report.walked) await tx.query("INSERT INTO night_walk_attendance (id, walk_key, signup_id, association_id) VALUES ($1, $2, $3, $4)", [randomUUID(), walkKey, w.signUpId, w.associationId]);
    for (const name of report.walkIns) {
      const id = randomUUID();
      await tx.query("INSERT INTO night_walk_attendance (id, walk_key, name_sealed) VALUES ($1, $2, $3)", [id, walkKey, encrypt(key, name, id)]);
    }
    await tx.query(
      `UPDATE night_walk_nights SET reported_at = $2, reported_by = $3, started = $4, ended = $5, route = $6, young_people = $7, happenings = $8,
         notes_sealed = $9, notes_purge_after = $10, walkers_present = $11 WHERE walk_key = $1`,
      [
        walkKey,
        options.now,
        report.reportedBy,
        report.started,
        report.ended,
        report.route,
        report.youngPeople,
        [...report.happenings],
        report.notes ? encrypt(key, report.notes, walkKey) : null,
        report.notes ? options.notesPurgeAfter : null,
        report.walked.length + report.walkIns.length,
      ],
    );
  });
}

/** For the compensation: per reported, not cancelled night between two dates, how many walked, and which associations' walkers. */
export async function walkedNights(db: Queryable, from: string, to: string): Promise<{ walkKey: string; seriesId: string; date: string; walkersPresent: number; associations: Map<string, number> }[]> {
  const rows = await db.query<{ walk_key: string; series_id: string; walk_date: string; walkers_present: number; association_id: string | null; n: number }>(
    `SELECT n.walk_key, n.series_id, n.walk_date, n.walkers_present, a.association_id, count(a.id)::int AS n
     FROM night_walk_nights n LEFT JOIN night_walk_attendance a ON a.walk_key = n.walk_key
     WHERE n.reported_at IS NOT NULL AND n.cancelled_at IS NULL AND n.walk_date >= $1 AND n.walk_date <= $2
     GROUP BY n.walk_key, n.series_id, n.walk_date, n.walkers_present, a.association_id ORDER BY n.walk_date, n.walk_key`,
    [from, to],
  );
  const out = new Map<string, { walkKey: string; seriesId: string; date: string; walkersPresent: number; associations: Map<string, number> }>();
  for (const r of rows) {
    const night = out.get(r.walk_key) ?? { walkKey: r.walk_key, seriesId: r.series_id, date: r.walk_date, walkersPresent: r.walkers_present, associations: new Map<string, number>() };
    if (r.association_id) night.associations.set(r.association_id, r.n);
    out.set(r.walk_key, night);
  }
  return [...out.values()];
}

/** Each of some walks as the public sees it, in one query: how many walk and wait (no names), and whether the coordinator cancelled it. */
export async function walkStates(db: Queryable, walkKeys: readonly string[]): Promise<Map<string, { walkers: number; reserves: number; cancelled: boolean }>> {
  const out = new Map<string, { walkers: number; reserves: number; cancelled: boolean }>();
  if (walkKeys.length === 0) return out;
  const rows = await db.query<{ walk_key: string; status: "walker" | "reserve" | "night_cancelled"; n: number }>(
    `SELECT walk_key, status, count(*)::int AS n FROM night_walk_signups WHERE walk_key = ANY($1) AND status <> 'cancelled' GROUP BY walk_key, status
     UNION ALL
     SELECT walk_key, 'night_cancelled', 1 FROM night_walk_nights WHERE walk_key = ANY($1) AND cancelled_at IS NOT NULL`,
    [walkKeys],
  );
  for (const r of rows) {
    const state = out.get(r.walk_key) ?? { walkers: 0, reserves: 0, cancelled: false };
    if (r.status === "walker") state.walkers = r.n;
    else if (r.status === "reserve") state.reserves = r.n;
    else state.cancelled = true;
    out.set(r.walk_key, state);
  }
  return out;
}

/** The leader's report link of a night: who it was given to, and until when it works. */
export interface ReportLink {
  walkKey: string;
  signUpId: string;
  expiresAt: Date;
}

/** Gives a night's report link to one of its walkers: a new secret, whose hash replaces the night's last link. */
export async function createReportLink(db: Queryable, walkKey: string, signUpId: string, expiresAt: Date): Promise<string> {
  const secret = newSecret();
  await db.query(
    `INSERT INTO night_walk_report_links (walk_key, signup_id, secret_hash, expires_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (walk_key) DO UPDATE SET signup_id = EXCLUDED.signup_id, secret_hash = EXCLUDED.secret_hash, expires_at = EXCLUDED.expires_at, created_at = now()`,
    [walkKey, signUpId, hashSecret(secret), expiresAt],
  );
  return secret;
}

/** The night a report link's secret opens, while it works; an unknown, replaced or expired one gives `undefined`. */
export async function reportLinkOf(db: Queryable, secret: string, now: Date): Promise<ReportLink | undefined> {
  if (!isSecret(normalize(secret))) return undefined;
  const [row] = await db.query<{ walk_key: string; signup_id: string; expires_at: Date }>(
    "SELECT walk_key, signup_id, expires_at FROM night_walk_report_links WHERE secret_hash = $1 AND expires_at > $2",
    [hashSecret(secret), now],
  );
  return row && { walkKey: row.walk_key, signUpId: row.signup_id, expiresAt: new Date(row.expires_at) };
}

/** The leader a night's link was last given to, if one works still (for the coordinator's page). */
export async function reportLinks(db: Queryable, walkKeys: readonly string[], now: Date): Promise<Map<string, ReportLink>> {
  if (walkKeys.length === 0) return new Map();
  const rows = await db.query<{ walk_key: string; signup_id: string; expires_at: Date }>(
    "SELECT walk_key, signup_id, expires_at FROM night_walk_report_links WHERE walk_key = ANY($1) AND expires_at > $2",
    [walkKeys, now],
  );
  return new Map(rows.map((r) => [r.walk_key, { walkKey: r.walk_key, signUpId: r.signup_id, expiresAt: new Date(r.expires_at) }]));
}
