/** The booking part's scheduled work: reminder e-mails, every minute. */
import { createTranslator, isLocale, DEFAULT_LOCALE } from "../i18n/index.ts";
import { localizedPath } from "../site/paths.ts";
import type { Services } from "../server/services.ts";
import { calendarTitle, reminderMail } from "./describe.ts";
import { sendDueReminders } from "./reminders.ts";
import { bookingClinic } from "./service.ts";

export function scheduleReminders(services: Services): void {
  services.minutely.add((now) =>
    sendDueReminders(services.db, services.mailer, now, async ({ booking }) => {
      const locale = isLocale(booking.locale) ? booking.locale : DEFAULT_LOCALE;
      const t = createTranslator(locale);
      const clinic = await bookingClinic(booking.clinicId);
      if (!clinic) throw new Error(`Reminder for a clinic that no longer takes bookings: ${booking.clinicId}`);
      const url = new URL(localizedPath(locale, "book", "manage"), services.env.PUBLIC_SITE_URL).href;
      return reminderMail(booking, clinic, locale, t, calendarTitle(services.env.BOOKING_ICS_TITLE, t), url);
    }),
  );
}
