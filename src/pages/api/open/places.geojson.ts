/** `GET /api/open/places.geojson?lang=sv`: offices, clinics and activities as GeoJSON points; links from PUBLIC_SITE_URL, never the Host header. */
import type { APIRoute } from "astro";
import { stockholmNow } from "../../../lib/dates.ts";
import { toGeoJson } from "../../../lib/opendata/hsds.ts";
import { badRequest, OPEN_DATA_HEADERS, parseOpenDataParams } from "../../../lib/opendata/params.ts";

export const GET: APIRoute = async ({ url, locals }) => {
  const params = parseOpenDataParams(url.searchParams);
  if (!params.success) return badRequest(params.error.issues);
  return new Response(JSON.stringify(toGeoJson(await locals.app.content.loadQuery("openData"), params.data.lang, new URL(locals.app.env.PUBLIC_SITE_URL).origin, stockholmNow(locals.now).date)), {
    headers: { ...OPEN_DATA_HEADERS, "Content-Type": "application/geo+json; charset=utf-8" },
  });
};
