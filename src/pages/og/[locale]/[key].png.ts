/**
 * `GET /og/{locale}/{key}.png`: a page type's (or an area's) link-preview image, 1200 × 630, in
 * the locale's script; rendered on first request, then from memory, cacheable for a day.
 */
import type { APIRoute } from "astro";
import { text } from "../../../lib/content/localize.ts";
import { createTranslator, isLocale } from "../../../lib/i18n/index.ts";
import { PREVIEW_TYPES, previewTitle } from "../../../lib/site/preview.ts";
import { cachedPreview } from "../../../lib/site/preview-image.ts";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export const GET: APIRoute = async ({ params, locals }) => {
  const { locale, key = "" } = params;
  if (!locale || !isLocale(locale)) return notFound();
  const t = createTranslator(locale);
  const settings = await locals.app.content.loadQuery("settings");
  let title: string | undefined;
  if (key.startsWith("area-")) {
    const area = (await locals.app.content.loadQuery("areas")).find((a) => a.slug.current === key.slice(5));
    title = area ? t("area.title", { name: text(area.name, locale) }) : undefined;
  } else {
    const type = PREVIEW_TYPES.find((p) => p === key);
    title = type ? previewTitle(type, t) : undefined;
  }
  if (!title) return notFound();
  const png = cachedPreview(key, { locale, site: t("site.name"), municipality: text(settings.municipalityName, locale), title });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=86400", "Content-Length": String(png.length) } });
};
