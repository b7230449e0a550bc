/**
 * Every sealed column of the database, and the re-seal that moves values sealed with an older
 * message key to the current one (after a key rotation): read, opened with the keyring, sealed
 * again with the current key, and written back only if unchanged meanwhile. Each value stays
 * bound to the same row (the same additional data), so nothing else changes.
 */
import type { Queryable } from "../db/index.ts";
import { decrypt, encrypt, type Keyring } from "../security/crypto.ts";

/** A sealed column: its table, the row's key column, and the SQL for the data it is bound to. */
interface SealedColumn {
  table: string;
  key: string;
  column: string;
  boundTo: string;
}

export const SEALED_COLUMNS: readonly SealedColumn[] = [
  { table: "message_threads", key: "id", column: "contact_sealed", boundTo: "id::text" },
  { table: "thread_messages", key: "id", column: "body_sealed", boundTo: "thread_id::text" },
  { table: "night_walkers", key: "id", column: "contact_sealed", boundTo: "id::text" },
  { table: "night_walk_signups", key: "id", column: "name_sealed", boundTo: "id::text" },
  { table: "night_walk_nights", key: "walk_key", column: "notes_sealed", boundTo: "walk_key" },
  { table: "night_walk_attendance", key: "id", column: "name_sealed", boundTo: "id::text" },
  { table: "info_evening_bookings", key: "id", column: "contact_sealed", boundTo: "id::text" },
  { table: "recruitment_interests", key: "id", column: "details_sealed", boundTo: "id::text" },
  { table: "recruitment_notes", key: "id", column: "body_sealed", boundTo: "interest_id::text || ':' || id::text" },
  { table: "mail_queue", key: "id", column: "mail_sealed", boundTo: "'mail:' || id::text" },
];

const current = (keys: Keyring) => `v2.${keys.currentId}.%`;

/** How many values are sealed with the current key, and how many with older ones. */
export async function sealedStatus(db: Queryable, keys: Keyring): Promise<{ current: number; older: number }> {
  let sealedNow = 0;
  let older = 0;
  for (const c of SEALED_COLUMNS) {
    const [row] = await db.query<{ now: string | number; old: string | number }>(
      `SELECT count(*) FILTER (WHERE ${c.column} LIKE $1) AS now, count(*) FILTER (WHERE ${c.column} NOT LIKE $1) AS old FROM ${c.table} WHERE ${c.column} IS NOT NULL`,
      [current(keys)],
    );
    sealedNow += Number(row?.now ?? 0);
    older += Number(row?.old ?? 0);
  }
  return { current: sealedNow, older };
}

/** Moves values to the current key, at most `limit` in all (all when undefined); the counts by table. */
export async function resealAll(db: Queryable, keys: Keyring, limit?: number): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  let left = limit ?? Number.POSITIVE_INFINITY;
  for (const c of SEALED_COLUMNS) {
    moved[c.table] = 0;
    while (left > 0) {
      const rows = await db.query<{ k: string; sealed: string; bound: string }>(
        `SELECT ${c.key}::text AS k, ${c.column} AS sealed, ${c.boundTo} AS bound FROM ${c.table} WHERE ${c.column} IS NOT NULL AND ${c.column} NOT LIKE $1 LIMIT $2`,
        [current(keys), Math.min(200, left)],
      );
      if (rows.length === 0) break;
      for (const r of rows) {
        const again = encrypt(keys, decrypt(keys, r.sealed, r.bound), r.bound);
        const done = await db.query(`UPDATE ${c.table} SET ${c.column} = $1 WHERE ${c.key}::text = $2 AND ${c.column} = $3 RETURNING 1`, [again, r.k, r.sealed]);
        moved[c.table] = (moved[c.table] ?? 0) + done.length;
      }
      left -= rows.length;
    }
  }
  return moved;
}
