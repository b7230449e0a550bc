/**
 * The steps of the booking form, from the query string: clinic → visit type → day → time →
 * details. Each choice is checked against the clinic's schedule and the free seats; a choice
 * that no longer holds (a time taken meanwhile) sends the visitor back one step, not to an error.
 */
import { addDays, stockholmNow } from "../dates.ts";
import type { Queryable } from "../db/index.ts";
import { seatsTaken } from "./seats.ts";
import { bookingClinics, rulesOf, type BookingClinic } from "./service.ts";
import { availableSlots, type BookingRules, type Slot } from "./slots.ts";

export type Step = "clinic" | "type" | "day" | "time" | "details";

export interface Flow {
  step: Step;
  clinics: BookingClinic[];
  clinic?: BookingClinic & { rules: BookingRules };
  visitType?: NonNullable<BookingClinic["clinic"]["bookingSchedule"]>["visitTypes"][number] | undefined;
  /** Days with at least one free start for the visit type, in order. */
  days: string[];
  date?: string;
  times: Slot[];
  slot?: Slot | undefined;
}

/** Every free start for a visit type over the clinic's booking window. */
export async function freeSlots(db: Queryable, clinic: BookingClinic & { rules: BookingRules }, visitType: string, now: Date): Promise<Slot[]> {
  const today = stockholmNow(now).date;
  const last = addDays(today, clinic.rules.bookAheadDays);
  const booked = await seatsTaken(db, clinic.clinic._id, `${today}T00:00`, `${addDays(last, 1)}T23:59`);
  return availableSlots(clinic.rules, visitType, today, last, booked, now);
}

export async function loadFlow(db: Queryable, params: URLSearchParams, now: Date): Promise<Flow> {
  const clinics = await bookingClinics();
  const flow: Flow = { step: "clinic", clinics, days: [], times: [] };
  const found = clinics.find((c) => c.clinic._id === params.get("clinic"));
  const rules = found && rulesOf(found.clinic);
  if (!found || !rules) return flow;
  flow.clinic = { ...found, rules };
  flow.step = "type";
  flow.visitType = found.clinic.bookingSchedule?.visitTypes.find((v) => v.id === params.get("type"));
  if (!flow.visitType) return flow;
  flow.step = "day";
  const slots = await freeSlots(db, flow.clinic, flow.visitType.id, now);
  flow.days = [...new Set(slots.map((s) => s.date))];
  const date = params.get("date");
  if (!date || !flow.days.includes(date)) return flow;
  flow.date = date;
  flow.step = "time";
  flow.times = slots.filter((s) => s.date === date);
  flow.slot = flow.times.find((s) => s.time === params.get("time"));
  if (flow.slot) flow.step = "details";
  return flow;
}

/** The query string of the flow up to a step: for "Change" links and the next choice. */
export function flowQuery(parts: { clinic?: string | undefined; type?: string | undefined; date?: string | undefined; time?: string | undefined }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parts)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `?${query}` : "";
}
