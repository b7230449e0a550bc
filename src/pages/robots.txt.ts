/** `GET /robots.txt`: staff pages and the API (except open data) kept out; the sitemap named. */
import type { APIRoute } from "astro";
import { robotsTxt } from "../lib/site/sitemap.ts";

export const GET: APIRoute = ({ locals }) => new Response(robotsTxt(locals.app.env.PUBLIC_SITE_URL), { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
