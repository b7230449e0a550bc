/** The clinics that take bookings, from the CMS, each with its schedule as the slot engine's rules. */
import type { LoadQuery } from "../content/load.ts";
import type { QueryResult } from "../content/queries.ts";
import type { Clinic } from "../content/schemas.ts";
import type { BookingRules } from "./slots.ts";

export type BookingClinic = QueryResult<"bookingClinics">[number];
/** A clinic that takes bookings, with its schedule as the slot engine's rules. */
export type ClinicWithRules = BookingClinic & { rules: BookingRules };

/** The rules of a clinic, one object per content version (the slot engine keeps its work per rules object). */
const rulesByClinic = new WeakMap<Clinic, BookingRules>();

export function rulesOf(clinic: Clinic): BookingRules | undefined {
  const s = clinic.bookingSchedule;
  if (!s) return undefined;
  const known = rulesByClinic.get(clinic);
  if (known) return known;
  const rules: BookingRules = {
    windows: s.windows,
    slotMinutes: s.slotMinutes,
    seats: s.seats,
    bookAheadDays: s.bookAheadDays,
    minNoticeMinutes: s.minNoticeMinutes,
    cancelCutoffMinutes: s.cancelCutoffMinutes,
    visitTypes: s.visitTypes.map((v) => ({ id: v.id, minutes: v.minutes })),
    closedDates: s.closedDates,
  };
  rulesByClinic.set(clinic, rules);
  return rules;
}

export function withRules(found: BookingClinic | undefined): ClinicWithRules | undefined {
  const rules = found && rulesOf(found.clinic);
  return found && rules ? { ...found, rules } : undefined;
}

export async function bookingClinic(loadQuery: LoadQuery, id: string): Promise<ClinicWithRules | undefined> {
  return withRules((await loadQuery("bookingClinics")).find((c) => c.clinic._id === id));
}
