/** `GET /api/open/statistics.csv?from=YYYY-MM&to=YYYY-MM`: the same monthly counts as CSV, a suppressed count as "< 5". */
import type { APIRoute } from "astro";
import { statisticsCsv } from "../../../lib/followup/open.ts";
import { OPEN_DATA_HEADERS } from "../../../lib/opendata/params.ts";

export const GET: APIRoute = async ({ url, locals }) => {
  const stats = await locals.app.followup.openStatistics(url.searchParams.get("from") ?? undefined, url.searchParams.get("to") ?? undefined, locals.now);
  return new Response(statisticsCsv(stats), { headers: { ...OPEN_DATA_HEADERS, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="nara-statistik.csv"' } });
};
