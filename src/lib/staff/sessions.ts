/**
 * Staff sessions in the database. The cookie holds a random value; the database only its
 * SHA-256, with the user, a CSRF token and an expiry. HttpOnly, SameSite=Strict, Path=/staff.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Queryable } from "../db/index.ts";
import { toUser, type StaffUser, type UserRow } from "./accounts.ts";

export const COOKIE = "nara_staff";

const hashId = (value: string) => createHash("sha256").update(value).digest("hex");

export async function createSession(db: Queryable, userId: string, hours: number, now: Date): Promise<{ value: string; expires: Date }> {
  const value = randomBytes(32).toString("base64url");
  const expires = new Date(now.getTime() + hours * 3_600_000);
  await db.query("INSERT INTO staff_sessions (id_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)", [hashId(value), userId, randomBytes(24).toString("base64url"), expires]);
  return { value, expires };
}

export interface Session {
  user: StaffUser;
  csrf: string;
  idHash: string;
}

export async function sessionFrom(db: Queryable, value: string | undefined, now: Date): Promise<Session | undefined> {
  if (!value || !/^[\w-]{43}$/.test(value)) return undefined;
  const row = (
    await db.query<UserRow & { id_hash: string; csrf_token: string }>(
      `SELECT s.id_hash, s.csrf_token, u.* FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id WHERE s.id_hash = $1 AND s.expires_at > $2 AND NOT u.disabled`,
      [hashId(value), now],
    )
  )[0];
  if (!row) return undefined;
  // The password hash stays in the database: a session has no use for it.
  return { idHash: row.id_hash, csrf: row.csrf_token, user: { ...toUser(row), passwordHash: null } };
}

export async function endSession(db: Queryable, session: Session): Promise<void> {
  await db.query("DELETE FROM staff_sessions WHERE id_hash = $1", [session.idHash]);
}

export function csrfMatches(session: Session, token: string | undefined): boolean {
  if (!token) return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sessionCookie(value: string, expires: Date | undefined, secure: boolean): string {
  const parts = [`${COOKIE}=${value}`, "Path=/staff", "HttpOnly", "SameSite=Strict"];
  parts.push(expires ? `Expires=${expires.toUTCString()}` : "Max-Age=0");
  if (secure) parts.push("Secure");
  return parts.join("; ");
}
