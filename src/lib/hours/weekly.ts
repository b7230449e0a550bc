/** Weekly opening hours as a table a reader scans: one row a day, evening windows marked. */
import { DAYS, type DayCode } from "../dates.ts";
import { minutesOf } from "../content/rules.ts";

export interface Window {
  day: DayCode;
  opens: string;
  closes: string;
}

/** A window that stays open past 17:00 reaches into the evening: `Tue 16:00–19:00`, `Thu 08:00–19:00`. */
export const EVENING_STARTS = 16 * 60;

export function isEvening(window: Pick<Window, "closes">): boolean {
  return minutesOf(window.closes) > EVENING_STARTS + 60;
}

export interface DayRow {
  day: DayCode;
  windows: (Window & { evening: boolean })[];
}

export function weeklyRows(windows: readonly Window[]): DayRow[] {
  return DAYS.map((day) => ({
    day,
    windows: windows
      .filter((w) => w.day === day)
      .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))
      .map((w) => ({ ...w, evening: isEvening(w) })),
  }));
}
