/** `GET /sitemap.xml`: every public page in every locale, from the content store (src/lib/site/sitemap.ts). */
import type { APIRoute } from "astro";
import { sitemapEntries, sitemapXml } from "../lib/site/sitemap.ts";

export const GET: APIRoute = async ({ locals }) => {
  const data = await locals.app.content.loadQuery("sitemap");
  return new Response(sitemapXml(sitemapEntries(data), locals.app.env.PUBLIC_SITE_URL), { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
};
