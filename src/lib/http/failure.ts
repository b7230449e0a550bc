/**
 * The one outcome of every domain action, public and staff: a value, or a refusal with an HTTP
 * status, a reason code from the domain's closed union (for programs and tests), and translation
 * keys for people (one message, or one per field). Pages and endpoints map it and nothing else.
 */
import type { z } from "zod";
import type { UiKey } from "../i18n/index.ts";

export type FailureStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 502;

/** Reasons every form and API body can be refused for, whatever the domain. */
export type FormError = "VALIDATION" | "UNKNOWN_FIELDS" | "RATE_LIMITED" | "BAD_REQUEST" | "TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE";

export interface Failure<E extends string = string, K extends string = UiKey> {
  ok: false;
  status: FailureStatus;
  error: E;
  /** A message per field, as translation keys. */
  fields?: Record<string, K>;
  message?: K;
  /** Facts that are not words of the UI (a field path of a document that failed its schema). */
  details?: readonly string[];
  retryAfter?: number;
}

/** A value (with `ok: true`) or a failure. */
export type Outcome<T extends object, E extends string = string, K extends string = UiKey> = ({ ok: true } & T) | Failure<E, K>;

export const fail = <E extends string, K extends string = UiKey>(status: FailureStatus, error: E, message?: K, extra: Partial<Pick<Failure<E, K>, "fields" | "details" | "retryAfter">> = {}): Failure<E, K> => ({
  ok: false,
  status,
  error,
  ...(message === undefined ? {} : { message }),
  ...extra,
});

/** zod issues as one message per field, from `keys`; a field nobody asked for is a bad request. */
export function fieldErrors(error: z.ZodError, keys: Readonly<Record<string, UiKey>>): Failure<"VALIDATION" | "UNKNOWN_FIELDS"> {
  return invalid(fieldProblems(error, keys) ?? "UNKNOWN_FIELDS");
}

/** zod issues as one key per field (undefined when the body has a field nobody asked for). */
export function fieldProblems(error: z.ZodError, keys: Readonly<Record<string, UiKey>>): Record<string, UiKey> | undefined {
  const fields: Record<string, UiKey> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") return undefined;
    const field = String(issue.path[0] ?? "");
    fields[field] ??= keys[field] ?? "error.badRequest";
  }
  return fields;
}

/** The failure for field problems (or for a body with fields nobody asked for). */
export function invalid(fields: Record<string, UiKey> | "UNKNOWN_FIELDS"): Failure<"VALIDATION" | "UNKNOWN_FIELDS"> {
  return fields === "UNKNOWN_FIELDS" ? fail(422, "UNKNOWN_FIELDS", "error.badRequest") : fail(422, "VALIDATION", undefined, { fields });
}

const STATUS_ERRORS = { 400: "BAD_REQUEST", 413: "TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE" } as const;

/** A body that could not be read: 400, 413 or 415 (answered as 400). */
export function bodyFailure(status: 400 | 413 | 415): Failure<"BAD_REQUEST" | "TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE"> {
  return fail(status === 415 ? 400 : status, STATUS_ERRORS[status], status === 413 ? "error.tooLarge" : "error.badRequest");
}

/** Minutes to wait, for the rate-limit message. */
export const waitMinutes = (failure: Pick<Failure, "retryAfter">) => Math.max(1, Math.ceil((failure.retryAfter ?? 60) / 60));

/**
 * The lines of a form's error summary: the general message first, then one per field; a line
 * links to its field when the form has an input with that id.
 */
export function failureLines<K extends string>(failure: Failure<string, K> | undefined, t: (key: K, vars?: Record<string, unknown>) => string, fieldIds: readonly string[]): { field?: string; message: string }[] {
  if (!failure) return [];
  return [
    ...(failure.message ? [{ message: t(failure.message, { minutes: waitMinutes(failure) }) }] : []),
    ...Object.entries(failure.fields ?? {}).map(([field, key]) => (fieldIds.includes(field) ? { field, message: t(key) } : { message: t(key) })),
    ...(failure.details ?? []).map((message) => ({ message })),
  ];
}

/** A page's answer to a refused form: its status, and Retry-After when it waits on a limit. */
export function markFailure(response: { status?: number; headers: Headers }, failure: Pick<Failure, "status" | "retryAfter"> | undefined): void {
  if (!failure) return;
  response.status = failure.status;
  if (failure.retryAfter) response.headers.set("Retry-After", String(failure.retryAfter));
}
