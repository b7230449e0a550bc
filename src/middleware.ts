import { randomUUID } from "node:crypto";
import islandScript from "astro/runtime/server/astro-island.prebuilt.js";
import { ISLAND_STYLES } from "astro/runtime/server/astro-island-styles.js";
import idleDirective from "astro/runtime/client/idle.prebuilt.js";
import loadDirective from "astro/runtime/client/load.prebuilt.js";
import mediaDirective from "astro/runtime/client/media.prebuilt.js";
import onlyDirective from "astro/runtime/client/only.prebuilt.js";
import visibleDirective from "astro/runtime/client/visible.prebuilt.js";
import { defineMiddleware } from "astro:middleware";
import type { APIContext, MiddlewareNext } from "astro";
import { processApp } from "./app/index.ts";
import { createTranslator, DEFAULT_LOCALE, localeOfPath } from "./lib/i18n/index.ts";
import { inlineHashes, securityHeaders, originOf } from "./lib/security/headers.ts";

import { crossSiteForm } from "./lib/security/origin.ts";
import { requestId } from "./lib/server/log.ts";
import { isUnreachable } from "./lib/db/index.ts";
import { errorAt, json } from "./lib/http/respond.ts";
import { apiTranslator } from "./lib/http/context.ts";
import { titleWithError } from "./lib/html.ts";
import type { App } from "./app/index.ts";

/**
 * The only inline code a page may run: what Astro itself writes for islands (the loader and the
 * client directives' scripts, and their style) — never a script found in the page's text.
 */
const OWN_SCRIPTS: ReadonlySet<string> = new Set([islandScript, loadDirective, idleDirective, visibleDirective, mediaDirective, onlyDirective]);
const OWN_STYLES: ReadonlySet<string> = new Set([ISLAND_STYLES]);

const tileOrigin = originOf(import.meta.env["PUBLIC_TILE_URL"] as string | undefined);
const headers = securityHeaders({ tileOrigin });

let publicOrigin: string | undefined;

/**
 * Every page and endpoint: a request id (the proxy's, when trusted, or a new one) in the
 * response, one log line and the metrics — by route pattern, never the path, so no code or slug
 * is ever written down, and no address or query string.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  // The composed app (made once per process, before the server listens) for every page and endpoint.
  const app = await processApp();
  const started = performance.now();
  const id = requestId(context.request.headers.get("x-request-id"), app.env.TRUST_PROXY > 0, randomUUID);
  const route = context.routePattern || "unknown";
  const method = context.request.method;
  try {
    const response = await handle(app, context, next);
    response.headers.set("X-Request-Id", id);
    const seconds = (performance.now() - started) / 1000;
    app.metrics.request(route, method, response.status, seconds);
    app.log.info({ req: id, method, route, status: response.status, ms: Math.round(seconds * 10_000) / 10 }, "request");
    return response;
  } catch (error) {
    // The database out of reach: 503, try again; anything else: 500. Never a stack trace or SQL to the user.
    const unreachable = isUnreachable(error);
    const seconds = (performance.now() - started) / 1000;
    const answer = errorAt(unreachable ? "unavailable" : "server", context.url.pathname, context.request.headers.get("accept-language"), id);
    for (const [name, value] of Object.entries(headers)) answer.headers.set(name, value);
    answer.headers.set("X-Request-Id", id);
    app.metrics.request(route, method, answer.status, seconds);
    app.log.error({ req: id, method, route, status: answer.status, ms: Math.round(seconds * 10_000) / 10, err: error instanceof Error ? { type: error.name, message: error.message, stack: error.stack } : String(error) }, unreachable ? "request failed: database out of reach" : "request failed");
    return answer;
  }
});

async function handle(app: App, context: APIContext, next: MiddlewareNext): Promise<Response> {
  publicOrigin ??= new URL(app.env.PUBLIC_SITE_URL).origin;
  if (crossSiteForm(context.request.method, context.url.pathname, context.request.headers, [context.url.origin, publicOrigin])) {
    return new Response("Forbidden: this form was sent from another site.", { status: 403, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const locale = localeOfPath(context.url.pathname) ?? DEFAULT_LOCALE;
  context.locals.app = app;
  context.locals.locale = locale;
  context.locals.t = createTranslator(locale);
  context.locals.now = app.clock();
  // The client key (an HMAC of the address) only for the pages and endpoints that count a client.
  let client: string | undefined;
  const keyer = await app.clientKeyer();
  Object.defineProperty(context.locals, "client", {
    get: () => (client ??= keyer(context.clientAddress, context.request.headers.get("x-forwarded-for"))),
    configurable: true,
  });
  context.locals.settings = await app.content.loadQuery("settings");
  const response = await next();
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (!response.headers.has("Cache-Control")) {
    // Short shared caching: content changes show within a minute, and nothing is personal.
    response.headers.set("Cache-Control", response.status === 200 ? "public, max-age=60" : "no-store");
  }
  if (response.status === 404 && context.url.pathname.startsWith("/api/") && response.headers.get("Content-Type")?.startsWith("text/html")) {
    // No endpoint at this address: the API answers in JSON, not with the 404 page.
    const answer = json(404, { error: "NOT_FOUND", message: apiTranslator(context.request)("notFound.title") });
    for (const [name, value] of Object.entries(headers)) answer.headers.set(name, value);
    return answer;
  }
  if (response.headers.get("Content-Type")?.startsWith("text/html")) {
    response.headers.set("Content-Type", "text/html; charset=utf-8");
    // The follow-up counts a public page's view by day, language and page type (the route, never the address): nothing else.
    if (context.request.method === "GET" && response.status === 200 && context.routePattern.startsWith("/[locale]")) {
      app.followup.countHit(locale, context.routePattern.replace(/^\/\[locale\]\/?/, "") || "home", context.locals.now);
    }
    // Pages with an island carry Astro's inline loader: allow exactly those scripts by hash.
    const html = titleWithError(await response.text(), context.locals.t("error.titlePrefix"));
    const scriptHashes = inlineHashes(html, "script", OWN_SCRIPTS);
    const styleHashes = inlineHashes(html, "style", OWN_STYLES);
    // The embeddable box: framed by the site itself (the generator's preview) and the allowed sites only.
    const frameAncestors = context.routePattern === "/[locale]/embed/box" ? ["'self'", ...app.env.EMBED_ALLOWED_ORIGINS] : undefined;
    if (scriptHashes.length + styleHashes.length > 0 || frameAncestors) {
      response.headers.set("Content-Security-Policy", securityHeaders({ tileOrigin, scriptHashes, styleHashes, frameAncestors })["Content-Security-Policy"] ?? "");
      // The headers every answer gets (above) say DENY; the box says who may frame it in its CSP instead.
      if (frameAncestors) response.headers.delete("X-Frame-Options");
    }
    return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
  return response;
}
