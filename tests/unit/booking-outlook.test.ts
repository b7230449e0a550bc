/** src/lib/booking/flow.ts `clinicOutlook`: a clinic's next free time, and why today cannot be booked. */
import { describe, expect, it } from "vitest";
import { clinicOutlook } from "../../src/lib/booking/flow.ts";
import type { BookingRules } from "../../src/lib/booking/slots.ts";
import { EVENING_RULES } from "../support/booking-rules.ts";

// Tue and Thu 16:00–19:00, 20-minute slots, one seat, two hours' notice.
const rules: BookingRules = { ...EVENING_RULES, seats: 1, closedDates: [] };
const none = new Map<string, number>();
const at = (iso: string) => new Date(iso);
/** Every slot of an evening taken. */
const takenEvening = (date: string) => new Map(["16:00", "16:20", "16:40", "17:00", "17:20", "17:40", "18:00", "18:20", "18:40"].map((t) => [`${date}T${t}`, 1]));

describe("a clinic's outlook", () => {
  it("is free today when a time after the notice is left, and that time is the next", () => {
    const outlook = clinicOutlook(rules, none, at("2026-11-24T14:00:00+01:00"));
    expect(outlook.today).toBe("free");
    expect(outlook.next).toMatchObject({ date: "2026-11-24", time: "16:00" });
  });

  it("says 'too soon' when today's remaining times are all within the notice, and gives Thursday's first", () => {
    const outlook = clinicOutlook(rules, none, at("2026-11-24T17:30:00+01:00"));
    expect(outlook.today).toBe("tooSoon");
    expect(outlook.noticeMinutes).toBe(120);
    expect(outlook.next).toMatchObject({ date: "2026-11-26", time: "16:00" });
  });

  it("says 'full' when times after the notice exist but every one is taken", () => {
    const outlook = clinicOutlook(rules, takenEvening("2026-11-24"), at("2026-11-24T13:00:00+01:00"));
    expect(outlook.today).toBe("full");
    expect(outlook.next?.date).toBe("2026-11-26");
  });

  it("says nothing of today when the evening is over or there is none", () => {
    expect(clinicOutlook(rules, none, at("2026-11-24T19:30:00+01:00")).today).toBe("none");
    expect(clinicOutlook(rules, none, at("2026-11-25T12:00:00+01:00")).today).toBe("none");
  });

  it("has no next time when the window holds none", () => {
    const closed = { ...rules, bookAheadDays: 0 };
    const outlook = clinicOutlook(closed, none, at("2026-11-25T12:00:00+01:00"));
    expect(outlook.next).toBeUndefined();
  });
});
