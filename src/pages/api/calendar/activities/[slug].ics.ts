/** `GET /api/calendar/activities/{slug}.ics?lang=sv`: one activity as a subscribable calendar. */
import type { APIRoute } from "astro";
import { activitiesFeed, ICS_HEADERS } from "../../../../lib/activities/feed.ts";
import { text } from "../../../../lib/content/localize.ts";
import { feedLocale } from "../../../../lib/activities/feed-request.ts";
import { notFound } from "../../../../lib/http/respond.ts";

export const GET: APIRoute = async ({ params, url, locals }) => {
  const locale = feedLocale(url);
  const data = await locals.app.content.loadQuery("activity", { slug: params["slug"] ?? "" });
  if (!data) return notFound();
  const { env } = locals.app;
  const body = activitiesFeed([data.activity], locale, env.PUBLIC_SITE_URL, locals.now, text(data.activity.title, locale));
  return new Response(body, { headers: { ...ICS_HEADERS, "Content-Disposition": `inline; filename="${data.activity.slug.current}.ics"` } });
};
