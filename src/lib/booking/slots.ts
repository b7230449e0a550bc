/**
 * The slot engine: which visit start times a clinic offers, and whether one can be booked,
 * as a pure function of (schedule, seats already booked, now). No database, no clock.
 *
 * Worked example: Tue 16:00–19:00, 20-minute slots, 2 seats → 9 slots × 2 = 18 places.
 * A 40-minute visit takes two slots in a row, so it can start at 8 of them (not 18:40).
 */
import { minutesOf } from "../content/rules.ts";
import { addDays, dayOf, daysBetween, stockholmInstant, stockholmNow } from "../dates.ts";
import { holidayOn } from "../hours/holidays.ts";

export interface BookingRules {
  windows: readonly { day: string; start: string; end: string }[];
  slotMinutes: number;
  seats: number;
  bookAheadDays: number;
  minNoticeMinutes: number;
  cancelCutoffMinutes: number;
  visitTypes: readonly { id: string; minutes: number }[];
  closedDates?: readonly string[] | undefined;
}

/** Seats taken per slot, keyed by the slot's Stockholm start: `2026-11-24T16:20`. */
export type BookedSeats = ReadonlyMap<string, number>;

export interface Slot {
  /** Stockholm wall-clock start, `2026-11-24T16:20`, the key of the slot. */
  key: string;
  date: string;
  time: string;
  /** The instant, ISO 8601 in UTC. */
  start: string;
  end: string;
  seatsLeft: number;
}

export type BookingRejection =
  | "UNKNOWN_VISIT_TYPE"
  | "NOT_A_SLOT"
  | "CLOSED"
  | "IN_THE_PAST"
  | "TOO_SOON"
  | "TOO_FAR_AHEAD"
  | "SLOT_FULL";

const pad = (n: number) => String(n).padStart(2, "0");
const timeOf = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Whether the clinic takes bookings on a date at all: not a public holiday, not a closed date. */
export function openForBooking(rules: BookingRules, date: string): boolean {
  return holidayOn(date) === undefined && !(rules.closedDates ?? []).includes(date);
}

/** How many slots a visit type takes: a 40-minute visit on a 20-minute grid takes 2. */
function slotsNeeded(rules: BookingRules, visitMinutes: number): number {
  return Math.max(1, Math.ceil(visitMinutes / rules.slotMinutes));
}

/** Every slot start on a date, before rules about notice and booked seats. */
function gridOn(rules: BookingRules, date: string): { time: string; minutes: number; windowEnd: number }[] {
  const day = dayOf(date);
  return rules.windows
    .filter((w) => w.day === day)
    .flatMap((w) => {
      const out: { time: string; minutes: number; windowEnd: number }[] = [];
      const end = minutesOf(w.end);
      for (let m = minutesOf(w.start); m + rules.slotMinutes <= end; m += rules.slotMinutes) out.push({ time: timeOf(m), minutes: m, windowEnd: end });
      return out;
    });
}

/** The places a schedule offers on a date (slots × seats), and how many of them start from 17:00: for the follow-up. */
export function offeredSeats(rules: BookingRules, date: string): { total: number; evening: number } {
  if (!openForBooking(rules, date)) return { total: 0, evening: 0 };
  const grid = gridOn(rules, date);
  return { total: grid.length * rules.seats, evening: grid.filter((g) => g.minutes >= 17 * 60).length * rules.seats };
}

/** A possible start of a visit type on a date, before notice and seats: all that depends on the schedule alone. */
interface Start {
  key: string;
  date: string;
  time: string;
  startMs: number;
  start: string;
  end: string;
  /** The slot keys the visit takes a seat in. */
  covered: string[];
}

/**
 * The starts per schedule, visit type and date, worked out once: the same few hundred are asked
 * for on every request, and time-zone arithmetic is the costly part. A changed schedule is a new
 * rules object (see rulesOf), so it never meets old entries.
 */
const startsCache = new WeakMap<BookingRules, Map<string, Start[]>>();

function startsOn(rules: BookingRules, visit: { id: string; minutes: number }, date: string): Start[] {
  let byDay = startsCache.get(rules);
  if (!byDay) {
    byDay = new Map();
    startsCache.set(rules, byDay);
  }
  const cacheKey = `${visit.id}\u0000${date}`;
  let starts = byDay.get(cacheKey);
  if (starts) return starts;
  starts = [];
  if (openForBooking(rules, date)) {
    const needed = slotsNeeded(rules, visit.minutes);
    for (const { time, minutes, windowEnd } of gridOn(rules, date)) {
      if (minutes + visit.minutes > windowEnd) continue;
      const startMs = stockholmInstant(date, time).getTime();
      starts.push({
        key: `${date}T${time}`,
        date,
        time,
        startMs,
        start: new Date(startMs).toISOString(),
        end: new Date(startMs + visit.minutes * 60_000).toISOString(),
        covered: Array.from({ length: needed }, (_, i) => `${date}T${timeOf(minutes + i * rules.slotMinutes)}`),
      });
    }
  }
  if (byDay.size >= 5000) byDay.clear();
  byDay.set(cacheKey, starts);
  return starts;
}

/**
 * The bookable starts for a visit type from `from` to `to` (Stockholm dates, inclusive), with
 * the seats left at each: the fewest free seats over the slots the visit covers.
 */
export function availableSlots(rules: BookingRules, visitTypeId: string, from: string, to: string, booked: BookedSeats, now: Date): Slot[] {
  const visit = rules.visitTypes.find((v) => v.id === visitTypeId);
  if (!visit) return [];
  const today = stockholmNow(now).date;
  const last = addDays(today, rules.bookAheadDays);
  const earliest = now.getTime() + rules.minNoticeMinutes * 60_000;
  const out: Slot[] = [];
  for (let date = from < today ? today : from; date <= to && date <= last; date = addDays(date, 1)) {
    for (const s of startsOn(rules, visit, date)) {
      if (s.startMs < earliest) continue;
      let seatsLeft = rules.seats;
      for (const key of s.covered) seatsLeft = Math.min(seatsLeft, rules.seats - (booked.get(key) ?? 0));
      if (seatsLeft <= 0) continue;
      out.push({ key: s.key, date: s.date, time: s.time, start: s.start, end: s.end, seatsLeft });
    }
  }
  return out;
}

/** The slot keys a visit starting at `key` covers: what a booking takes a seat in. */
export function coveredSlots(rules: BookingRules, visitTypeId: string, key: string): string[] {
  const visit = rules.visitTypes.find((v) => v.id === visitTypeId);
  if (!visit) return [];
  const [date = "", time = "00:00"] = key.split("T");
  return Array.from({ length: slotsNeeded(rules, visit.minutes) }, (_, i) => `${date}T${timeOf(minutesOf(time) + i * rules.slotMinutes)}`);
}

/** Can a visit start at this instant? `undefined` when it can, otherwise the reason why not. */
export function checkStart(rules: BookingRules, visitTypeId: string, start: Date, booked: BookedSeats, now: Date): { ok: true; slot: Slot } | { ok: false; reason: BookingRejection } {
  const visit = rules.visitTypes.find((v) => v.id === visitTypeId);
  if (!visit) return { ok: false, reason: "UNKNOWN_VISIT_TYPE" };
  if (Number.isNaN(start.getTime())) return { ok: false, reason: "NOT_A_SLOT" };
  const { date, time } = stockholmNow(start);
  const onGrid = gridOn(rules, date).some((g) => g.time === time && minutesOf(time) + visit.minutes <= g.windowEnd);
  if (!onGrid || stockholmInstant(date, time).getTime() !== start.getTime()) return { ok: false, reason: "NOT_A_SLOT" };
  if (!openForBooking(rules, date)) return { ok: false, reason: "CLOSED" };
  if (start.getTime() <= now.getTime()) return { ok: false, reason: "IN_THE_PAST" };
  if (start.getTime() < now.getTime() + rules.minNoticeMinutes * 60_000) return { ok: false, reason: "TOO_SOON" };
  if (daysBetween(stockholmNow(now).date, date) > rules.bookAheadDays) return { ok: false, reason: "TOO_FAR_AHEAD" };
  const slot = availableSlots(rules, visitTypeId, date, date, booked, now).find((s) => s.time === time);
  return slot ? { ok: true, slot } : { ok: false, reason: "SLOT_FULL" };
}

/** Cancelling or moving is allowed until the cut-off before the visit. */
export function checkChange(rules: BookingRules, start: Date, now: Date): { ok: true } | { ok: false; reason: "CANCELLATION_TOO_LATE" } {
  return start.getTime() - now.getTime() >= rules.cancelCutoffMinutes * 60_000 ? { ok: true } : { ok: false, reason: "CANCELLATION_TOO_LATE" };
}
