/** `GET /api/open/services.json?lang=sv&page=1&per_page=100`: every service as HSDS 3, in the `Page` envelope. */
import type { APIRoute } from "astro";
import { stockholmNow } from "../../../lib/dates.ts";
import { hsdsPage, toHsdsServices } from "../../../lib/opendata/hsds.ts";
import { badRequest, OPEN_DATA_HEADERS, parseOpenDataParams } from "../../../lib/opendata/params.ts";

export const GET: APIRoute = async ({ url, locals }) => {
  const params = parseOpenDataParams(url.searchParams);
  if (!params.success) return badRequest(params.error.issues);
  const services = toHsdsServices(await locals.app.content.loadQuery("openData"), params.data.lang, new URL(locals.app.env.PUBLIC_SITE_URL).origin, stockholmNow(locals.now).date);
  return Response.json(hsdsPage(services, params.data.page, params.data.per_page), { headers: OPEN_DATA_HEADERS });
};
