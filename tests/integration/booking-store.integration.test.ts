/**
 * The booking store, the proofs and the mail part on PGlite and PostgreSQL: idempotency,
 * cut-off, single-use proofs, rate-limit windows, reminder e-mails through a real SMTP server
 * on loopback, and the purge at the retention boundary with a frozen clock.
 */

import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { sendDueReminders } from "../../src/lib/booking/reminders.ts";
import type { BookingRules } from "../../src/lib/booking/slots.ts";
import { cancelBooking, createBooking, findBooking, type StoreOptions } from "../../src/lib/booking/store.ts";
import type { Db } from "../../src/lib/db/index.ts";
import { smtpMailer } from "../../src/lib/mail/index.ts";
import { newChallenge, verifyAltcha } from "../../src/lib/security/altcha.ts";
import { newFormToken, verifyFormToken } from "../../src/lib/security/form-token.ts";
import { hit } from "../../src/lib/security/rate-limit.ts";
import { purge } from "../../src/lib/server/purge.ts";
import { engines } from "../support/db.ts";
import { startSmtp } from "../support/smtp.ts";

const RULES: BookingRules = {
  windows: [{ day: "thu", start: "16:00", end: "19:00" }],
  slotMinutes: 20,
  seats: 2,
  bookAheadDays: 28,
  minNoticeMinutes: 120,
  cancelCutoffMinutes: 120,
  visitTypes: [{ id: "talk", minutes: 40 }],
};
const NOW = new Date("2026-11-24T16:30:00Z"); // Tuesday 17:30 in Stockholm
const options: StoreOptions = { now: NOW, secretKey: "test-key", idempotencyKey: "test-idempotency-key", retentionDays: 30, reminderHoursBefore: 24 };
const THURSDAY_16 = new Date("2026-11-26T15:00:00Z");

describe.each(engines("nara_test_store"))("booking store on %s", (_, open) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it("makes a booking once for an idempotency key, and refuses the key for another booking", async () => {
    const input = { clinicId: "c1", rules: RULES, visitType: "talk", start: THURSDAY_16, idempotencyKey: "key-00000001", locale: "sv" };
    const first = await createBooking(db, input, options);
    const again = await createBooking(db, input, options);
    if (!first.ok || !again.ok) throw new Error("not booked");
    expect([first.replayed, again.replayed]).toEqual([false, true]);
    expect(again.booking.code).toBe(first.booking.code);
    expect(again.secret).toBe(first.secret);
    expect(await createBooking(db, { ...input, start: new Date("2026-11-26T16:00:00Z") }, options)).toEqual({ ok: false, reason: "IDEMPOTENCY_CONFLICT" });
    expect((await findBooking(db, first.booking.code, first.secret))?.id).toBe(first.booking.id);
    expect(await findBooking(db, first.booking.code, "2222-2222-2222-2222-2222-2222")).toBeUndefined();
    // The key is kept only as a keyed hash: not as it came, and not as a plain hash of it.
    const kept = await db.query("SELECT * FROM bookings WHERE id = $1", [first.booking.id]);
    const row = JSON.stringify(kept);
    expect(row).not.toContain("key-00000001");
    expect(row).not.toContain(createHash("sha256").update("key-00000001").digest("hex"));
    expect(kept[0]?.["idempotency_hash"]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses to cancel after the cut-off, and gives the seats back before it", async () => {
    const made = await createBooking(db, { clinicId: "c2", rules: RULES, visitType: "talk", start: THURSDAY_16, locale: "sv" }, options);
    if (!made.ok) throw new Error("not booked");
    expect(await cancelBooking(db, made.booking, RULES, new Date("2026-11-26T13:30:00Z"))).toEqual({ ok: false, reason: "CANCELLATION_TOO_LATE" });
    expect(await cancelBooking(db, made.booking, RULES, NOW)).toEqual({ ok: true });
    const seats = await db.query<{ taken: number }>("SELECT taken FROM slot_seats WHERE clinic_id = 'c2'");
    expect(seats.map((s) => s.taken)).toEqual([0, 0]);
  });

  it("accepts an ALTCHA solution once, and a form token only after a few seconds, once", async () => {
    const altcha = { signatureKey: "s1", keySignatureKey: "s2", cost: 1, counterMax: 10, expiresSeconds: 60 };
    const challenge = await newChallenge(altcha, new Date());
    const solution = await solveChallenge({ challenge, deriveKey });
    const payload = Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
    expect(await verifyAltcha(db, altcha, payload, new Date())).toBe("OK");
    expect(await verifyAltcha(db, altcha, payload, new Date())).toBe("REPLAYED");
    expect(await verifyAltcha(db, { ...altcha, signatureKey: "other" }, payload, new Date())).toBe("INVALID");
    expect(await verifyAltcha(db, altcha, "bm90IGpzb24=", new Date())).toBe("INVALID");
    expect(await verifyAltcha(db, altcha, payload, new Date(Date.now() + 120_000))).toBe("EXPIRED");

    const issued = new Date("2026-11-23T10:00:00Z");
    const token = newFormToken("k", "booking", issued);
    expect(await verifyFormToken(db, "k", "booking", token, 3, new Date(issued.getTime() + 1000))).toBe("TOO_FAST");
    expect(await verifyFormToken(db, "k", "contact", token, 3, new Date(issued.getTime() + 5000))).toBe("INVALID");
    expect(await verifyFormToken(db, "k", "booking", token.replace(/.$/, (c) => (c === "a" ? "b" : "a")), 3, new Date(issued.getTime() + 5000))).toBe("INVALID");
    expect(await verifyFormToken(db, "k", "booking", token, 3, new Date(issued.getTime() + 5000))).toBe("OK");
    expect(await verifyFormToken(db, "k", "booking", token, 3, new Date(issued.getTime() + 6000))).toBe("REPLAYED");
    expect(await verifyFormToken(db, "k", "booking", token, 3, new Date(issued.getTime() + 2 * 3_600_000))).toBe("EXPIRED");
  });

  it("counts requests per client and window", async () => {
    const limit = { bucket: "test", max: 2, windowSeconds: 60 };
    const at = new Date("2026-11-24T10:00:10Z");
    expect((await hit(db, limit, "client-a", at)).ok).toBe(true);
    expect((await hit(db, limit, "client-a", at)).ok).toBe(true);
    expect(await hit(db, limit, "client-a", at)).toEqual({ ok: false, retryAfter: 50 });
    expect((await hit(db, limit, "client-b", at)).ok).toBe(true);
    expect((await hit(db, limit, "client-a", new Date("2026-11-24T10:01:00Z"))).ok).toBe(true);
  });

  it("sends a reminder through SMTP with no more than the visit, then forgets the address", async () => {
    const smtp = await startSmtp();
    const received = smtp.received;
    const mailer = await smtpMailer(smtp.url, "Nära <no-reply@nara.example>");
    try {
      const made = await createBooking(db, { clinicId: "c3", rules: RULES, visitType: "talk", start: THURSDAY_16, reminderEmail: "visitor@example.se", locale: "sv" }, options);
      if (!made.ok) throw new Error("not booked");
      const compose = () => Promise.resolve({ subject: "Påminnelse: Möte torsdag 26 november 16:00", text: `Kod ${made.booking.code}` });
      // Not yet: the reminder goes 24 hours before.
      expect(await sendDueReminders(db, mailer, NOW, compose)).toBe(0);
      expect(await sendDueReminders(db, mailer, new Date("2026-11-25T15:00:00Z"), compose)).toBe(1);
      expect(await sendDueReminders(db, mailer, new Date("2026-11-25T15:01:00Z"), compose)).toBe(0);
      expect(received).toEqual([{ to: "visitor@example.se", subject: "Påminnelse: Möte torsdag 26 november 16:00", text: `Kod ${made.booking.code}\n` }]);

      // The address is deleted as soon as the visit has started; the booking 30 days after it ended.
      await purge(db, new Date("2026-11-26T14:59:00Z"), 365);
      expect(await db.query("SELECT 1 FROM booking_reminders WHERE booking_id = $1", [made.booking.id])).toHaveLength(1);
      await purge(db, THURSDAY_16, 365);
      expect(await db.query("SELECT 1 FROM booking_reminders WHERE booking_id = $1", [made.booking.id])).toHaveLength(0);
      const end = made.booking.end.getTime();
      await purge(db, new Date(end + 30 * 86_400_000 - 1000), 365);
      expect(await db.query("SELECT 1 FROM bookings WHERE id = $1", [made.booking.id])).toHaveLength(1);
      const counts = await purge(db, new Date(end + 30 * 86_400_000 + 1000), 365);
      expect(counts.bookings).toBeGreaterThanOrEqual(1);
      expect(await db.query("SELECT 1 FROM bookings WHERE id = $1", [made.booking.id])).toHaveLength(0);
    } finally {
      mailer.close();
      await smtp.close();
    }
  });
});
