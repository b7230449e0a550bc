/**
 * Swedish public holidays (allmänna helgdagar) and the eves that offices close on, for any
 * year. Dates as `YYYY-MM-DD`.
 */
import { addDays, dayOf } from "../dates.ts";

/** Easter Sunday (Gregorian computus, Anonymous algorithm). 2027 → `2027-03-28`. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first date on or after `from` that falls on `day`. */
function firstOnOrAfter(from: string, day: ReturnType<typeof dayOf>): string {
  let date = from;
  while (dayOf(date) !== day) date = addDays(date, 1);
  return date;
}

export type HolidayId =
  | "newYear"
  | "epiphany"
  | "goodFriday"
  | "easterSunday"
  | "easterMonday"
  | "mayDay"
  | "ascension"
  | "whitsun"
  | "nationalDay"
  | "midsummerEve"
  | "midsummerDay"
  | "allSaints"
  | "christmasEve"
  | "christmasDay"
  | "boxingDay"
  | "newYearsEve";

/** Every day a municipal office is closed for a holiday in `year`, by date. */
export function holidays(year: number): Map<string, HolidayId> {
  const easter = easterSunday(year);
  const y = String(year);
  const midsummerEve = firstOnOrAfter(`${y}-06-19`, "fri");
  const entries: [string, HolidayId][] = [
    [`${y}-01-01`, "newYear"],
    [`${y}-01-06`, "epiphany"],
    [addDays(easter, -2), "goodFriday"],
    [easter, "easterSunday"],
    [addDays(easter, 1), "easterMonday"],
    [`${y}-05-01`, "mayDay"],
    [addDays(easter, 39), "ascension"],
    [addDays(easter, 49), "whitsun"],
    [`${y}-06-06`, "nationalDay"],
    [midsummerEve, "midsummerEve"],
    [addDays(midsummerEve, 1), "midsummerDay"],
    [firstOnOrAfter(`${y}-10-31`, "sat"), "allSaints"],
    [`${y}-12-24`, "christmasEve"],
    [`${y}-12-25`, "christmasDay"],
    [`${y}-12-26`, "boxingDay"],
    [`${y}-12-31`, "newYearsEve"],
  ];
  return new Map(entries);
}

const cache = new Map<number, Map<string, HolidayId>>();

/** The holiday on `date`, if any. */
export function holidayOn(date: string): HolidayId | undefined {
  const year = Number(date.slice(0, 4));
  let map = cache.get(year);
  if (!map) {
    map = holidays(year);
    cache.set(year, map);
  }
  return map.get(date);
}
