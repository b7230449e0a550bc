/**
 * A clinic's day for its staff: the list (each read audited) and the actions on one booking
 * (arrived, no-show, cancel; each audited). Access is checked by the caller with `mayAccess`.
 */
import { group } from "../booking/codes.ts";
import type { ClinicWithRules } from "../booking/service.ts";
import { bookingById, bookingsOn, cancelBooking, markVisit, type Booking } from "../booking/store.ts";
import type { Db } from "../db/index.ts";
import type { StaffUser } from "./accounts.ts";
import { audit } from "./audit.ts";

export async function readDay(db: Db, user: StaffUser, clinicId: string, date: string): Promise<Booking[]> {
  const bookings = await bookingsOn(db, clinicId, date);
  await audit(db, user, "bookings.read", clinicId, date);
  return bookings;
}

export type StaffAction = "arrived" | "no_show" | "cancel";
const ACTIONS = new Set<string>(["arrived", "no_show", "cancel"]);

/** Does `action` to a booking of this clinic; a booking of another clinic, or an unknown action, is left alone. */
export async function actOnBooking(db: Db, user: StaffUser, clinic: ClinicWithRules, bookingId: string, action: string, now: Date): Promise<boolean> {
  const booking = await bookingById(db, bookingId);
  if (booking?.clinicId !== clinic.clinic._id || !ACTIONS.has(action)) return false;
  if (action === "cancel") await cancelBooking(db, booking, clinic.rules, now, true);
  else await markVisit(db, booking.id, action as Exclude<StaffAction, "cancel">);
  await audit(db, user, `booking.${action}`, clinic.clinic._id, group(booking.code));
  return true;
}
