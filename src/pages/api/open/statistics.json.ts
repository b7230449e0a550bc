/** `GET /api/open/statistics.json?from=YYYY-MM&to=YYYY-MM`: the follow-up's monthly counts per area and measure, small numbers suppressed (schema: statistics.schema.json). */
import type { APIRoute } from "astro";
import { OPEN_DATA_HEADERS } from "../../../lib/opendata/params.ts";

export const GET: APIRoute = async ({ url, locals }) => {
  const stats = await locals.app.followup.openStatistics(url.searchParams.get("from") ?? undefined, url.searchParams.get("to") ?? undefined, locals.now);
  return Response.json(stats, { headers: OPEN_DATA_HEADERS });
};
