/**
 * The Studio's recurrence choices and the RRULE they stand for, both ways. Pure, so that the
 * same words and rules can be tested without a Studio.
 */
import { parseRule } from "../../src/lib/activities/occurrences.ts";

export const WEEKDAYS_SV = [
  ["MO", "mån"],
  ["TU", "tis"],
  ["WE", "ons"],
  ["TH", "tor"],
  ["FR", "fre"],
  ["SA", "lör"],
  ["SU", "sön"],
] as const;
export type Weekday = (typeof WEEKDAYS_SV)[number][0];

export interface RepeatChoice {
  repeat: "once" | "weekly" | "biweekly" | "monthly";
  days: Weekday[];
  until?: string | undefined;
}

const CODES: Record<string, Weekday> = { mon: "MO", tue: "TU", wed: "WE", thu: "TH", fri: "FR", sat: "SA", sun: "SU" };
const dayOfDate = (date: string): Weekday => (["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const)[new Date(`${date}T12:00:00Z`).getUTCDay()] ?? "MO";

/** The choices a stored rule stands for (a rule they cannot express reads as weekly, and is kept as typed). */
export function readChoice(rrule: string | undefined, startDate: string | undefined): RepeatChoice {
  const rule = rrule ? parseRule(rrule) : undefined;
  if (!rule) return { repeat: "once", days: startDate ? [dayOfDate(startDate)] : [] };
  const days = rule.byDay.map((d) => CODES[d.day]).filter((d): d is Weekday => d !== undefined);
  const until = rule.until;
  if (rule.freq === "MONTHLY") return { repeat: "monthly", days, until };
  return { repeat: rule.interval === 2 ? "biweekly" : "weekly", days, until };
}

/** The RRULE for the choices; undefined for "once". Monthly takes the weekday and its week of the first date. */
export function buildRule(choice: RepeatChoice, startDate: string | undefined): string | undefined {
  if (choice.repeat === "once") return undefined;
  const until = choice.until ? `;UNTIL=${choice.until.replace(/-/g, "")}` : "";
  if (choice.repeat === "monthly") {
    if (!startDate) return undefined;
    return `FREQ=MONTHLY;BYDAY=${String(Math.ceil(Number(startDate.slice(8, 10)) / 7))}${dayOfDate(startDate)}${until}`;
  }
  const days = choice.days.length > 0 ? choice.days : startDate ? [dayOfDate(startDate)] : [];
  const ordered = WEEKDAYS_SV.map(([code]) => code).filter((code) => days.includes(code));
  return `FREQ=WEEKLY;${choice.repeat === "biweekly" ? "INTERVAL=2;" : ""}BYDAY=${ordered.join(",")}${until}`;
}
