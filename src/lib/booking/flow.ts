/**
 * The steps of the booking form: clinic → visit type → day → time → details, from the choices
 * made so far (carried in a sealed step token: `step-token.ts`). Each choice is checked against
 * the clinic's schedule and the free seats; a choice that no longer holds (a time taken
 * meanwhile) sends the visitor back one step, not to an error.
 */
import { text } from "../content/localize.ts";
import { addDays, formatDate, stockholmNow } from "../dates.ts";
import type { Translate } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Queryable } from "../db/index.ts";
import { seatsTaken } from "./seats.ts";
import { withRules, type BookingClinic, type ClinicWithRules } from "./clinics.ts";
import { availableSlots, checkChange, type Slot } from "./slots.ts";
import type { Booking } from "./store.ts";
import type { StepChoices } from "./step-token.ts";

/** The address of a step: the choices up to it, sealed (the page makes it). */
export type StepLink = (choices: StepChoices) => string;

export type Step = "clinic" | "type" | "day" | "time" | "details";

export interface Flow {
  step: Step;
  clinics: BookingClinic[];
  clinic?: ClinicWithRules;
  visitType?: NonNullable<BookingClinic["clinic"]["bookingSchedule"]>["visitTypes"][number] | undefined;
  /** Days with at least one free start for the visit type, in order. */
  days: string[];
  date?: string;
  times: Slot[];
  slot?: Slot | undefined;
}

/** The free starts for a visit type from `from` to `to` (Stockholm dates): one query for the seats, then the slot engine. */
export async function freeSlotsBetween(db: Queryable, clinic: ClinicWithRules, visitType: string, from: string, to: string, now: Date): Promise<Slot[]> {
  // Up to the day after `to`: a visit late in the evening may cover a slot past midnight.
  const booked = await seatsTaken(db, clinic.clinic._id, `${from}T00:00`, `${addDays(to, 1)}T23:59`);
  return availableSlots(clinic.rules, visitType, from, to, booked, now);
}

/** Every free start for a visit type over the clinic's booking window. */
export function freeSlots(db: Queryable, clinic: ClinicWithRules, visitType: string, now: Date): Promise<Slot[]> {
  const today = stockholmNow(now).date;
  return freeSlotsBetween(db, clinic, visitType, today, addDays(today, clinic.rules.bookAheadDays), now);
}

/** The step the choices have reached, each choice checked against the schedule and the free seats. */
export async function loadFlow(db: Queryable, clinics: BookingClinic[], choices: StepChoices, now: Date): Promise<Flow> {
  const flow: Flow = { step: "clinic", clinics, days: [], times: [] };
  const clinic = withRules(clinics.find((c) => c.clinic._id === choices.clinic));
  if (!clinic) return flow;
  flow.clinic = clinic;
  const found = clinic;
  flow.step = "type";
  flow.visitType = found.clinic.bookingSchedule?.visitTypes.find((v) => v.id === choices.type);
  if (!flow.visitType) return flow;
  flow.step = "day";
  const slots = await freeSlots(db, flow.clinic, flow.visitType.id, now);
  flow.days = [...new Set(slots.map((s) => s.date))];
  const date = choices.date;
  if (!date || !flow.days.includes(date)) return flow;
  flow.date = date;
  flow.step = "time";
  flow.times = slots.filter((s) => s.date === date);
  flow.slot = flow.times.find((s) => s.time === choices.time);
  if (flow.slot) flow.step = "details";
  return flow;
}

export type ChoiceStep = Exclude<Step, "details">;

/** The choices made so far, each with the link that goes back to change it. */
export function flowProgress(flow: Flow, link: StepLink, locale: Locale): { step: ChoiceStep; value: string; change: string }[] {
  const clinic = flow.clinic?.clinic._id;
  const out: { step: ChoiceStep; value: string; change: string }[] = [];
  if (flow.clinic) out.push({ step: "clinic", value: text(flow.clinic.clinic.name, locale), change: link({}) });
  if (flow.visitType) out.push({ step: "type", value: text(flow.visitType.name, locale), change: link({ clinic }) });
  if (flow.date) out.push({ step: "day", value: formatDate(flow.date, locale), change: link({ clinic, type: flow.visitType?.id }) });
  if (flow.slot) out.push({ step: "time", value: flow.slot.time, change: link({ clinic, type: flow.visitType?.id, date: flow.date }) });
  return out;
}

/** The links of the current step: each one the query string of the next. */
export function flowChoices(flow: Flow, link: StepLink, locale: Locale, t: Translate): { href: string; label: string; hint?: string; value: string }[] {
  const clinic = flow.clinic?.clinic._id;
  const type = flow.visitType?.id;
  switch (flow.step) {
    case "clinic":
      return flow.clinics.map((c) => ({ href: link({ clinic: c.clinic._id }), label: text(c.clinic.name, locale), hint: text(c.area.name, locale), value: c.clinic._id }));
    case "type":
      return (flow.clinic?.clinic.bookingSchedule?.visitTypes ?? []).map((v) => ({ href: link({ clinic, type: v.id }), label: text(v.name, locale), hint: t("book.length", { minutes: v.minutes }), value: v.id }));
    case "day":
      return flow.days.map((d) => ({ href: link({ clinic, type, date: d }), label: formatDate(d, locale), value: d }));
    case "time":
      return flow.times.map((s) => ({ href: link({ clinic, type, date: flow.date, time: s.time }), label: s.time, value: s.time }));
    case "details":
      return [];
  }
}

/** Whether the visitor may still change a booking, and if so the other free times, by day. */
export async function changeOptions(db: Queryable, booking: Booking, clinic: ClinicWithRules, now: Date): Promise<{ changeable: boolean; byDay: [string, Slot[]][] }> {
  const changeable = booking.status === "booked" && checkChange(clinic.rules, booking.start, now).ok;
  if (!changeable) return { changeable, byDay: [] };
  const others = (await freeSlots(db, clinic, booking.visitType, now)).filter((s) => s.start !== booking.start.toISOString());
  return { changeable, byDay: [...Map.groupBy(others, (s) => s.date)] };
}
