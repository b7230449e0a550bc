/**
 * Rate limits kept in the database, so that they hold across server instances. A client is
 * known only by an HMAC of its address: the address itself is never stored.
 */
import type { Queryable } from "../db/index.ts";
import { hmacHex } from "../server/secrets.ts";

export interface Limit {
  bucket: string;
  max: number;
  windowSeconds: number;
}

export type LimitResult = { ok: true; remaining: number } | { ok: false; retryAfter: number };

/** The key a client is counted by: an HMAC of its address, shortened. */
export function clientKey(key: string, address: string): string {
  return hmacHex(key, address).slice(0, 32);
}

/** Counts one request against the limit, in a fixed window, and says whether it may go on. */
export async function hit(db: Queryable, limit: Limit, client: string, now: Date): Promise<LimitResult> {
  const windowMs = limit.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const [row] = await db.query<{ hits: number }>(
    `INSERT INTO rate_limits (bucket, client, window_start, hits, expires_at) VALUES ($1, $2, $3, 1, $4)
     ON CONFLICT (bucket, client, window_start) DO UPDATE SET hits = rate_limits.hits + 1
     RETURNING hits`,
    [limit.bucket, client, new Date(start), new Date(start + windowMs)],
  );
  const hits = row?.hits ?? 1;
  if (hits > limit.max) return { ok: false, retryAfter: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)) };
  return { ok: true, remaining: limit.max - hits };
}

/** Whether a client has used up a limit in the current window, without counting this request. */
export async function exhausted(db: Queryable, limit: Limit, client: string, now: Date): Promise<LimitResult> {
  const windowMs = limit.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const [row] = await db.query<{ hits: number }>("SELECT hits FROM rate_limits WHERE bucket = $1 AND client = $2 AND window_start = $3", [limit.bucket, client, new Date(start)]);
  const hits = row?.hits ?? 0;
  if (hits >= limit.max) return { ok: false, retryAfter: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)) };
  return { ok: true, remaining: limit.max - hits };
}

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(socketAddress: string, forwardedFor: string | null, trustProxy: boolean): string {
  const first = trustProxy ? forwardedFor?.split(",")[0]?.trim() : undefined;
  return first === undefined || first === "" ? socketAddress : first;
}
