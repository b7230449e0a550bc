import type { Queryable } from "../db/index.ts";

/** Marks a proof as used; false when it was used before. Atomic across instances. */
export async function useOnce(db: Queryable, id: string, expiresAt: Date): Promise<boolean> {
  const rows = await db.query("INSERT INTO used_tokens (id, expires_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id", [id, expiresAt]);
  return rows.length === 1;
}
