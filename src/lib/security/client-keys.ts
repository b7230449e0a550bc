/**
 * The key rate limits hash a client's address with. It is drawn at random for one period — a
 * whole number of limit windows, about a day, so a window never spans two keys — and kept in the
 * database only until the period ends (every instance uses the same one). Once it is deleted,
 * the counts kept under it can never be linked back to an address, not even with the server's
 * own secret: nothing derives it.
 */
import { randomBytes } from "node:crypto";
import type { Queryable } from "../db/index.ts";

/** The period a key lives: the smallest whole number of windows that is at least a day. */
export const keyPeriodSeconds = (windowSeconds: number): number => windowSeconds * Math.ceil(86_400 / windowSeconds);

export interface ClientKeys {
  /** This period's key: drawn by the first instance that needs it, read by the others; the last period's deleted. */
  current(now?: Date): Promise<string>;
}

export function createClientKeys(db: Queryable, windowSeconds: number): ClientKeys {
  const seconds = keyPeriodSeconds(windowSeconds);
  // The period's key once asked for: requests arriving together as a period begins share one lookup.
  let cached: { period: number; value: Promise<string> } | undefined;
  async function draw(period: number): Promise<string> {
    await db.query("INSERT INTO client_keys (period, value, delete_after) VALUES ($1, $2, $3) ON CONFLICT (period) DO NOTHING", [period, randomBytes(32).toString("hex"), new Date((period + 1) * seconds * 1000)]);
    const [row] = await db.query<{ value: string }>("SELECT value FROM client_keys WHERE period = $1", [period]);
    if (!row) throw new Error("This period's client key could not be read from the database.");
    await db.query("DELETE FROM client_keys WHERE period < $1", [period]);
    return row.value;
  }
  return {
    current(now = new Date()) {
      const period = Math.floor(now.getTime() / 1000 / seconds);
      if (cached?.period !== period) {
        const value = draw(period);
        cached = { period, value };
        // A lookup that failed (the database out of reach) is tried again by the next request.
        value.catch(() => {
          if (cached?.value === value) cached = undefined;
        });
      }
      return cached.value;
    },
  };
}
