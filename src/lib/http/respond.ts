/** JSON answers of the API, with translated messages and never a stack trace. */
import { waitMinutes, type Failure } from "./failure.ts";
import type { Translate } from "../i18n/index.ts";

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
