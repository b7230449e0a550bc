/** Words for a booking: when, where, the calendar file and the reminder e-mail. */
import { calendar } from "../calendar/ics.ts";
import { text } from "../content/localize.ts";
import { formatDate, stockholmNow } from "../dates.ts";
import type { Translate } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Mail } from "../mail/index.ts";
import type { BookingClinic } from "./clinics.ts";
import type { Booking } from "./store.ts";
import { group } from "../security/codes.ts";

/** `tisdag 24 november 17:00` in the reader's language, in Stockholm time. */
export function when(instant: Date, locale: Locale): string {
  const { date, time } = stockholmNow(instant);
  return `${formatDate(date, locale)} ${time}`;
}

export function addressLine(clinic: BookingClinic): string {
  const a = clinic.clinic.address;
  return `${a.street}, ${a.postalCode} ${a.city}`;
}

/** The calendar file: a discreet title (configurable), the time and the address, nothing else. */
export function bookingIcs(booking: Pick<Booking, "id" | "start" | "end">, clinic: BookingClinic, title: string, now: Date): string {
  return calendar([{ uid: `${booking.id}@nara`, start: booking.start, end: booking.end, summary: title, location: addressLine(clinic) }], now);
}

/** The calendar file as a download, named by its discreet title. */
export function calendarDownload(booking: Pick<Booking, "id" | "start" | "end">, clinic: BookingClinic, title: string, now: Date): Response {
  const filename = `${title.replace(/[^\p{L}\p{N}-]/gu, "") || "visit"}.ics`;
  return new Response(bookingIcs(booking, clinic, title, now), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}

export function calendarTitle(configured: string | undefined, t: Translate): string {
  return configured ?? t("book.calendarTitle");
}

export function reminderMail(booking: Pick<Booking, "code" | "start">, clinic: BookingClinic, locale: Locale, t: Translate, title: string, manageUrl: string): Omit<Mail, "to"> {
  const vars = { title, when: when(booking.start, locale), place: text(clinic.clinic.name, locale), address: addressLine(clinic), url: manageUrl, code: group(booking.code) };
  return { subject: t("book.mail.subject", vars), text: t("book.mail.body", vars) };
}
