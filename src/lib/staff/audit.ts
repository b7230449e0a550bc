/** The audit log: every staff read of bookings or messages and every change, with who and when. */
import type { Queryable } from "../db/index.ts";
import type { StaffUser } from "./accounts.ts";

export async function audit(db: Queryable, user: Pick<StaffUser, "id" | "username">, action: string, unitId?: string, detail?: string): Promise<void> {
  await db.query("INSERT INTO audit_log (user_id, username, action, unit_id, detail) VALUES ($1, $2, $3, $4, $5)", [user.id, user.username, action, unitId ?? null, detail ?? null]);
}

export async function auditEntries(db: Queryable, limit = 100): Promise<{ at: Date; username: string; action: string; unit_id: string | null; detail: string | null }[]> {
  return db.query("SELECT at, username, action, unit_id, detail FROM audit_log ORDER BY id DESC LIMIT $1", [limit]);
}
