/**
 * Activities as iCalendar: a subscribable feed per activity and per area (each activity one
 * series in Stockholm wall time with its RRULE and cancelled dates, so that calendars keep the
 * time right across daylight-saving changes) and one occurrence as a download. Every event links
 * back to its page.
 */
import { calendar, icsRule as rruleWithUntil, type IcsEvent } from "../calendar/ics.ts";
import { text } from "../content/localize.ts";
import type { Activity } from "../content/schemas.ts";
import { endOfStockholmDay, stockholmInstant } from "../dates.ts";
import type { Locale } from "../i18n/locales.ts";
import { OPEN_DATA_HEADERS } from "../http/respond.ts";

/** The page of an activity, absolute. */
export const activityUrl = (siteUrl: string, locale: Locale, slug: string) => new URL(`/${locale}/activities/${encodeURIComponent(slug)}/`, siteUrl).toString();

/**
 * The stored rule as RFC 5545 wants it beside a zoned DTSTART: UNTIL as a UTC date-time, the
 * last second of that Stockholm day.
 */
export const icsRule = (rrule: string) => rruleWithUntil(rrule, endOfStockholmDay);

const where = (a: Activity) => `${a.place.name}, ${a.place.address.street}, ${a.place.address.postalCode} ${a.place.address.city}`;

function base(activity: Activity, locale: Locale, url: string): Pick<IcsEvent, "summary" | "location" | "description" | "url"> {
  return { summary: text(activity.title, locale), location: where(activity), description: `${text(activity.summary, locale)}\n\n${url}`, url };
}

/** The whole series of an activity. */
export function seriesEvent(activity: Activity, locale: Locale, siteUrl: string): IcsEvent {
  const url = activityUrl(siteUrl, locale, activity.slug.current);
  return {
    uid: `${activity._id}@nara`,
    series: {
      date: activity.startDate,
      start: activity.startTime,
      end: activity.endTime,
      rrule: activity.rrule ? icsRule(activity.rrule) : undefined,
      exdates: activity.rrule ? activity.exdates : undefined,
    },
    ...base(activity, locale, url),
  };
}

/** One occurrence, for "add to calendar". */
export function occurrenceEvent(activity: Activity, date: string, locale: Locale, siteUrl: string): IcsEvent {
  const url = activityUrl(siteUrl, locale, activity.slug.current);
  return {
    uid: `${activity._id}-${date}@nara`,
    start: stockholmInstant(date, activity.startTime),
    end: stockholmInstant(date, activity.endTime),
    ...base(activity, locale, url),
  };
}

/** A feed of activities, and any other series of the same place (an area's night walks). */
export function activitiesFeed(activities: readonly Activity[], locale: Locale, siteUrl: string, now: Date, name: string, more: readonly IcsEvent[] = []): string {
  return calendar([...activities.map((a) => seriesEvent(a, locale, siteUrl)), ...more], now, name);
}

/** Public data like the open-data exports: open to every origin, cached five minutes. */
export const ICS_HEADERS = { ...OPEN_DATA_HEADERS, "Content-Type": "text/calendar; charset=utf-8" } as const;
