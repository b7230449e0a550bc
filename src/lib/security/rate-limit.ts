/**
 * Rate limits kept in the database, so that they hold across server instances. A client is
 * known only by an HMAC of its address: the address itself is never stored.
 */
import type { Queryable } from "../db/index.ts";
import { hmacHex } from "./secrets.ts";

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

/** The fixed window `now` falls in: its start, its end, and the seconds until it ends. */
function windowOf(limit: Limit, now: Date): { start: Date; end: Date; retryAfter: number } {
  const ms = limit.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  return { start: new Date(start), end: new Date(start + ms), retryAfter: Math.max(1, Math.ceil((start + ms - now.getTime()) / 1000)) };
}

/** Counts one request against the limit, in a fixed window, and says whether it may go on. */
export async function hit(db: Queryable, limit: Limit, client: string, now: Date): Promise<LimitResult> {
  const window = windowOf(limit, now);
  const [row] = await db.query<{ hits: number }>(
    `INSERT INTO rate_limits (bucket, client, window_start, hits, expires_at) VALUES ($1, $2, $3, 1, $4)
     ON CONFLICT (bucket, client, window_start) DO UPDATE SET hits = rate_limits.hits + 1
     RETURNING hits`,
    [limit.bucket, client, window.start, window.end],
  );
  const hits = row?.hits ?? 1;
  if (hits > limit.max) return { ok: false, retryAfter: window.retryAfter };
  return { ok: true, remaining: limit.max - hits };
}

/** Whether a client has used up a limit in the current window, without counting this request. */
export async function exhausted(db: Queryable, limit: Limit, client: string, now: Date): Promise<LimitResult> {
  const window = windowOf(limit, now);
  const [row] = await db.query<{ hits: number }>("SELECT hits FROM rate_limits WHERE bucket = $1 AND client = $2 AND window_start = $3", [limit.bucket, client, window.start]);
  const hits = row?.hits ?? 0;
  if (hits >= limit.max) return { ok: false, retryAfter: window.retryAfter };
  return { ok: true, remaining: limit.max - hits };
}

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(socketAddress: string, forwardedFor: string | null, trustProxy: boolean): string {
  const first = trustProxy ? forwardedFor?.split(",")[0]?.trim() : undefined;
  return first === undefined || first === "" ? socketAddress : first;
}
