/**
 * The steps of the booking form: clinic → visit type → day → time → details, from the choices
 * made so far (carried in a sealed step token: `step-token.ts`). Each choice is checked against
 * the clinic's schedule and the free seats; a choice that no longer holds (a time taken
 * meanwhile) sends the visitor back one step, not to an error.
 */
import { text } from "../content/localize.ts";
import { addDays, dayOf, formatDate, stockholmNow } from "../dates.ts";
import { formatDuration, formatList } from "../i18n/format.ts";
import type { Translate } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Queryable } from "../db/index.ts";
import { seatsTaken } from "./seats.ts";
import { withRules, type BookingClinic, type ClinicWithRules } from "./clinics.ts";
import { availableSlots, checkChange, type BookedSeats, type BookingRules, type Slot } from "./slots.ts";
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
  /** At the first step: each clinic's next free time and today's state, by clinic id. */
  outlooks?: Map<string, ClinicOutlook>;
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
  if (!clinic) {
    flow.outlooks = await clinicOutlooks(db, clinics, now);
    return flow;
  }
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

/**
 * A clinic at the first step: its next free time for any visit type, and why today cannot be
 * booked when it cannot (`tooSoon`: the remaining times are within the minimum notice; `full`:
 * every time after the notice is taken). `none` when today has no booking hours (or they are over).
 */
export interface ClinicOutlook {
  next?: Slot | undefined;
  today: "free" | "tooSoon" | "full" | "none";
  /** The minimum notice, in minutes (for "book at least … before"). */
  noticeMinutes: number;
  /** When it was worked out. */
  now: Date;
}

export function clinicOutlook(rules: BookingRules, booked: BookedSeats, now: Date): ClinicOutlook {
  const today = stockholmNow(now).date;
  const slots = (from: string, to: string, seats: BookedSeats, at: Date) => rules.visitTypes.flatMap((v) => availableSlots(rules, v.id, from, to, seats, at));
  const free = slots(today, addDays(today, rules.bookAheadDays), booked, now).sort((a, b) => a.start.localeCompare(b.start));
  const next = free[0];
  const base = { next, noticeMinutes: rules.minNoticeMinutes, now };
  if (next?.date === today) return { ...base, today: "free" };
  // Today as if no one had booked: with the notice, and without it (seen from the notice's length
  // ago, the notice ends now), to tell "full" from "too soon" from "no hours left today".
  const empty: BookedSeats = new Map();
  if (slots(today, today, empty, now).length > 0) return { ...base, today: "full" };
  const laterToday = slots(today, today, empty, new Date(now.getTime() - rules.minNoticeMinutes * 60_000)).some((s) => s.start > now.toISOString());
  return { ...base, today: laterToday ? "tooSoon" : "none" };
}

/** Each clinic's outlook, one query for its seats. */
export async function clinicOutlooks(db: Queryable, clinics: BookingClinic[], now: Date): Promise<Map<string, ClinicOutlook>> {
  const today = stockholmNow(now).date;
  const out = new Map<string, ClinicOutlook>();
  for (const found of clinics) {
    const clinic = withRules(found);
    if (!clinic) continue;
    const booked = await seatsTaken(db, clinic.clinic._id, `${today}T00:00`, `${addDays(today, clinic.rules.bookAheadDays + 1)}T23:59`);
    out.set(clinic.clinic._id, clinicOutlook(clinic.rules, booked, now));
  }
  return out;
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

/** Why today cannot be booked at a clinic, and what to do instead: its phone and today's drop-in hours. */
export interface TodayNote {
  text: string;
  phone: string;
  dropIn?: string | undefined;
}

function todayNote(c: BookingClinic, outlook: ClinicOutlook | undefined, locale: Locale, t: Translate): TodayNote | undefined {
  if (!outlook || (outlook.today !== "tooSoon" && outlook.today !== "full")) return undefined;
  const reason = outlook.today === "full" ? t("book.todayFull") : t("book.todayTooSoon", { notice: formatDuration(outlook.noticeMinutes, locale) });
  const { date, time } = stockholmNow(outlook.now);
  const dropIn = (c.clinic.dropInHours ?? []).filter((h) => h.day === dayOf(date) && h.closes > time);
  return {
    text: reason,
    phone: c.clinic.phone,
    dropIn: dropIn.length > 0 ? t("book.dropInToday", { hours: formatList(dropIn.map((h) => t("activity.time", { start: h.opens, end: h.closes })), locale) }) : undefined,
  };
}

/** A step's choice: its link (the choices sealed), its words, and for a clinic why today cannot be booked. */
export interface Choice {
  href: string;
  label: string;
  hint?: string | string[];
  value: string;
  note?: TodayNote | undefined;
}

/** The links of the current step: each one the query string of the next. */
export function flowChoices(flow: Flow, link: StepLink, locale: Locale, t: Translate): Choice[] {
  const clinic = flow.clinic?.clinic._id;
  const type = flow.visitType?.id;
  switch (flow.step) {
    case "clinic":
      return flow.clinics.map((c) => {
        const next = flow.outlooks?.get(c.clinic._id)?.next;
        const free = next ? t("book.nextFree", { when: `${formatDate(next.date, locale)} ${next.time}` }) : t("book.noFree");
        return { href: link({ clinic: c.clinic._id }), label: text(c.clinic.name, locale), hint: [text(c.area.name, locale), free], value: c.clinic._id, note: todayNote(c, flow.outlooks?.get(c.clinic._id), locale, t) };
      });
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
