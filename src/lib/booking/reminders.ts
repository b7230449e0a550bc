/** Reminder e-mails: due ones are sent through the mail part, then marked sent. */
import type { Queryable } from "../db/index.ts";
import type { Mail, Mailer } from "../mail/index.ts";
import type { Booking } from "./store.ts";

export interface DueReminder {
  email: string;
  booking: Pick<Booking, "id" | "code" | "clinicId" | "start" | "locale" | "visitType">;
}

export async function sendDueReminders(db: Queryable, mailer: Mailer, now: Date, compose: (due: DueReminder) => Promise<Omit<Mail, "to">>): Promise<number> {
  const rows = await db.query<{ id: string; code: string; clinic_id: string; starts_at: Date; locale: string; visit_type: string; email: string }>(
    `SELECT b.id, b.code, b.clinic_id, b.starts_at, b.locale, b.visit_type, r.email
     FROM booking_reminders r JOIN bookings b ON b.id = r.booking_id
     WHERE r.sent_at IS NULL AND r.send_at <= $1 AND r.delete_after > $1 AND b.status = 'booked'
     ORDER BY r.send_at LIMIT 100`,
    [now],
  );
  let sent = 0;
  for (const row of rows) {
    const due: DueReminder = { email: row.email, booking: { id: row.id, code: row.code, clinicId: row.clinic_id, start: new Date(row.starts_at), locale: row.locale, visitType: row.visit_type } };
    // Marked first, so that two instances never send the same reminder twice.
    const claimed = await db.query("UPDATE booking_reminders SET sent_at = $2 WHERE booking_id = $1 AND sent_at IS NULL RETURNING 1", [row.id, now]);
    if (claimed.length === 0) continue;
    await mailer.send({ to: row.email, ...(await compose(due)) });
    sent++;
  }
  return sent;
}
