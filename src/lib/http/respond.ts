/** JSON answers of the API, with translated messages and never a stack trace. */
import { waitMinutes, type Failure } from "./failure.ts";
import { createTranslator, direction, negotiateLocale, type Locale, type Translate } from "../i18n/index.ts";
import { DEFAULT_LOCALE, localeOfPath } from "../i18n/locales.ts";

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

export function failureJson(failure: Failure, t: Translate): Response {
  const minutes = waitMinutes(failure);
  const body: Record<string, unknown> = { error: failure.error };
  if (failure.message) body["message"] = t(failure.message, { minutes });
  if (failure.fields) body["fields"] = Object.fromEntries(Object.entries(failure.fields).map(([field, key]) => [field, t(key)]));
  return json(failure.status, body, failure.retryAfter ? { "Retry-After": String(failure.retryAfter) } : {});
}

/** A plain 404 for endpoints (pages render their own). */
export const notFound = (): Response =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** Open to every origin and cacheable for five minutes: it is public data. */
export const OPEN_DATA_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=300",
  "Cross-Origin-Resource-Policy": "cross-origin",
};

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * What a request gets when something failed: the database out of reach (503, "try again in a
 * while"), anything else in the server (500), or an address that cannot even be read (400);
 * JSON for the API, a short translated page otherwise — never a stack trace or a line of SQL;
 * with the request's id, which is in the log too.
 */
export function errorAnswer(kind: "unavailable" | "server" | "badAddress", locale: Locale, t: Translate, api: boolean, reference: string): Response {
  const status = kind === "unavailable" ? 503 : kind === "server" ? 500 : 400;
  const retry: Record<string, string> = kind === "unavailable" ? { "Retry-After": "30" } : {};
  const text = t(kind === "unavailable" ? "error.unavailable.text" : kind === "server" ? "error.server" : "error.badAddress.text");
  if (api) return json(status, { error: kind === "unavailable" ? "UNAVAILABLE" : kind === "server" ? "SERVER_ERROR" : "BAD_REQUEST", message: text, reference }, retry);
  const title = t(kind === "badAddress" ? "error.badAddress.title" : "error.unavailable.title");
  const body = `<!doctype html>
<html lang="${locale}" dir="${direction(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} – Nära</title></head>
<body><main><h1>${escape(title)}</h1><p>${escape(text)}</p><p><strong>${escape(t("error.unavailable.danger"))}</strong></p><p><small>Ref: <code>${escape(reference)}</code></small></p><p><a href="/${locale}/">${escape(t("error.unavailable.home"))}</a></p></main></body>
</html>`;
  return new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...retry } });
}

/**
 * `errorAnswer` for a request to `path`: under `/api/` JSON in the language the client asks for
 * (Accept-Language), as the API's own answers; elsewhere a page in the path's language.
 */
export function errorAt(kind: "unavailable" | "server" | "badAddress", path: string, acceptLanguage: string | null | undefined, reference: string): Response {
  const api = path.startsWith("/api/");
  const locale = (api ? negotiateLocale(acceptLanguage) : localeOfPath(path)) ?? DEFAULT_LOCALE;
  return errorAnswer(kind, locale, createTranslator(locale), api, reference);
}

/**
 * A path that is not valid percent-encoding (`/sv/%ZZ/`, a cut UTF-8 sequence): 400 in the
 * path's language (the API's in the client's) before any route sees it (the router would
 * otherwise fail on it); undefined for a path that reads.
 */
export function malformedPath(path: string, acceptLanguage: string | undefined, reference: string): Response | undefined {
  try {
    decodeURIComponent(path);
    return undefined;
  } catch {
    return errorAt("badAddress", path, acceptLanguage, reference);
  }
}
