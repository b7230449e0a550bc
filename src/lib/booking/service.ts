/**
 * Booking as the API and the pages use it: the clinic's rules from the CMS, the request
 * parsed with zod, rate limits and anti-automation, then the store. Every outcome is either a
 * value or an error with an HTTP status and translatable messages — never an exception that
 * reaches a visitor.
 */
import { z } from "zod";
import { loadQuery } from "../content/load.ts";
import type { QueryResult } from "../content/queries.ts";
import type { Clinic } from "../content/schemas.ts";
import type { UiKey } from "../i18n/index.ts";
import { fieldErrors, type Failure } from "../http/failure.ts";
import { filledFields } from "../http/body.ts";
import { checkHuman, limit, overLimit, type HumanProof } from "../security/guards.ts";
import type { Services } from "../server/services.ts";
import { type BookingRules } from "./slots.ts";
import { group, isCode, isSecret, normalize } from "./codes.ts";
import { cancelBooking, createBooking, findBooking, idempotencyKeyUsed, moveBooking, type Booking, type BookingError, type StoreOptions } from "./store.ts";

export type BookingClinic = QueryResult<"bookingClinics">[number];
/** A clinic that takes bookings, with its schedule as the slot engine's rules. */
export type ClinicWithRules = BookingClinic & { rules: BookingRules };

/** The rules of a clinic, one object per content version (the slot engine keeps its work per rules object). */
const rulesByClinic = new WeakMap<Clinic, BookingRules>();

export function rulesOf(clinic: Clinic): BookingRules | undefined {
  const s = clinic.bookingSchedule;
  if (!s) return undefined;
  const known = rulesByClinic.get(clinic);
  if (known) return known;
  const rules: BookingRules = {
    windows: s.windows,
    slotMinutes: s.slotMinutes,
    seats: s.seats,
    bookAheadDays: s.bookAheadDays,
    minNoticeMinutes: s.minNoticeMinutes,
    cancelCutoffMinutes: s.cancelCutoffMinutes,
    visitTypes: s.visitTypes.map((v) => ({ id: v.id, minutes: v.minutes })),
    closedDates: s.closedDates,
  };
  rulesByClinic.set(clinic, rules);
  return rules;
}

export async function bookingClinics(): Promise<BookingClinic[]> {
  return loadQuery("bookingClinics");
}

export async function bookingClinic(id: string): Promise<ClinicWithRules | undefined> {
  const found = (await bookingClinics()).find((c) => c.clinic._id === id);
  const rules = found && rulesOf(found.clinic);
  return found && rules ? { ...found, rules } : undefined;
}

export function storeOptions(services: Services, now: Date): StoreOptions {
  return {
    now,
    secretKey: services.keys.bookingSecret,
    retentionDays: services.env.BOOKING_RETENTION_DAYS,
    reminderHoursBefore: services.env.REMINDER_HOURS_BEFORE,
  };
}

const emptyToUndefined = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v.trim());

/** A booking request, the same for the JSON API and the form (whose extra fields are dropped first). */
export const BookingRequest = z.strictObject({
  clinicId: z.string().min(1).max(200),
  visitType: z.string().min(1).max(100),
  start: z.iso.datetime({ offset: true }),
  altcha: z.string().max(8000).optional(),
  nickname: z.string().max(200).optional().transform(emptyToUndefined).pipe(z.string().max(40).optional()),
  reminderEmail: z.string().max(400).optional().transform(emptyToUndefined).pipe(z.email().max(254).optional()),
  idempotencyKey: z.string().regex(/^[\w-]{8,100}$/).optional(),
});
export type BookingRequest = z.infer<typeof BookingRequest>;

/** Messages for the fields of the booking and manage requests. */
const FIELD_KEYS: Record<string, UiKey> = {
  clinicId: "book.error.clinicId",
  visitType: "book.error.visitType",
  start: "book.error.start",
  nickname: "book.error.nickname",
  reminderEmail: "book.error.reminderEmail",
  altcha: "book.error.human",
  idempotencyKey: "error.badRequest",
  code: "book.error.code",
  secret: "book.error.secret",
};

export const bookingFieldErrors = (error: z.ZodError) => fieldErrors(error, FIELD_KEYS);

/** What a refusal from the slot engine or the store means for the visitor and the API. */
export function bookingFailure(reason: BookingError): Failure {
  if (reason === "SLOT_FULL") return { ok: false, status: 409, error: "SLOT_FULL", message: "book.error.SLOT_FULL" };
  if (reason === "IDEMPOTENCY_CONFLICT") return { ok: false, status: 409, error: reason, message: "book.error.IDEMPOTENCY_CONFLICT" };
  if (reason === "CANCELLATION_TOO_LATE" || reason === "NOT_ACTIVE") return { ok: false, status: 409, error: reason, message: `book.error.${reason}` };
  if (reason === "UNKNOWN_VISIT_TYPE") return { ok: false, status: 422, error: "VALIDATION", fields: { visitType: "book.error.UNKNOWN_VISIT_TYPE" } };
  return { ok: false, status: 422, error: reason, fields: { start: `book.error.${reason}` } };
}

export interface Made {
  ok: true;
  status: 200 | 201;
  booking: Booking;
  secret: string;
  clinic: ClinicWithRules;
}

/**
 * A parsed booking request from the API or the form: rate limit, proof of a person, then the
 * booking. A repeated request (same idempotency key) skips the proof — its payload was used
 * by the first — and gets the first one's booking.
 */
export async function submitBooking(services: Services, request: BookingRequest, proof: HumanProof, locale: string, client: string, now: Date): Promise<Made | Failure> {
  const limited = await limit(services, "bookings", client);
  if (limited) return limited;
  const repeated = request.idempotencyKey !== undefined && (await idempotencyKeyUsed(services.db, request.idempotencyKey));
  const refused = repeated ? undefined : await checkHuman(services, "booking", proof);
  return refused ?? book(services, request, locale, now);
}

/** A booking request after it has passed rate limit and proof: the clinic, then the store. */
export async function book(services: Services, request: BookingRequest, locale: string, now: Date): Promise<Made | Failure> {
  const clinic = await bookingClinic(request.clinicId);
  if (!clinic) return { ok: false, status: 422, error: "VALIDATION", fields: { clinicId: "book.error.clinicId" } };
  const result = await createBooking(
    services.db,
    {
      clinicId: clinic.clinic._id,
      rules: clinic.rules,
      visitType: request.visitType,
      start: new Date(request.start),
      nickname: request.nickname,
      reminderEmail: request.reminderEmail,
      idempotencyKey: request.idempotencyKey,
      locale,
    },
    storeOptions(services, now),
  );
  if (!result.ok) return bookingFailure(result.reason);
  return { ok: true, status: result.replayed ? 200 : 201, booking: result.booking, secret: result.secret, clinic };
}

/** The last moment a visitor may cancel or move a booking on the web. */
export function changeableUntil(booking: Pick<Booking, "start">, rules: Pick<BookingRules, "cancelCutoffMinutes">): Date {
  return new Date(booking.start.getTime() - rules.cancelCutoffMinutes * 60_000);
}

/** A booking as the API shows it. The secret only in the answer that made it. */
export function bookingJson(booking: Booking, rules: BookingRules, secret?: string): Record<string, unknown> {
  return {
    code: group(booking.code),
    ...(secret ? { secret: group(secret) } : {}),
    clinicId: booking.clinicId,
    visitType: booking.visitType,
    start: booking.start.toISOString(),
    end: booking.end.toISOString(),
    nickname: booking.nickname,
    status: booking.status,
    reminder: booking.hasReminder,
    changeableUntil: changeableUntil(booking, rules).toISOString(),
  };
}

/**
 * The booking named by code and secret; one answer for unknown and wrong. Failed attempts count
 * against the manage limit, and a client over it is refused before any lookup.
 */
export async function openBooking(services: Services, code: string, secret: string, client: string): Promise<{ ok: true; booking: Booking; clinic: ClinicWithRules } | Failure> {
  const over = await overLimit(services, "manage", client);
  if (over) return over;
  const booking = await findBooking(services.db, code, secret);
  const clinic = booking && (await bookingClinic(booking.clinicId));
  if (!booking || !clinic) {
    await limit(services, "manage", client); // a failed attempt counts
    return { ok: false, status: 404, error: "NOT_FOUND", message: "book.manage.notFound" };
  }
  return { ok: true, booking, clinic };
}

/** The booking form's fields; anything else in the body is ignored. */
const FORM_FIELDS = ["clinicId", "visitType", "start", "nickname", "reminderEmail", "idempotencyKey", "altcha"] as const;

/** A booking sent by the no-JavaScript form (or the same form with the widget's payload). */
export async function bookFromForm(services: Services, form: Record<string, string>, locale: string, client: string, now: Date): Promise<Made | Failure> {
  const fields = filledFields(form, FORM_FIELDS);
  const parsed = BookingRequest.safeParse(fields);
  if (!parsed.success) return bookingFieldErrors(parsed.error);
  return submitBooking(services, parsed.data, { altcha: parsed.data.altcha, formToken: form["formToken"] ?? "", honeypot: form["website"] }, locale, client, now);
}

const ManageForm = z.object({
  action: z.enum(["open", "cancel", "move", "ics"]).default("open"),
  code: z.string().max(40).transform(normalize).pipe(z.string().refine(isCode)),
  secret: z.string().max(100).transform(normalize).pipe(z.string().refine(isSecret)),
  start: z.iso.datetime({ offset: true }).optional(),
});
export type ManageAction = z.infer<typeof ManageForm>["action"];

export type Managed =
  | { ok: true; action: ManageAction; booking: Booking; clinic: ClinicWithRules; secret: string; done?: "cancelled" | "moved"; refusal?: Failure }
  | (Failure & { action?: ManageAction });

/** The manage form: open, cancel, move or download a booking with its code and secret. */
export async function manageFromForm(services: Services, form: Record<string, string>, client: string, now: Date): Promise<Managed> {
  const present = (value: string | undefined) => (value === "" ? undefined : value);
  const parsed = ManageForm.safeParse({ action: present(form["action"]), code: form["code"] ?? "", secret: form["secret"] ?? "", start: present(form["start"]) });
  if (!parsed.success) return bookingFieldErrors(parsed.error);
  const { action, code, secret, start } = parsed.data;
  const opened = await openBooking(services, code, secret, client);
  if (!opened.ok) return { ...opened, action };
  const { booking, clinic } = opened;
  const base = { ok: true as const, action, booking, clinic, secret };
  if (action === "cancel") {
    const result = await cancelBooking(services.db, booking, clinic.rules, now);
    if (!result.ok) return { ...base, refusal: bookingFailure(result.reason) };
    return { ...base, booking: { ...booking, status: "cancelled", hasReminder: false }, done: "cancelled" };
  }
  if (action === "move") {
    if (!start) return { ...base, refusal: { ok: false, status: 422, error: "VALIDATION", fields: { start: "book.error.start" } } };
    const result = await moveBooking(services.db, booking, clinic.rules, new Date(start), storeOptions(services, now));
    if (!result.ok) return { ...base, refusal: bookingFailure(result.reason) };
    return { ...base, booking: result.booking, done: "moved" };
  }
  return base;
}
