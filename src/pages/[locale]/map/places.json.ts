/**
 * `GET /{locale}/map/places.json`: every place on the map, in the reader's language, for the
 * live map. Fetched by the map island after the page has painted; the page preloads it.
 */
import type { APIRoute } from "astro";
import { directoryView, VIEW_HEADERS } from "../../../lib/directory/view.ts";
import { encodedResponse } from "../../../lib/http/encoded.ts";
import { notFound } from "../../../lib/http/respond.ts";
import { isLocale } from "../../../lib/i18n/locales.ts";

export const GET: APIRoute = async ({ params, locals, request }) => {
  if (!isLocale(params["locale"])) return notFound();
  const view = await directoryView(locals.app.content.loadQuery, locals.locale, locals.t, locals.now);
  return encodedResponse(request, view.placesJson(), { ...VIEW_HEADERS, "Content-Type": "application/json; charset=utf-8" });
};
