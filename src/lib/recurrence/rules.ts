/**
 * "How often" in plain words — once, every week on some days, every other week, monthly on the
 * same weekday, until a date — and the RRULE it stands for, both ways. The proposal form and
 * the Studio's recurrence input both write rules through here.
 */
import { DAYS, dayOf } from "../dates.ts";
import { parseRule } from "./occurrences.ts";

export const REPEATS = ["once", "weekly", "biweekly", "monthly"] as const;
/** RRULE weekday codes, Monday first (in the order of `DAYS`). */
export const RRULE_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof RRULE_WEEKDAYS)[number];

export interface RepeatChoice {
  repeat: (typeof REPEATS)[number];
  days: Weekday[];
  until?: string | undefined;
}

const weekdayOf = (date: string): Weekday => RRULE_WEEKDAYS[DAYS.indexOf(dayOf(date))] ?? "MO";

/** The choices a stored rule stands for (a rule they cannot express reads as weekly, and is kept as typed). */
export function readChoice(rrule: string | undefined, startDate: string | undefined): RepeatChoice {
  const rule = rrule ? parseRule(rrule) : undefined;
  if (!rule) return { repeat: "once", days: startDate ? [weekdayOf(startDate)] : [] };
  const days = rule.byDay.map((d) => RRULE_WEEKDAYS[DAYS.indexOf(d.day)]).filter((d): d is Weekday => d !== undefined);
  if (rule.freq === "MONTHLY") return { repeat: "monthly", days, until: rule.until };
  return { repeat: rule.interval === 2 ? "biweekly" : "weekly", days, until: rule.until };
}

/** The RRULE for the choices; undefined for "once". Monthly takes the weekday and its week of the first date. */
export function buildRule(choice: RepeatChoice, startDate: string | undefined): string | undefined {
  if (choice.repeat === "once") return undefined;
  const until = choice.until ? `;UNTIL=${choice.until.replace(/-/g, "")}` : "";
  if (choice.repeat === "monthly") {
    if (!startDate) return undefined;
    return `FREQ=MONTHLY;BYDAY=${String(Math.ceil(Number(startDate.slice(8, 10)) / 7))}${weekdayOf(startDate)}${until}`;
  }
  const days = choice.days.length > 0 ? choice.days : startDate ? [weekdayOf(startDate)] : [];
  return `FREQ=WEEKLY;${choice.repeat === "biweekly" ? "INTERVAL=2;" : ""}BYDAY=${RRULE_WEEKDAYS.filter((code) => days.includes(code)).join(",")}${until}`;
}
