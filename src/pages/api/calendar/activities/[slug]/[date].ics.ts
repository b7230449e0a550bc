/** `GET /api/calendar/activities/{slug}/{YYYY-MM-DD}.ics?lang=sv`: one occurrence, to add to a calendar. */
import type { APIRoute } from "astro";
import { ICS_HEADERS, occurrenceEvent } from "../../../../../lib/activities/feed.ts";
import { feedLocale } from "../../../../../lib/activities/feed-request.ts";
import { isDate } from "../../../../../lib/dates.ts";
import { notFound } from "../../../../../lib/http/respond.ts";
import { nextOccurrences } from "../../../../../lib/recurrence/occurrences.ts";
import { calendar } from "../../../../../lib/calendar/ics.ts";

export const GET: APIRoute = async ({ params, url, locals }) => {
  const locale = feedLocale(url);
  const date = params["date"] ?? "";
  const data = isDate(date) ? await locals.app.content.loadQuery("activity", { slug: params["slug"] ?? "" }) : null;
  // Only a real, not cancelled occurrence of the activity.
  const occurrence = data ? nextOccurrences(data.activity, date, 1, 0)[0] : undefined;
  if (!data || occurrence?.date !== date || occurrence.cancelled) return notFound();
  const { env } = locals.app;
  const body = calendar([occurrenceEvent(data.activity, date, locale, env.PUBLIC_SITE_URL)], locals.now);
  return new Response(body, { headers: { ...ICS_HEADERS, "Content-Disposition": `attachment; filename="${data.activity.slug.current}-${date}.ics"` } });
};
