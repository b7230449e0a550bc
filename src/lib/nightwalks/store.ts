/**
 * Night-walk sign-ups in the database. A walk's places are taken under the
 * `night_walk_not_overfilled` CHECK, in the same transaction as the sign-up, so the maximum holds
 * under any number of simultaneous sign-ups; a sign-up that finds the walk full is kept as a
 * reserve, in the order it came. A place freed by a cancellation goes to the first reserve, once:
 * the reserve's row is locked while it moves up, and the CHECK refuses a place that is not there.
 *
 * Names, phone numbers and e-mail addresses are sealed (AES-256-GCM) bound to their row.
 */
import { randomUUID } from "node:crypto";
import type { Db, Queryable } from "../db/index.ts";
import { hashSecret, newCode, newSecret, normalize, secretMatches } from "../security/codes.ts";
import { decrypt, encrypt, type SealingKey } from "../security/crypto.ts";

/** SQLSTATE of a CHECK violation. */
const CHECK_VIOLATION = "23514";
const UNIQUE_VIOLATION = "23505";
const sqlState = (error: unknown) => (typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined);

/** One night of a series, with the most walkers it takes. */
export interface WalkRef {
  seriesId: string;
  date: string;
  capacity: number;
  /** The caller saw the walk full (a hint: the database decides). */
  seenFull?: boolean | undefined;
}

export const walkKey = (seriesId: string, date: string) => `${seriesId}:${date}`;
/** The date and the series of a walk key (`nightwalk-kvarnby:2026-11-27`). */
export const walkDateOf = (key: string) => key.slice(-10);
export const walkSeriesOf = (key: string) => key.slice(0, -11);

export type SignUpStatus = "walker" | "reserve" | "cancelled";

export interface WalkerContact {
  name: string;
  phone: string;
  email?: string | undefined;
}

export interface NewSignUp {
  kind: "adult" | "association";
  associationId?: string | undefined;
  /** The adult, or the association's contact person. */
  contact: WalkerContact;
  /** Who walks: the adult's own name, or each of the association's walkers. */
  names: readonly string[];
  walks: readonly WalkRef[];
  locale: string;
}

export interface SignUp {
  id: string;
  walkerId: string;
  seriesId: string;
  date: string;
  walkKey: string;
  name: string;
  status: SignUpStatus;
  seq: number;
}

export interface Walker {
  id: string;
  code: string;
  kind: "adult" | "association";
  associationId: string | null;
  contact: WalkerContact;
  locale: string;
  purgeAfter: Date;
}

export interface SealOptions {
  key: SealingKey;
  /** When the walker's details are deleted: a set time after the season's last night. */
  purgeAfter: Date;
}

interface SignUpRow {
  id: string;
  walker_id: string;
  series_id: string;
  walk_date: string;
  walk_key: string;
  name_sealed: string;
  status: SignUpStatus;
  seq: string | number;
}

interface WalkerRow {
  id: string;
  code: string;
  secret_hash: string;
  kind: "adult" | "association";
  association_id: string | null;
  contact_sealed: string;
  locale: string;
  purge_after: Date;
}

const toSignUp = (key: SealingKey) => (r: SignUpRow): SignUp => ({
  id: r.id,
  walkerId: r.walker_id,
  seriesId: r.series_id,
  date: r.walk_date,
  walkKey: r.walk_key,
  name: decrypt(key, r.name_sealed, r.id),
  status: r.status,
  seq: Number(r.seq),
});

const toWalker = (key: SealingKey) => (r: WalkerRow): Walker => ({
  id: r.id,
  code: r.code,
  kind: r.kind,
  associationId: r.association_id,
  contact: JSON.parse(decrypt(key, r.contact_sealed, r.id)) as WalkerContact,
  locale: r.locale,
  purgeAfter: new Date(r.purge_after),
});

class WalkFullError extends Error {
  override name = "WalkFullError";
}

/** Takes one place of a walk inside the caller's transaction; throws WalkFullError when there is none. */
async function takePlace(tx: Queryable, walk: Pick<WalkRef, "capacity"> & { key: string }): Promise<void> {
  try {
    await tx.query(
      `INSERT INTO night_walk_places (walk_key, capacity, taken) VALUES ($1, $2, 1)
       ON CONFLICT (walk_key) DO UPDATE SET taken = night_walk_places.taken + 1, capacity = EXCLUDED.capacity`,
      [walk.key, walk.capacity],
    );
  } catch (error) {
    if (sqlState(error) === CHECK_VIOLATION) throw new WalkFullError(walk.key);
    throw error;
  }
}

/**
 * One name on one walk, as a reserve when the walk is full: the walk's place row is share-locked
 * (reserves do not wait for each other), so that a cancellation freeing a place waits for this
 * sign-up to commit and then moves it up, or this sign-up sees the freed place and takes it.
 * Undefined when the walk is not (or no longer) full.
 */
async function joinAsReserve(tx: Queryable, values: readonly unknown[], capacity: number): Promise<SignUpRow | undefined> {
  const [row] = await tx.query<SignUpRow>(
    `WITH full_walk AS (SELECT walk_key FROM night_walk_places WHERE walk_key = $5 AND taken >= $7 FOR SHARE)
     INSERT INTO night_walk_signups (id, walker_id, series_id, walk_date, walk_key, name_sealed, status)
     SELECT $1, $2, $3, $4, $5, $6, 'reserve' FROM full_walk RETURNING *`,
    [...values, capacity],
  );
  return row;
}

/**
 * One name on one walk, in one statement: a place if the walk has one (the place row locked and
 * counted up, under the CHECK as well), else a reserve in the order of arrival. A walk the caller
 * saw full is first tried as a reserve under a shared lock, so that a full walk does not make
 * sign-ups wait for each other.
 */
async function joinWalk(tx: Queryable, key: SealingKey, walkerId: string, walk: WalkRef, name: string): Promise<SignUpRow> {
  const id = randomUUID();
  const k = walkKey(walk.seriesId, walk.date);
  const values = [id, walkerId, walk.seriesId, walk.date, k, encrypt(key, name, id)];
  const reserve = walk.seenFull ? await joinAsReserve(tx, values, walk.capacity) : undefined;
  if (reserve) return reserve;
  const [row] = await tx.query<SignUpRow>(
    `WITH place AS (
       INSERT INTO night_walk_places (walk_key, capacity, taken) VALUES ($5, $7, 1)
       ON CONFLICT (walk_key) DO UPDATE SET taken = night_walk_places.taken + 1, capacity = EXCLUDED.capacity
       WHERE night_walk_places.taken < EXCLUDED.capacity
       RETURNING 1)
     INSERT INTO night_walk_signups (id, walker_id, series_id, walk_date, walk_key, name_sealed, status)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN EXISTS (SELECT 1 FROM place) THEN 'walker' ELSE 'reserve' END) RETURNING *`,
    [...values, walk.capacity],
  );
  if (!row) throw new Error("The sign-up just written was not returned.");
  return row;
}

/** Every name on every walk in the caller's transaction: each a place or a reserve. */
async function joinWalks(db: Db, key: SealingKey, walkerId: string | ((tx: Queryable) => Promise<string>), names: readonly string[], walks: readonly WalkRef[]): Promise<{ walkerId: string; signUps: SignUp[] }> {
  const written = await db.transaction(async (tx) => {
    const id = typeof walkerId === "string" ? walkerId : await walkerId(tx);
    const rows: SignUpRow[] = [];
    for (const walk of walks) for (const name of names) rows.push(await joinWalk(tx, key, id, walk, name));
    return { id, rows };
  });
  return { walkerId: written.id, signUps: written.rows.map(toSignUp(key)) };
}

/**
 * Signs up for one or several nights, in one transaction: the walker (with a code and a secret
 * for later) and one sign-up per name and night, each a place or a reserve.
 */
export async function signUp(db: Db, input: NewSignUp, options: SealOptions): Promise<{ walker: Walker; secret: string; signUps: SignUp[] }> {
  const secret = newSecret();
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = randomUUID();
    const code = newCode();
    try {
      const { signUps } = await joinWalks(
        db,
        options.key,
        async (tx) => {
          await tx.query(
            "INSERT INTO night_walkers (id, code, secret_hash, kind, association_id, contact_sealed, locale, purge_after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            [id, code, hashSecret(secret), input.kind, input.associationId ?? null, encrypt(options.key, JSON.stringify(input.contact), id), input.locale, options.purgeAfter],
          );
          return id;
        },
        input.names,
        input.walks,
      );
      const walker: Walker = { id, code, kind: input.kind, associationId: input.associationId ?? null, contact: input.contact, locale: input.locale, purgeAfter: options.purgeAfter };
      return { walker, secret, signUps: signUps.sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq) };
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION) continue; // a code already in use: draw another
      throw error;
    }
  }
  throw new Error("No free code after five attempts.");
}

/** More nights for a walker who already has a code. */
export async function addWalks(db: Db, key: SealingKey, walkerId: string, names: readonly string[], walks: readonly WalkRef[]): Promise<SignUp[]> {
  await joinWalks(db, key, walkerId, names, walks);
  return signUpsOf(db, key, walkerId);
}

/**
 * Gives free places of a walk to its reserves, first come first: each move locks the first
 * reserve's row and takes the place under the CHECK in one transaction, so two cancellations at
 * once move up two reserves, and one cancellation sent twice moves up one. The ones moved up.
 */
export async function promote(db: Db, key: string, capacity: number): Promise<string[]> {
  const moved: string[] = [];
  for (;;) {
    let id: string | undefined;
    try {
      id = await db.transaction(async (tx) => {
        const [first] = await tx.query<{ id: string }>("SELECT id FROM night_walk_signups WHERE walk_key = $1 AND status = 'reserve' ORDER BY seq LIMIT 1 FOR UPDATE", [key]);
        if (!first) return undefined;
        await takePlace(tx, { key, capacity });
        const updated = await tx.query("UPDATE night_walk_signups SET status = 'walker' WHERE id = $1 AND status = 'reserve' RETURNING 1", [first.id]);
        if (updated.length === 0) throw new WalkFullError(key); // moved by someone else meanwhile: give the place back
        return first.id;
      });
    } catch (error) {
      if (error instanceof WalkFullError) return moved;
      throw error;
    }
    if (id === undefined) return moved;
    moved.push(id);
  }
}

/** Cancels one sign-up; a place it held goes to the first reserve. Cancelling twice changes nothing the second time. */
export async function cancelSignUp(db: Db, signUpId: string, capacity: number): Promise<{ cancelled: boolean; promoted: string[] }> {
  const result = await db.transaction(async (tx) => {
    const [row] = await tx.query<{ status: SignUpStatus; walk_key: string }>("SELECT status, walk_key FROM night_walk_signups WHERE id = $1 FOR UPDATE", [signUpId]);
    if (!row || row.status === "cancelled") return undefined;
    await tx.query("UPDATE night_walk_signups SET status = 'cancelled' WHERE id = $1", [signUpId]);
    if (row.status === "walker") await tx.query("UPDATE night_walk_places SET taken = taken - 1 WHERE walk_key = $1 AND taken > 0", [row.walk_key]);
    return row;
  });
  if (!result) return { cancelled: false, promoted: [] };
  return { cancelled: true, promoted: result.status === "walker" ? await promote(db, result.walk_key, capacity) : [] };
}

export async function walkerById(db: Queryable, key: SealingKey, id: string): Promise<Walker | undefined> {
  const [row] = await db.query<WalkerRow>("SELECT * FROM night_walkers WHERE id = $1", [id]);
  return row && toWalker(key)(row);
}

/** Several walkers at once, by id (one query for a night's or a season's sign-ups). */
export async function walkersByIds(db: Queryable, key: SealingKey, ids: readonly string[]): Promise<Map<string, Walker>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<WalkerRow>("SELECT * FROM night_walkers WHERE id = ANY($1)", [[...new Set(ids)]]);
  return new Map(rows.map((r) => [r.id, toWalker(key)(r)]));
}

/** The walker a code and secret name; unknown codes and wrong secrets give the same `undefined`. */
export async function findWalker(db: Queryable, key: SealingKey, code: string, secret: string): Promise<Walker | undefined> {
  const [row] = await db.query<WalkerRow>("SELECT * FROM night_walkers WHERE code = $1", [normalize(code)]);
  return row && secretMatches(normalize(secret), row.secret_hash) ? toWalker(key)(row) : undefined;
}

export async function signUpsOf(db: Queryable, key: SealingKey, walkerId: string): Promise<SignUp[]> {
  return (await db.query<SignUpRow>("SELECT * FROM night_walk_signups WHERE walker_id = $1 ORDER BY walk_date, seq", [walkerId])).map(toSignUp(key));
}

/** Every sign-up of some walks, in the order they came (for the coordinator: names shown only there). */
export async function signUpsOn(db: Queryable, key: SealingKey, walkKeys: readonly string[]): Promise<SignUp[]> {
  if (walkKeys.length === 0) return [];
  return (await db.query<SignUpRow>("SELECT * FROM night_walk_signups WHERE walk_key = ANY($1) ORDER BY walk_key, seq", [walkKeys])).map(toSignUp(key));
}

/**
 * The sign-ups of walks on a date whose walkers gave an e-mail address and have not had their
 * reminder: each claimed (marked) here, so that two instances never send the same reminder.
 */
export async function claimReminders(db: Queryable, key: SealingKey, date: string, now: Date): Promise<(SignUp & { walker: Walker })[]> {
  const rows = await db.query<SignUpRow>(
    "UPDATE night_walk_signups SET reminded_at = $2 WHERE walk_date = $1 AND status = 'walker' AND reminded_at IS NULL RETURNING *",
    [date, now],
  );
  const walkers = await walkersByIds(db, key, rows.map((r) => r.walker_id));
  return rows.flatMap((row) => {
    const walker = walkers.get(row.walker_id);
    return walker?.contact.email ? [{ ...toSignUp(key)(row), walker }] : [];
  });
}
