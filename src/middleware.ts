import { defineMiddleware } from "astro:middleware";
import { createTranslator, DEFAULT_LOCALE } from "./lib/i18n/index.ts";
import { loadQuery } from "./lib/content/load.ts";
import { clockNow, serverEnv } from "./lib/config.ts";
import { inlineHashes, securityHeaders, originOf } from "./lib/security/headers.ts";
import { localeOfPath } from "./lib/site/paths.ts";
import { crossSiteForm } from "./lib/security/origin.ts";

const tileOrigin = originOf(import.meta.env["PUBLIC_TILE_URL"] as string | undefined);
const headers = securityHeaders({ tileOrigin });

let publicOrigin: string | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  publicOrigin ??= new URL(serverEnv().PUBLIC_SITE_URL).origin;
  if (crossSiteForm(context.request.method, context.url.pathname, context.request.headers, [context.url.origin, publicOrigin])) {
    return new Response("Forbidden: this form was sent from another site.", { status: 403, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const locale = localeOfPath(context.url.pathname) ?? DEFAULT_LOCALE;
  context.locals.locale = locale;
  context.locals.t = createTranslator(locale);
  context.locals.now = clockNow(serverEnv());
  context.locals.settings = await loadQuery("settings");
  const response = await next();
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (!response.headers.has("Cache-Control")) {
    // Short shared caching: content changes show within a minute, and nothing is personal.
    response.headers.set("Cache-Control", response.status === 200 ? "public, max-age=60" : "no-store");
  }
  if (response.headers.get("Content-Type")?.startsWith("text/html")) {
    response.headers.set("Content-Type", "text/html; charset=utf-8");
    // Pages with an island carry Astro's inline loader: allow exactly those scripts by hash.
    const html = await response.text();
    const scriptHashes = inlineHashes(html, "script");
    const styleHashes = inlineHashes(html, "style");
    if (scriptHashes.length + styleHashes.length > 0) {
      response.headers.set("Content-Security-Policy", securityHeaders({ tileOrigin, scriptHashes, styleHashes })["Content-Security-Policy"] ?? "");
    }
    return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
  return response;
});
