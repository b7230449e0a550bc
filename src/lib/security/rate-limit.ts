/**
 * Rate limits kept in the database, so that they hold across server instances. A client is
 * known only by an HMAC of its address: the address itself is never stored.
 */
import type { Queryable } from "../db/index.ts";
import { trustedHop } from "../http/context.ts";
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

/**
 * The client's address: the socket's, or behind `hops` proxies of one's own the address the
 * outermost of them saw — counted from the right of X-Forwarded-For, since each proxy appends the
 * address it saw and whatever a client writes there itself stays on the left.
 */
export function clientAddress(socketAddress: string, forwardedFor: string | null, hops: number): string {
  return trustedHop(forwardedFor, hops) ?? socketAddress;
}
