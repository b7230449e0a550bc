/** The audit log: every staff read of bookings, messages, proposals, night walkers or interests, every change and every refusal, with who and when. */
import type { Queryable } from "../db/index.ts";
import type { StaffUser } from "./accounts.ts";

/** Every audited action, named `<what>.<verb>` one way. */
export type AuditAction =
  | "staff.sign_in"
  | "bookings.read"
  | "bookings.denied"
  | "bookings.arrived"
  | "bookings.no_show"
  | "bookings.cancel"
  | "messages.list"
  | "messages.read"
  | "messages.denied"
  | "messages.reply"
  | "messages.handled"
  | "messages.transfer"
  | "proposals.list"
  | "proposals.read"
  | "proposals.denied"
  | "proposals.approve"
  | "proposals.reject"
  | "nightwalks.read"
  | "nightwalks.denied"
  | "nightwalks.cancel"
  | "nightwalks.report"
  | "nightwalks.leader_link"
  | "nightwalks.compensation"
  | "recruitment.read"
  | "recruitment.denied"
  | "recruitment.open"
  | "recruitment.status"
  | "recruitment.handling"
  | "recruitment.note"
  | "recruitment.export"
  | "recruitment.erase"
  | "recruitment.attendees"
  | "recruitment.attended"
  | "translations.read"
  | "translations.export"
  | "translations.publish"
  | "translations.discard"
  | "insights.read"
  | "insights.denied";

export type Auditor = Pick<StaffUser, "id" | "username">;

export async function audit(db: Queryable, user: Auditor, action: AuditAction, unitId?: string, detail?: string): Promise<void> {
  await db.query("INSERT INTO audit_log (user_id, username, action, unit_id, detail) VALUES ($1, $2, $3, $4, $5)", [user.id, user.username, action, unitId ?? null, detail ?? null]);
}

export async function auditEntries(db: Queryable, limit = 100): Promise<{ at: Date; username: string; action: AuditAction; unit_id: string | null; detail: string | null }[]> {
  return db.query("SELECT at, username, action, unit_id, detail FROM audit_log ORDER BY id DESC LIMIT $1", [limit]);
}
