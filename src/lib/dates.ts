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

/** The Stockholm calendar date and wall time of an instant. */
export function stockholmNow(instant: Date): { date: string; time: string; minutes: number } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  const time = `${p["hour"]}:${p["minute"]}`;
  return { date: `${p["year"]}-${p["month"]}-${p["day"]}`, time, minutes: Number(p["hour"]) * 60 + Number(p["minute"]) };
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
