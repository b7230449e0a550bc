/** JSON answers of the API, with translated messages and never a stack trace. */
import type { Failure } from "../booking/service.ts";
import type { Translate } from "../i18n/index.ts";

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

export function failureJson(failure: Failure, t: Translate): Response {
  const minutes = Math.max(1, Math.ceil((failure.retryAfter ?? 60) / 60));
  const body: Record<string, unknown> = { error: failure.error };
  if (failure.message) body["message"] = t(failure.message, { minutes });
  if (failure.fields) body["fields"] = Object.fromEntries(Object.entries(failure.fields).map(([field, key]) => [field, t(key)]));
  return json(failure.status, body, failure.retryAfter ? { "Retry-After": String(failure.retryAfter) } : {});
}

const STATUS_ERRORS = { 400: "BAD_REQUEST", 413: "TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE" } as const;

/** A body that could not be read: 400, 413 or 415. */
export function bodyFailure(status: 400 | 413 | 415): Failure {
  return { ok: false, status: status === 415 ? 400 : status, error: STATUS_ERRORS[status], message: status === 413 ? "error.tooLarge" : "error.badRequest" };
}
