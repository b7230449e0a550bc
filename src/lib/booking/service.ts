/**
 * Booking as the API and the pages use it, made by `createBooking` from only what it needs:
 * the database, the content (the clinics' rules), the guard (limits and proof), the mailer (the
 * reminders) and its options. Every outcome is a value or a failure with an HTTP status, a
 * reason code and translation keys — never an exception that reaches a visitor.
 */
import { z } from "zod";
import { cleanLine } from "../text.ts";
import type { LoadQuery } from "../content/load.ts";
import type { Db } from "../db/index.ts";
import { addDays, stockholmNow } from "../dates.ts";
import { submitForm, formProof, type FormOutcome, type PublicForm } from "../forms/pipeline.ts";
import { fail, fieldErrors, invalid, type Failure, type FormError } from "../http/failure.ts";
import { filledFields } from "../http/body.ts";
import { createTranslator, DEFAULT_LOCALE, isLocale, type UiKey } from "../i18n/index.ts";
import type { Mailer } from "../mail/index.ts";
import { group, isCode, isSecret, normalize } from "../security/codes.ts";
import type { Guard, HumanProof } from "../security/guards.ts";
import { localizedPath } from "../site/paths.ts";
import { bookingClinic, rulesOf, type ClinicWithRules } from "./clinics.ts";
import { calendarTitle, reminderMail } from "./describe.ts";
import { changeOptions, freeSlotsBetween, loadFlow, type Flow } from "./flow.ts";
import { openStep, sealStep, type StepChoices } from "./step-token.ts";
import { sendDueReminders } from "./reminders.ts";
import { offeredSeats, type BookingRules, type Slot } from "./slots.ts";
import { bookingById, bookingsOn, cancelBooking, createBooking as storeBooking, findBooking, markVisit, moveBooking, type Booking, type BookingError, type StoreOptions } from "./store.ts";

export type { BookingClinic, ClinicWithRules } from "./clinics.ts";

/** Every reason a booking action can be refused for. */
export type BookingFailureCode = BookingError | FormError | "NOT_FOUND" | "UNAUTHORIZED";
export type BookingFailure = Failure<BookingFailureCode>;

const emptyToUndefined = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v.trim());

/** A booking request, the same for the JSON API and the form (whose extra fields are dropped first). */
export const BookingRequest = z.strictObject({
  clinicId: z.string().min(1).max(200),
  visitType: z.string().min(1).max(100),
  start: z.iso.datetime({ offset: true }),
  altcha: z.string().max(8000).optional(),
  // Cleaned like every free text: no control characters (NUL included) and no bidi overrides.
  nickname: z.string().max(200).optional().transform((v) => emptyToUndefined(v === undefined ? undefined : cleanLine(v))).pipe(z.string().max(40).optional()),
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
  // Said alike of a key that is no key and of a key used for another booking.
  idempotencyKey: "book.error.IDEMPOTENCY_CONFLICT",
  code: "book.error.code",
  secret: "book.error.secret",
  from: "error.badRequest",
  to: "error.badRequest",
};

export const bookingFieldErrors = (error: z.ZodError) => fieldErrors(error, FIELD_KEYS);

/** What a refusal from the slot engine or the store means for the visitor and the API. */
export function bookingFailure(reason: BookingError): BookingFailure {
  // A key used for another booking is answered like any key that does not do: which keys exist is not told.
  if (reason === "IDEMPOTENCY_CONFLICT") return invalid({ idempotencyKey: "book.error.IDEMPOTENCY_CONFLICT" });
  if (reason === "SLOT_FULL" || reason === "CANCELLATION_TOO_LATE" || reason === "NOT_ACTIVE") return fail(409, reason, `book.error.${reason}`);
  if (reason === "UNKNOWN_VISIT_TYPE") return invalid({ visitType: "book.error.UNKNOWN_VISIT_TYPE" });
  return fail(422, reason, undefined, { fields: { start: `book.error.${reason}` } });
}

export interface Made {
  status: 200 | 201;
  booking: Booking;
  secret: string;
  clinic: ClinicWithRules;
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

/** The booking form's fields; anything else in the body is ignored. */
const FORM_FIELDS = ["clinicId", "visitType", "start", "nickname", "reminderEmail", "idempotencyKey", "altcha"] as const;

const ManageForm = z.object({
  action: z.enum(["open", "cancel", "move", "ics"]).default("open"),
  code: z.string().max(40).transform(normalize).pipe(z.string().refine(isCode)),
  secret: z.string().max(100).transform(normalize).pipe(z.string().refine(isSecret)),
  start: z.iso.datetime({ offset: true }).optional(),
  /** A cancellation is done only when confirmed; the first press asks. */
  confirm: z.literal("yes").optional().catch(undefined),
});
export type ManageAction = z.infer<typeof ManageForm>["action"];

export interface Opened {
  booking: Booking;
  clinic: ClinicWithRules;
}

export type Managed =
  | { ok: true; action: ManageAction; booking: Booking; clinic: ClinicWithRules; secret: string; done?: "cancelled" | "moved"; confirming?: "cancel"; refusal?: BookingFailure }
  | (BookingFailure & { action?: ManageAction });

/** What staff may mark a booking as. */
export const STAFF_MARKS = ["arrived", "no_show", "cancel"] as const;
export type StaffMark = (typeof STAFF_MARKS)[number];

export interface BookingOptions {
  /** Bookings are deleted this many days after the visit. */
  retentionDays: number;
  reminderHoursBefore: number;
  /** The title of the calendar event a visitor downloads (translated "Appointment" when unset). */
  icsTitle: string | undefined;
  /** The public address, for the link in a reminder. */
  siteUrl: string;
}

export interface BookingDeps {
  db: Db;
  content: { loadQuery: LoadQuery };
  guard: Guard;
  mailer: Mailer;
  keys: { bookingSecret: string; idempotency: string; step: string };
  /** Told of every booking made (the metrics). */
  created?: () => void;
  options: BookingOptions;
}

export type BookingService = ReturnType<typeof createBooking>;

export function createBooking({ db, content, guard, mailer, keys, created, options }: BookingDeps) {
  const { loadQuery } = content;
  const storeOptions = (now: Date): StoreOptions => ({ now, secretKey: keys.bookingSecret, idempotencyKey: keys.idempotency, retentionDays: options.retentionDays, reminderHoursBefore: options.reminderHoursBefore });
  const clinic = (id: string) => bookingClinic(loadQuery, id);

  /**
   * Booking as a public form: the clinic checked against the CMS, limit, proof, then the store.
   * A repeated idempotency key needs a proof of its own too: the key alone never gives back a
   * booking's code and secret.
   */
  const bookingForm = <I>(locale: string, now: Date, fields: ((input: I) => unknown) | undefined, proof: (request: BookingRequest, input: I) => HumanProof): PublicForm<I, BookingRequest, ClinicWithRules, Made, BookingFailureCode> => ({
    name: "booking",
    limit: "bookings",
    schema: BookingRequest,
    fieldKeys: FIELD_KEYS,
    ...(fields ? { fields } : {}),
    async check(request) {
      if (!request) return {};
      const found = await clinic(request.clinicId);
      return found ? { context: found } : { fields: { clinicId: "book.error.clinicId" } };
    },
    proof,
    async store(request, found) {
      const result = await storeBooking(
        db,
        {
          clinicId: found.clinic._id,
          rules: found.rules,
          visitType: request.visitType,
          start: new Date(request.start),
          nickname: request.nickname,
          reminderEmail: request.reminderEmail,
          idempotencyKey: request.idempotencyKey,
          locale,
        },
        storeOptions(now),
      );
      if (!result.ok) return bookingFailure(result.reason);
      if (!result.replayed) created?.();
      return { ok: true, status: result.replayed ? 200 : 201, booking: result.booking, secret: result.secret, clinic: found };
    },
  });

  /**
   * The booking named by code and secret; one answer for unknown and wrong. Failed attempts count
   * against the manage limit, and a client over it is refused before any lookup.
   */
  async function open(code: string, secret: string, client: string): Promise<({ ok: true } & Opened) | BookingFailure> {
    const found = await guard.lookup("manage", client, async () => {
      const booking = await findBooking(db, code, secret);
      const withClinic = booking && (await clinic(booking.clinicId));
      return booking && withClinic ? { booking, clinic: withClinic } : undefined;
    });
    if (!found.ok) return found.refused ?? fail(404, "NOT_FOUND", "book.manage.notFound");
    return { ok: true, ...found.value };
  }

  async function cancel({ booking, clinic: found }: Opened, now: Date): Promise<({ ok: true } & Opened) | BookingFailure> {
    const result = await cancelBooking(db, booking, found.rules, now);
    if (!result.ok) return bookingFailure(result.reason);
    return { ok: true, booking: { ...booking, status: "cancelled", hasReminder: false }, clinic: found };
  }

  async function move({ booking, clinic: found }: Opened, start: Date, now: Date): Promise<({ ok: true } & Opened) | BookingFailure> {
    const result = await moveBooking(db, booking, found.rules, start, storeOptions(now));
    if (!result.ok) return bookingFailure(result.reason);
    return { ok: true, booking: result.booking, clinic: found };
  }

  return {
    clinics: () => loadQuery("bookingClinics"),
    /** The places each clinic's schedule offered on a date, and those from 17:00 (for the follow-up). */
    async offered(date: string): Promise<{ clinicId: string; total: number; evening: number }[]> {
      return (await loadQuery("bookingClinics")).flatMap(({ clinic }) => {
        const rules = rulesOf(clinic);
        return rules ? [{ clinicId: clinic._id, ...offeredSeats(rules, date) }] : [];
      });
    },
    clinic,
    /** A booking from the JSON API: the body as it came, the proof only ALTCHA's. */
    submit(body: Record<string, unknown>, locale: string, client: string, now: Date): Promise<FormOutcome<Made, BookingFailureCode>> {
      return submitForm(guard, bookingForm<Record<string, unknown>>(locale, now, undefined, (request) => ({ altcha: request.altcha })), body, client);
    },
    /** A booking sent by the no-JavaScript form (or the same form with the widget's payload). */
    fromForm(form: Record<string, string>, locale: string, client: string, now: Date): Promise<FormOutcome<Made, BookingFailureCode>> {
      return submitForm(guard, bookingForm<Record<string, string>>(locale, now, (input) => filledFields(input, FORM_FIELDS), (request, input) => formProof(request.altcha, input)), form, client);
    },
    open,
    cancel,
    move,
    /** The manage form: open, cancel, move or download a booking with its code and secret. */
    async manageFromForm(form: Record<string, string>, client: string, now: Date): Promise<Managed> {
      const present = (value: string | undefined) => (value === "" ? undefined : value);
      const parsed = ManageForm.safeParse({ action: present(form["action"]), code: form["code"] ?? "", secret: form["secret"] ?? "", start: present(form["start"]), confirm: present(form["confirm"]) });
      if (!parsed.success) return bookingFieldErrors(parsed.error);
      const { action, code, secret, start, confirm } = parsed.data;
      const opened = await open(code, secret, client);
      if (!opened.ok) return { ...opened, action };
      const base = { ok: true as const, action, booking: opened.booking, clinic: opened.clinic, secret };
      if (action === "cancel" && confirm !== "yes") return { ...base, confirming: "cancel" };
      if (action === "cancel") {
        const result = await cancel(opened, now);
        return result.ok ? { ...base, booking: result.booking, done: "cancelled" } : { ...base, refusal: result };
      }
      if (action === "move") {
        if (!start) return { ...base, refusal: invalid({ start: "book.error.start" }) };
        const result = await move(opened, new Date(start), now);
        return result.ok ? { ...base, booking: result.booking, done: "moved" } : { ...base, refusal: result };
      }
      return base;
    },
    /**
     * The booking form's step from its address: the sealed step token (`?s=`), or plain
     * parameters (`?clinic=…&type=…&date=…&time=…`, for a link from elsewhere; the site's own
     * links never carry them, so the history shows no visit type).
     */
    async flow(params: URLSearchParams, now: Date): Promise<Flow> {
      const token = params.get("s");
      const choices = token ? openStep(keys.step, token, now) : { clinic: params.get("clinic") ?? undefined, type: params.get("type") ?? undefined, date: params.get("date") ?? undefined, time: params.get("time") ?? undefined };
      return loadFlow(db, await loadQuery("bookingClinics"), choices, now);
    },
    /** The query string of a step: its choices sealed (`?s=…`), or none for the first step. */
    stepQuery(choices: StepChoices, now: Date): string {
      return choices.clinic ? `?${new URLSearchParams({ s: sealStep(keys.step, choices, now) }).toString()}` : "";
    },
    changeOptions: (booking: Booking, found: ClinicWithRules, now: Date) => changeOptions(db, booking, found, now),
    /** Free starts for a visit type between two Stockholm dates (the slots API). */
    async slots(clinicId: string, query: { from?: string | undefined; to?: string | undefined; visitType?: string | undefined }, now: Date): Promise<({ ok: true; clinic: ClinicWithRules; visitType: string; from: string; to: string; slots: Slot[] }) | Failure<"NOT_FOUND" | "VALIDATION">> {
      const found = await clinic(clinicId);
      if (!found) return fail(404, "NOT_FOUND", "book.error.clinicId");
      const visitType = query.visitType ?? found.rules.visitTypes[0]?.id ?? "";
      if (!found.rules.visitTypes.some((v) => v.id === visitType)) return fail(422, "VALIDATION", undefined, { fields: { visitType: "book.error.visitType" } });
      const from = query.from ?? stockholmNow(now).date;
      const to = query.to ?? addDays(from, found.rules.bookAheadDays);
      return { ok: true, clinic: found, visitType, from, to, slots: await freeSlotsBetween(db, found, visitType, from, to, now) };
    },
    /** A clinic's bookings on a Stockholm date, for its staff (who may is decided in `src/lib/staff/`). */
    day: (clinicId: string, date: string) => bookingsOn(db, clinicId, date),
    /** What staff do with one booking of a clinic: arrived, no-show, or cancel (at any time). Another clinic's booking is not found. */
    async mark(found: ClinicWithRules, bookingId: string, action: StaffMark, now: Date): Promise<({ ok: true; booking: Booking }) | Failure<"NOT_FOUND">> {
      const booking = await bookingById(db, bookingId);
      if (booking?.clinicId !== found.clinic._id) return fail(404, "NOT_FOUND");
      if (action === "cancel") await cancelBooking(db, booking, found.rules, now, true);
      else await markVisit(db, booking.id, action);
      return { ok: true, booking };
    },
    /** The calendar event's title in a language. */
    calendarTitle: (t: Parameters<typeof calendarTitle>[1]) => calendarTitle(options.icsTitle, t),
    /** The reminder e-mails that are due: a job the upkeep runs every minute. */
    sendReminders(now: Date): Promise<number> {
      return sendDueReminders(db, mailer, now, async ({ booking }) => {
        const locale = isLocale(booking.locale) ? booking.locale : DEFAULT_LOCALE;
        const t = createTranslator(locale);
        const found = await clinic(booking.clinicId);
        if (!found) throw new Error(`Reminder for a clinic that no longer takes bookings: ${booking.clinicId}`);
        const url = new URL(localizedPath(locale, "book", "manage"), options.siteUrl).href;
        return reminderMail(booking, found, locale, t, calendarTitle(options.icsTitle, t), url);
      });
    },
  };
}
