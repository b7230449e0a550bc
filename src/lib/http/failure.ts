/**
 * A refused request, for every public form and the API alike: an HTTP status, a code for
 * programs, and translation keys for people (one message, or one per field).
 */
import type { z } from "zod";
import type { Translate, UiKey } from "../i18n/index.ts";

export interface Failure {
  ok: false;
  status: 400 | 403 | 404 | 409 | 413 | 422 | 429 | 500;
  error: string;
  /** A message per field, as translation keys. */
  fields?: Record<string, UiKey>;
  message?: UiKey;
  retryAfter?: number;
}

/** zod issues as one message per field, from `keys`; a field nobody asked for is a bad request. */
export function fieldErrors(error: z.ZodError, keys: Readonly<Record<string, UiKey>>): Failure {
  const fields: Record<string, UiKey> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") return { ok: false, status: 422, error: "UNKNOWN_FIELDS", message: "error.badRequest" };
    const field = String(issue.path[0] ?? "");
    fields[field] ??= keys[field] ?? "error.badRequest";
  }
  return { ok: false, status: 422, error: "VALIDATION", fields };
}

const STATUS_ERRORS = { 400: "BAD_REQUEST", 413: "TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE" } as const;

/** A body that could not be read: 400, 413 or 415 (answered as 400). */
export function bodyFailure(status: 400 | 413 | 415): Failure {
  return { ok: false, status: status === 415 ? 400 : status, error: STATUS_ERRORS[status], message: status === 413 ? "error.tooLarge" : "error.badRequest" };
}

/** Minutes to wait, for the rate-limit message. */
export const waitMinutes = (failure: Failure) => Math.max(1, Math.ceil((failure.retryAfter ?? 60) / 60));

/**
 * The lines of a form's error summary: the general message first, then one per field; a line
 * links to its field when the form has an input with that id.
 */
export function failureLines(failure: Failure | undefined, t: Translate, fieldIds: readonly string[]): { field?: string; message: string }[] {
  if (!failure) return [];
  return [
    ...(failure.message ? [{ message: t(failure.message, { minutes: waitMinutes(failure) }) }] : []),
    ...Object.entries(failure.fields ?? {}).map(([field, key]) => (fieldIds.includes(field) ? { field, message: t(key) } : { message: t(key) })),
  ];
}

/** A page's answer to a refused form: its status, and Retry-After when it waits on a limit. */
export function markFailure(response: { status?: number; headers: Headers }, failure: Failure | undefined): void {
  if (!failure) return;
  response.status = failure.status;
  if (failure.retryAfter) response.headers.set("Retry-After", String(failure.retryAfter));
}
