/**
 * Opening status of a place at an instant, in Europe/Stockholm: weekly hours, changed or
 * closed days from the CMS, and Swedish public holidays (closed). A pure function of
 * (schedule, now): the caller reads the clock once per request.
 */
import { minutesOf } from "../content/rules.ts";
import { addDays, dayOf, daysBetween, stockholmNow } from "../dates.ts";
import { holidayOn, type HolidayId } from "./holidays.ts";
import { EVENING_STARTS, isEvening } from "./weekly.ts";

/** An activity's status for the directory: on now, later today, or its next date. */
export type ActivityStatus =
  | { code: "ACTIVITY_NOW"; ends: string }
  | { code: "ACTIVITY_TODAY"; starts: string; ends: string }
  | { code: "ACTIVITY_NEXT"; date: string; starts: string; ends: string };

export interface Schedule {
  openingHours: readonly { day: string; opens: string; closes: string }[];
  hoursExceptions?: readonly { date: string; closed: boolean; opens?: string | undefined; closes?: string | undefined }[] | undefined;
}

export interface Window {
  opens: string;
  closes: string;
}

export type ClosedReason = { kind: "holiday"; holiday: HolidayId } | { kind: "exception" } | { kind: "none" };

/** The windows a place is open on a date, and why it is closed if it is. */
export function windowsOn(schedule: Schedule, date: string): { windows: Window[]; closed: ClosedReason } {
  const exception = schedule.hoursExceptions?.find((e) => e.date === date);
  if (exception) {
    if (exception.closed || !exception.opens || !exception.closes) return { windows: [], closed: { kind: "exception" } };
    return { windows: [{ opens: exception.opens, closes: exception.closes }], closed: { kind: "none" } };
  }
  const holiday = holidayOn(date);
  if (holiday) return { windows: [], closed: { kind: "holiday", holiday } };
  const day = dayOf(date);
  const windows = schedule.openingHours
    .filter((w) => w.day === day)
    .map((w) => ({ opens: w.opens, closes: w.closes }))
    .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
  return { windows, closed: { kind: "none" } };
}

export interface NextOpening {
  date: string;
  /** 0 today, 1 tomorrow, … */
  inDays: number;
  opens: string;
  closes: string;
}

export type OpeningStatus =
  | { code: "OPEN"; closes: string; evening: boolean }
  | { code: "OPENS_THIS_EVENING"; opens: string; closes: string }
  | { code: "OPENS_LATER_TODAY"; opens: string; closes: string }
  | { code: "CLOSED_TODAY"; reason: ClosedReason; next?: NextOpening }
  | { code: "CLOSED_NOW"; next?: NextOpening };

/** The next window that opens after `minutes` on `date`, looking two weeks ahead. */
export function nextOpening(schedule: Schedule, date: string, minutes: number): NextOpening | undefined {
  for (let i = 0; i <= 14; i++) {
    const day = addDays(date, i);
    const window = windowsOn(schedule, day).windows.find((w) => i > 0 || minutesOf(w.opens) > minutes);
    if (window) return { date: day, inDays: daysBetween(date, day), ...window };
  }
  return undefined;
}

export function openingStatus(schedule: Schedule, now: Date): OpeningStatus {
  const { date, minutes } = stockholmNow(now);
  const today = windowsOn(schedule, date);
  const current = today.windows.find((w) => minutesOf(w.opens) <= minutes && minutes < minutesOf(w.closes));
  if (current) return { code: "OPEN", closes: current.closes, evening: isEvening(current) };
  const later = today.windows.find((w) => minutesOf(w.opens) > minutes);
  if (later) {
    return minutesOf(later.opens) >= EVENING_STARTS
      ? { code: "OPENS_THIS_EVENING", ...later }
      : { code: "OPENS_LATER_TODAY", ...later };
  }
  const next = nextOpening(schedule, date, minutes);
  if (today.windows.length === 0) return { code: "CLOSED_TODAY", reason: today.closed, ...(next ? { next } : {}) };
  return { code: "CLOSED_NOW", ...(next ? { next } : {}) };
}

/** Open at some time from now until midnight, after 16:00 ("open this evening"). */
export function openThisEvening(schedule: Schedule, now: Date): boolean {
  const { date, minutes } = stockholmNow(now);
  const from = Math.max(minutes, EVENING_STARTS);
  return windowsOn(schedule, date).windows.some((w) => minutesOf(w.closes) > from);
}

export function openNow(schedule: Schedule, now: Date): boolean {
  return openingStatus(schedule, now).code === "OPEN";
}
