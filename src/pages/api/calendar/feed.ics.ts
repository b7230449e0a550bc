/**
 * `GET /api/calendar/feed.ics?lang=sv&area=…&age=…&spoken=…`: the activity calendar as a
 * subscribable feed that follows the calendar page's filters (every area when none is given).
 */
import type { APIRoute } from "astro";
import { feedName, inView, parseFeedFilters, walksShown } from "../../../lib/activities/calendar.ts";
import { activitiesFeed, ICS_HEADERS } from "../../../lib/activities/feed.ts";
import { feedLocale } from "../../../lib/activities/feed-request.ts";
import { text } from "../../../lib/content/localize.ts";
import { notFound } from "../../../lib/http/respond.ts";
import { createTranslator } from "../../../lib/i18n/index.ts";

export const GET: APIRoute = async ({ url, locals }) => {
  const locale = feedLocale(url);
  const filters = parseFeedFilters(url.searchParams);
  const data = await locals.app.content.loadQuery("calendar");
  const area = filters.area === undefined ? undefined : data.areas.find((a) => a.slug.current === filters.area);
  if (filters.area !== undefined && !area) return notFound();
  const name = feedName(createTranslator(locale), filters, area && text(area.name, locale));
  const activities = data.activities.filter((e) => inView(e, filters)).map((e) => e.activity);
  const walks = walksShown(filters.age) ? await locals.app.nightWalks.feedEvents(area?.slug.current, locale) : [];
  const body = activitiesFeed(activities, locale, locals.app.env.PUBLIC_SITE_URL, locals.now, name, walks);
  return new Response(body, { headers: { ...ICS_HEADERS, "Content-Disposition": `inline; filename="${area?.slug.current ?? "nara"}.ics"` } });
};
