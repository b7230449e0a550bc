/**
 * The activity calendar: the occurrences of a week, day by day, filtered by area, age group and
 * language, with cancelled dates kept and marked. Pure: the caller passes the activities and today.
 */
import { z } from "zod";
import { AGE_GROUPS, type Activity } from "../content/schemas.ts";
import { addDays, dayOf, DAYS } from "../dates.ts";
import type { Translate } from "../i18n/index.ts";
import { LOCALES, type Locale } from "../i18n/locales.ts";
import { nextOccurrences } from "../recurrence/occurrences.ts";

export const CalendarQuery = z.object({
  week: z.enum(["this", "next"]).catch("this"),
  area: z.string().regex(/^[a-z0-9-]{1,100}$/).optional().catch(undefined),
  age: z.enum(AGE_GROUPS).optional().catch(undefined),
  lang: z.enum(LOCALES).optional().catch(undefined),
});
export type CalendarQuery = z.infer<typeof CalendarQuery>;

/** The query string as a calendar query: anything unknown falls back to "everything, this week". */
export function parseCalendarQuery(search: URLSearchParams): CalendarQuery {
  const present = (key: string) => (search.get(key) ?? "") || undefined;
  return CalendarQuery.parse({ week: present("week"), area: present("area"), age: present("age"), lang: present("lang") });
}

export interface CalendarEntry<A> {
  activity: Activity;
  area: A & { slug: { current: string } };
}

export interface CalendarDay<A> {
  date: string;
  items: (CalendarEntry<A> & { cancelled: boolean })[];
}

/** Monday of the week `today` is in, or of the next one. */
export function weekStart(today: string, week: CalendarQuery["week"]): string {
  const monday = addDays(today, -DAYS.indexOf(dayOf(today)));
  return week === "next" ? addDays(monday, 7) : monday;
}

/** Night walks are for adults and held in no one language: shown unless another age group is chosen. */
export const walksShown = (age: CalendarQuery["age"]): boolean => !age || age === "adults" || age === "parents";

/** What a subscribed calendar follows: the page's filters except the week. */
export type FeedFilters = Pick<CalendarQuery, "area" | "age" | "lang">;

/**
 * The feed that follows a calendar view: `/api/calendar/feed.ics?lang=…` in the page's language
 * (as every feed), with the view's area, age group and activity language (`spoken`).
 */
export function feedPath(locale: Locale, filters: FeedFilters): string {
  const search = new URLSearchParams({ lang: locale });
  if (filters.area) search.set("area", filters.area);
  if (filters.age) search.set("age", filters.age);
  if (filters.lang) search.set("spoken", filters.lang);
  return `/api/calendar/feed.ics?${search.toString()}`;
}

/** A feed address's filters; anything unknown is no filter. */
export function parseFeedFilters(search: URLSearchParams): FeedFilters {
  const present = (key: string) => (search.get(key) ?? "") || undefined;
  const { area, age, lang } = CalendarQuery.parse({ area: present("area"), age: present("age"), lang: present("spoken") });
  return { area, age, lang };
}

/**
 * The ways to subscribe to a feed: `webcal://` (calendar apps open it), Google Calendar's
 * "add by address" (opened only when the visitor follows it), and the plain address to copy.
 */
export function subscribeLinks(siteUrl: string, path: string): { https: string; webcal: string; google: string } {
  const https = new URL(path, siteUrl).href;
  const webcal = https.replace(/^https?:/, "webcal:");
  return { https, webcal, google: `https://calendar.google.com/calendar/r?${new URLSearchParams({ cid: webcal }).toString()}` };
}

export function matches(activity: Activity, query: Pick<CalendarQuery, "age" | "lang">): boolean {
  if (query.age && activity.ageGroup !== query.age && activity.ageGroup !== "all") return false;
  if (query.lang && !activity.languages.includes(query.lang)) return false;
  return true;
}

/** Whether an entry is in a view: its area (when one is chosen), age group and language. */
export const inView = <A>(entry: CalendarEntry<A>, filters: FeedFilters): boolean => (!filters.area || entry.area.slug.current === filters.area) && matches(entry.activity, filters);

/** A feed's name: the calendar's (or the area's) title, and the chosen age group and language. */
export function feedName(t: Translate, filters: FeedFilters, areaName: string | undefined): string {
  return [
    areaName ? t("calendar.titleArea", { area: areaName }) : t("calendar.title"),
    ...(filters.age ? [t(`activity.ageGroup.${filters.age}`)] : []),
    ...(filters.lang ? [t(`lang.name.${filters.lang}`)] : []),
  ].join(" · ");
}

/** Seven days from `from`, each with the occurrences that day, by start time. */
export function calendarWeek<A>(entries: readonly CalendarEntry<A>[], from: string, query: CalendarQuery): CalendarDay<A>[] {
  const days = Array.from({ length: 7 }, (_, i): CalendarDay<A> => ({ date: addDays(from, i), items: [] }));
  const byDate = new Map(days.map((d) => [d.date, d]));
  for (const entry of entries) {
    if (!inView(entry, query)) continue;
    for (const o of nextOccurrences(entry.activity, from, 14, 6)) byDate.get(o.date)?.items.push({ ...entry, cancelled: o.cancelled });
  }
  for (const day of days) day.items.sort((a, b) => a.activity.startTime.localeCompare(b.activity.startTime));
  return days;
}
