/**
 * Occurrences of an activity from its start date and recurrence rule, as Stockholm calendar
 * dates. Supports the rules the Studio writes: weekly (every or every other week, on one or
 * more weekdays), monthly by weekday (`BYDAY=1SA`, `BYDAY=-1FR`), with UNTIL or COUNT, and
 * cancelled dates (EXDATE). A pure function: the caller passes "today".
 */
import { addDays, DAYS, dayOf, daysBetween, type DayCode } from "../dates.ts";

export interface Recurring {
  startDate: string;
  rrule?: string | undefined;
  exdates?: readonly string[] | undefined;
}

export interface Occurrence {
  date: string;
  cancelled: boolean;
}

export interface Rule {
  freq: "WEEKLY" | "MONTHLY";
  interval: number;
  byDay: { day: DayCode; nth: number }[];
  until?: string;
  count?: number;
}

const RRULE_DAYS: Record<string, DayCode> = { MO: "mon", TU: "tue", WE: "wed", TH: "thu", FR: "fri", SA: "sat", SU: "sun" };

/** `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270610` → a rule; undefined for anything else. */
export function parseRule(rrule: string): Rule | undefined {
  const fields = new Map(
    rrule.split(";").map((part) => {
      const [k = "", v = ""] = part.split("=");
      return [k.toUpperCase(), v.toUpperCase()];
    }),
  );
  const freq = fields.get("FREQ");
  if (freq !== "WEEKLY" && freq !== "MONTHLY") return undefined;
  const interval = Number(fields.get("INTERVAL") ?? "1");
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const byDay: Rule["byDay"] = [];
  for (const token of (fields.get("BYDAY") ?? "").split(",").filter(Boolean)) {
    const match = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
    const day = match?.[2] ? RRULE_DAYS[match[2]] : undefined;
    if (!match || !day) return undefined;
    byDay.push({ day, nth: match[1] ? Number(match[1]) : 0 });
  }
  const untilRaw = fields.get("UNTIL");
  const until = untilRaw ? `${untilRaw.slice(0, 4)}-${untilRaw.slice(4, 6)}-${untilRaw.slice(6, 8)}` : undefined;
  const countRaw = fields.get("COUNT");
  return {
    freq,
    interval,
    byDay,
    ...(until ? { until } : {}),
    ...(countRaw ? { count: Number(countRaw) } : {}),
  };
}

function monthlyDate(year: number, month: number, day: DayCode, nth: number): string | undefined {
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const matches: string[] = [];
  for (let i = 0; i < daysInMonth; i++) {
    const date = addDays(first, i);
    if (dayOf(date) === day) matches.push(date);
  }
  return nth > 0 ? matches[nth - 1] : matches[matches.length + nth];
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 1970-01-01 was a Thursday: Monday = 0. */
const weekdayOf = (day: number) => (day + 3) % 7;

/**
 * The dates of a rule from the start date, in order, up to `limitDate` (inclusive). Weeks
 * before `fromDate` are skipped where no COUNT makes them matter.
 */
function* ruleDates(startDate: string, rule: Rule, fromDate: string, limitDate: string): Generator<string> {
  const end = rule.until && rule.until < limitDate ? rule.until : limitDate;
  let produced = 0;
  const within = (date: string) => date >= startDate && date <= end && (rule.count === undefined || produced < rule.count);
  if (rule.freq === "WEEKLY") {
    const start = dayNumber(startDate);
    const endDay = dayNumber(end);
    const weekdays = new Set((rule.byDay.length > 0 ? rule.byDay.map((d) => d.day) : [dayOf(startDate)]).map((d) => DAYS.indexOf(d)));
    // Weeks run Monday to Sunday; INTERVAL counts weeks from the week of the start date.
    const firstMonday = start - weekdayOf(start);
    const period = 7 * rule.interval;
    let week = 0;
    if (rule.count === undefined) week = Math.max(0, Math.floor((dayNumber(fromDate) - firstMonday) / period));
    for (let monday = firstMonday + week * period; monday <= endDay; monday += period) {
      for (let offset = 0; offset < 7; offset++) {
        if (!weekdays.has(offset)) continue;
        const date = dateOfDay(monday + offset);
        if (!within(date)) continue;
        produced++;
        yield date;
      }
    }
  } else {
    let year = Number(startDate.slice(0, 4));
    let month = Number(startDate.slice(5, 7));
    const byDay = rule.byDay.length > 0 ? rule.byDay : [{ day: dayOf(startDate), nth: Math.ceil(Number(startDate.slice(8, 10)) / 7) }];
    while (`${year}-${String(month).padStart(2, "0")}-01` <= end) {
      const dates = byDay
        .map((d) => monthlyDate(year, month, d.day, d.nth || 1))
        .filter((d): d is string => d !== undefined)
        .sort();
      for (const date of dates) {
        if (!within(date)) continue;
        produced++;
        yield date;
      }
      month += rule.interval;
      while (month > 12) {
        month -= 12;
        year++;
      }
    }
  }
}

/**
 * The next `limit` occurrences on or after `from`, at most `horizonDays` ahead, with cancelled
 * dates marked rather than dropped, so that the page can say "cancelled".
 */
export function nextOccurrences(activity: Recurring, from: string, limit: number, horizonDays = 366): Occurrence[] {
  const exdates = new Set(activity.exdates ?? []);
  const out: Occurrence[] = [];
  for (const date of datesOf(activity, from, horizonDays)) {
    if (date < from) continue;
    if (daysBetween(from, date) > horizonDays) break;
    out.push({ date, cancelled: exdates.has(date) });
    if (out.length >= limit) break;
  }
  return out;
}

/** The first occurrence on or after `from` that is not cancelled. */
export function nextOccurrence(activity: Recurring, from: string, horizonDays = 366): string | undefined {
  const exdates = new Set(activity.exdates ?? []);
  for (const date of datesOf(activity, from, horizonDays)) {
    if (date >= from && !exdates.has(date)) return date;
  }
  return undefined;
}

function datesOf(activity: Recurring, from: string, horizonDays: number): Iterable<string> {
  const rule = activity.rrule ? parseRule(activity.rrule) : undefined;
  return rule ? ruleDates(activity.startDate, rule, from, addDays(from, horizonDays)) : [activity.startDate];
}

/** What is wrong with a rule, in Swedish for the Studio and the content check: unreadable, without an end, or ending beyond a year. */
export function ruleProblem(startDate: string, rrule: string): string | undefined {
  const rule = parseRule(rrule);
  if (!rule) return "upprepningen går inte att läsa: använd FREQ=WEEKLY eller FREQ=MONTHLY med BYDAY och UNTIL";
  if (!rule.until && rule.count === undefined) return "en upprepning behöver ett slutdatum (UNTIL), högst ett år efter första datum";
  if (rule.until && (rule.until < startDate || daysBetween(startDate, rule.until) > 366)) return "slutdatumet ska vara efter första datum och högst ett år senare";
  return undefined;
}

/** Cancelled dates that are not dates of the series (nothing to say while the rule itself is unreadable). */
export function exdatesProblem(activity: Recurring): string | undefined {
  const exdates = activity.exdates ?? [];
  if (exdates.length === 0) return undefined;
  if (!activity.rrule) return "inställda datum finns bara för aktiviteter som upprepas";
  if (!parseRule(activity.rrule)) return undefined;
  const dates = new Set(nextOccurrences({ startDate: activity.startDate, rrule: activity.rrule }, activity.startDate, 400, 366).map((o) => o.date));
  const stray = exdates.find((d) => !dates.has(d));
  return stray ? `${stray} är inte ett av aktivitetens datum` : undefined;
}

/** The first thing wrong with an activity's recurrence, if anything. */
export function recurrenceProblem(activity: Recurring): string | undefined {
  return (activity.rrule ? ruleProblem(activity.startDate, activity.rrule) : undefined) ?? exdatesProblem(activity);
}
