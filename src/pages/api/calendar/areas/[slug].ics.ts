/** `GET /api/calendar/areas/{slug}.ics?lang=sv`: every activity and night walk of an area as a subscribable calendar. */
import type { APIRoute } from "astro";
import { feedName } from "../../../../lib/activities/calendar.ts";
import { activitiesFeed, ICS_HEADERS } from "../../../../lib/activities/feed.ts";
import { feedLocale } from "../../../../lib/activities/feed-request.ts";
import { notFound } from "../../../../lib/http/respond.ts";
import { text } from "../../../../lib/content/localize.ts";
import { createTranslator } from "../../../../lib/i18n/index.ts";

export const GET: APIRoute = async ({ params, url, locals }) => {
  const locale = feedLocale(url);
  const data = await locals.app.content.loadQuery("area", { slug: params["slug"] ?? "" });
  if (!data) return notFound();
  const { env } = locals.app;
  const name = feedName(createTranslator(locale), {}, text(data.area.name, locale));
  // The area's night walks belong in its calendar too.
  const walks = await locals.app.nightWalks.feedEvents(data.area.slug.current, locale);
  const body = activitiesFeed(data.activities, locale, env.PUBLIC_SITE_URL, locals.now, name, walks);
  return new Response(body, { headers: { ...ICS_HEADERS, "Content-Disposition": `inline; filename="${data.area.slug.current}.ics"` } });
};
