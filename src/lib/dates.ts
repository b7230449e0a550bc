/**
 * Calendar dates and wall-clock times in Europe/Stockholm, as plain values: a date is
 * `YYYY-MM-DD`, a time `HH:MM`. Date arithmetic runs on UTC midnight of the calendar date,
 * so daylight-saving changes never shift a date.
 */
export const TIME_ZONE = "Europe/Stockholm";

export const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type DayCode = (typeof DAYS)[number];

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * Stockholm's offset from UTC in milliseconds at an instant. The offset only changes on a
 * whole UTC hour, so it is looked up once per hour and remembered: the slot engine asks for
 * thousands of instants a request, and `Intl` is slow.
 */
const offsets = new Map<number, number>();
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const p = Object.fromEntries(parts.formatToParts(new Date(hour * 3_600_000)).map((x) => [x.type, Number(x.value)]));
    offset = Date.UTC(p["year"] ?? 0, (p["month"] ?? 1) - 1, p["day"], p["hour"], p["minute"]) - hour * 3_600_000;
    if (offsets.size >= 50_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

const two = (n: number) => (n < 10 ? `0${String(n)}` : String(n));

/** The Stockholm calendar date and wall time of an instant. */
export function stockholmNow(instant: Date): { date: string; time: string; minutes: number } {
  const ms = instant.getTime();
  const wall = new Date(ms + offsetAt(ms));
  const hours = wall.getUTCHours();
  const minutes = wall.getUTCMinutes();
  return {
    date: `${String(wall.getUTCFullYear())}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}`,
    time: `${two(hours)}:${two(minutes)}`,
    minutes: hours * 60 + minutes,
  };
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `mon` … `sun` of a calendar date. */
export function dayOf(date: string): DayCode {
  return DAYS[(toUtc(date).getUTCDay() + 6) % 7] ?? "mon";
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** A date in the reader's language: `tisdag 24 november`. */
export function formatDate(date: string, locale: string, withYear = false): string {
  // Building a formatter costs far more than using one: keep one per locale and style.
  const key = `${locale}/${String(withYear)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      weekday: "long",
      day: "numeric",
      month: "long",
      ...(withYear ? { year: "numeric" } : {}),
    });
    formatters.set(key, format);
  }
  return format.format(toUtc(date));
}
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The instant of a Stockholm wall time. `2026-11-24 17:00` → 16:00 UTC (winter time);
 * `2026-06-02 17:00` → 15:00 UTC (summer time). A time skipped by the spring change resolves
 * to the instant an hour later, as clocks do.
 */
export function stockholmInstant(date: string, time: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  let guess = wall;
  // Two rounds settle the offset, also on the days the offset changes.
  for (let i = 0; i < 2; i++) {
    const seen = stockholmNow(new Date(guess));
    const seenWall = Date.parse(`${seen.date}T${seen.time}:00Z`);
    guess += wall - seenWall;
  }
  return new Date(guess);
}

/** A real calendar date as `YYYY-MM-DD` (not `2026-02-30`, not `2026-99-99`). */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The last second of a Stockholm day, as an instant (for a rule's UNTIL). */
export const endOfStockholmDay = (date: string): Date => new Date(stockholmInstant(date, "23:59").getTime() + 59_000);
