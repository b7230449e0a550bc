/** src/lib/booking/service.ts on in-memory PGlite with a fixed clock: the form and API pipeline, manage, reminders. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, TUESDAY, withToken, type TestApp } from "../support/app.ts";

const CLINIC = "clinic-ungdomsmottagningen-soderhojden";
const SLOT = "2026-11-26T15:00:00.000Z"; // Thursday 16:00 in Stockholm, 3 seats

describe("the booking service", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ RATE_LIMIT_BOOKINGS: "6", RATE_LIMIT_MANAGE: "2", REMINDER_HOURS_BEFORE: "48" });
  }, 60_000);
  afterAll(() => t.close());

  const form = (fields: Record<string, string>) => withToken(t.app, "booking", { clinicId: CLINIC, visitType: "sti-test", start: SLOT, ...fields });

  it("books from the form, and fills a slot to exactly its seats", async () => {
    const made = await Promise.all([1, 2, 3, 4].map((n) => t.app.booking.fromForm(form({ nickname: `n${String(n)}` }), "sv", `client-${String(n)}`, TUESDAY)));
    expect(made.map((m) => (m.ok ? m.status : m.error)).sort()).toEqual([201, 201, 201, "SLOT_FULL"]);
    const full = made.find((m) => !m.ok);
    expect(full).toMatchObject({ status: 409, message: "book.error.SLOT_FULL" });
  });

  it("answers every field's problem at once, the clinic checked against the CMS, before the limit or the proof", async () => {
    const refused = await t.app.booking.fromForm({ clinicId: "clinic-nowhere", visitType: "sti-test", start: "tomorrow", reminderEmail: "not-an-address" }, "sv", "client-x", TUESDAY);
    expect(refused).toEqual({ ok: false, status: 422, error: "VALIDATION", fields: { start: "book.error.start", reminderEmail: "book.error.reminderEmail" } });
    const unknownClinic = await t.app.booking.fromForm(form({ clinicId: "clinic-nowhere" }), "sv", "client-x", TUESDAY);
    expect(unknownClinic).toMatchObject({ status: 422, fields: { clinicId: "book.error.clinicId" } });
  });

  it("refuses a form without a person's proof, and a body with fields nobody asked for", async () => {
    expect(await t.app.booking.fromForm({ clinicId: CLINIC, visitType: "talk", start: "2026-11-26T16:00:00.000Z" }, "sv", "client-y", TUESDAY)).toMatchObject({ status: 422, fields: { altcha: "book.error.human" } });
    expect(await t.app.booking.fromForm(form({ website: "spam" }), "sv", "client-y", TUESDAY)).toMatchObject({ status: 422, fields: { altcha: "book.error.human" } });
    expect(await t.app.booking.submit({ clinicId: CLINIC, visitType: "talk", start: SLOT, name: "Anna" }, "sv", "client-y", TUESDAY)).toMatchObject({ status: 422, error: "UNKNOWN_FIELDS" });
  });

  it("gives a repeated idempotency key the first booking only with a proof of its own, and tells nothing of keys used for other bookings", async () => {
    const request = { visitType: "talk", start: "2026-11-26T16:00:00.000Z", idempotencyKey: "same-request-0001" };
    const first = await t.app.booking.fromForm(form(request), "sv", "client-z", TUESDAY);
    // The key alone gives nothing back.
    expect(await t.app.booking.submit({ clinicId: CLINIC, ...request }, "sv", "client-z", TUESDAY)).toMatchObject({ status: 422, fields: { altcha: "book.error.human" } });
    const again = await t.app.booking.fromForm(form(request), "sv", "client-z", TUESDAY);
    expect(first.ok && again.ok && [first.status, again.status, again.booking.code === first.booking.code, again.secret === first.secret]).toEqual([201, 200, true, true]);
    // The used key with another booking's fields, and a key that is no key: the same answer.
    const conflict = await t.app.booking.fromForm(form({ ...request, start: "2026-11-26T16:20:00.000Z" }), "sv", "client-z", TUESDAY);
    const malformed = await t.app.booking.fromForm(form({ ...request, start: "2026-11-26T16:20:00.000Z", idempotencyKey: "no key!" }), "sv", "client-z", TUESDAY);
    expect(conflict).toEqual({ ok: false, status: 422, error: "VALIDATION", fields: { idempotencyKey: "book.error.IDEMPOTENCY_CONFLICT" } });
    expect(malformed).toEqual(conflict);
  });

  it("counts bookings per client and answers the limit with Retry-After", async () => {
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await t.app.booking.fromForm(form({ visitType: "talk", start: "2026-11-26T17:00:00.000Z" }), "sv", "client-busy", TUESDAY));
    const last = results.at(-1);
    expect(last).toMatchObject({ ok: false, status: 429, error: "RATE_LIMITED", message: "error.rateLimited" });
    expect(last && !last.ok && last.retryAfter).toBeGreaterThan(0);
  });

  it("opens, moves and cancels with code and secret; a wrong secret counts and then the client is refused", async () => {
    const made = await t.app.booking.fromForm(form({ visitType: "talk", start: "2026-11-26T15:20:00.000Z", reminderEmail: "ung@example.se" }), "sv", "client-m", TUESDAY);
    if (!made.ok) throw new Error(made.error);
    const { code } = made.booking;
    const moved = await t.app.booking.manageFromForm({ action: "move", code, secret: made.secret, start: "2026-11-26T15:40:00.000Z" }, "client-m", TUESDAY);
    expect(moved).toMatchObject({ ok: true, done: "moved" });
    // The first press asks; nothing is cancelled until it is confirmed.
    const asked = await t.app.booking.manageFromForm({ action: "cancel", code, secret: made.secret }, "client-m", TUESDAY);
    expect(asked.ok && [asked.confirming, asked.booking.status, asked.done]).toEqual(["cancel", "booked", undefined]);
    const cancelled = await t.app.booking.manageFromForm({ action: "cancel", code, secret: made.secret, confirm: "yes" }, "client-m", TUESDAY);
    expect(cancelled.ok && [cancelled.done, cancelled.booking.status]).toEqual(["cancelled", "cancelled"]);
    const again = await t.app.booking.manageFromForm({ action: "cancel", code, secret: made.secret, confirm: "yes" }, "client-m", TUESDAY);
    expect(again.ok && again.refusal).toMatchObject({ status: 409, error: "NOT_ACTIVE" });

    const wrong = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ".slice(0, made.secret.length);
    expect(await t.app.booking.open(code, wrong, "client-w")).toMatchObject({ status: 404, error: "NOT_FOUND", message: "book.manage.notFound" });
    // Past the limit (2) a wrong secret is refused; the right one still opens (a shared address is not locked out).
    await t.app.booking.open(code, wrong, "client-w");
    expect(await t.app.booking.open(code, wrong, "client-w")).toMatchObject({ status: 429, error: "RATE_LIMITED" });
    expect(await t.app.booking.open(code, made.secret, "client-w")).toMatchObject({ ok: true });
  });

  it("sends the reminders that are due, once, in the visitor's language, through the mailer it was given", async () => {
    const made = await t.app.booking.fromForm(form({ visitType: "talk", start: "2026-11-26T16:20:00.000Z", reminderEmail: "ung@example.se" }), "ar", "client-r", TUESDAY);
    expect(made.ok).toBe(true);
    const before = t.mail.length;
    expect(await t.app.booking.sendReminders(new Date("2026-11-24T12:00:00Z"))).toBe(0);
    expect(await t.app.booking.sendReminders(new Date("2026-11-25T12:00:00Z"))).toBe(1);
    expect(await t.app.booking.sendReminders(new Date("2026-11-25T12:01:00Z"))).toBe(0);
    const reminder = t.mail.slice(before);
    expect(reminder.map((m) => m.to)).toEqual(["ung@example.se"]);
    expect(reminder[0]?.text).toContain("https://nara.example/ar/book/manage/");
  });

  it("answers the slots API's questions: unknown clinic, unknown visit type, free starts", async () => {
    expect(await t.app.booking.slots("clinic-nowhere", {}, TUESDAY)).toMatchObject({ status: 404, error: "NOT_FOUND" });
    expect(await t.app.booking.slots(CLINIC, { visitType: "x-ray" }, TUESDAY)).toMatchObject({ status: 422, fields: { visitType: "book.error.visitType" } });
    const slots = await t.app.booking.slots(CLINIC, { from: "2026-11-26", to: "2026-11-26", visitType: "sti-test" }, TUESDAY);
    expect(slots.ok && slots.slots.map((s) => s.start)).not.toContain(SLOT);
    expect(slots.ok && slots.slots.length).toBeGreaterThan(0);
  });
});
