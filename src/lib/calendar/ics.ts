/**
 * iCalendar (RFC 5545) text: escaping, line folding at 75 octets, UTC times or Stockholm wall
 * times with the zone's definition, recurrence rules and cancelled dates. Shared by the booking
 * download and the activity feeds.
 */
export const TZID = "Europe/Stockholm";

/** Europe/Stockholm as calendars need it to place wall times across both daylight-saving changes. */
const STOCKHOLM = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** A series in Stockholm wall time: the first date, the times of day, the rule and the cancelled dates. */
export interface IcsSeries {
  date: string;
  start: string;
  end: string;
  /** RFC 5545 RRULE value (UNTIL in UTC). */
  rrule?: string | undefined;
  exdates?: readonly string[] | undefined;
  /** The end is on the next day (an evening that goes on past midnight, 20:00–01:00). */
  endsNextDay?: boolean | undefined;
}

/** One event at UTC instants, or a series in Stockholm wall time. */
export type IcsEvent = {
  uid: string;
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
} & ({ start: Date; end: Date; series?: undefined } | { series: IcsSeries });

export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** `20261124T163000Z` */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** The calendar date after `date` (`YYYY-MM-DD`, no time zone involved). */
function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A stored rule as RFC 5545 wants it beside a zoned DTSTART: UNTIL as a UTC date-time, the last
 * second of that Stockholm day (`until` turns a `YYYY-MM-DD` into that instant).
 */
export function icsRule(rrule: string, until: (date: string) => Date): string {
  return rrule
    .split(";")
    .map((part) => {
      const [key = "", value = ""] = part.split("=");
      if (key.toUpperCase() !== "UNTIL" || !/^\d{8}$/.test(value)) return part;
      return `UNTIL=${utcStamp(until(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`))}`;
    })
    .join(";");
}

/** `2026-11-26` and `18:00` → `20261126T180000` */
const localStamp = (date: string, time: string) => `${date.replace(/-/g, "")}T${time.replace(":", "")}00`;

function times(event: IcsEvent): string[] {
  if (!event.series) return [`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.end)}`];
  const s = event.series;
  const endDate = s.endsNextDay ? nextDay(s.date) : s.date;
  const lines = [`DTSTART;TZID=${TZID}:${localStamp(s.date, s.start)}`, `DTEND;TZID=${TZID}:${localStamp(endDate, s.end)}`];
  if (s.rrule) lines.push(`RRULE:${s.rrule}`);
  if (s.exdates && s.exdates.length > 0) lines.push(`EXDATE;TZID=${TZID}:${s.exdates.map((d) => localStamp(d, s.start)).join(",")}`);
  return lines;
}

export function calendar(events: readonly IcsEvent[], now: Date, name?: string): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nara//Nara//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  if (events.some((e) => e.series)) lines.push(`X-WR-TIMEZONE:${TZID}`, ...STOCKHOLM);
  for (const event of events) {
    lines.push("BEGIN:VEVENT", `UID:${event.uid}`, `DTSTAMP:${utcStamp(now)}`, ...times(event), `SUMMARY:${escapeText(event.summary)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
