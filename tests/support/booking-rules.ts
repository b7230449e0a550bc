/** A clinic's booking rules for the slot engine's tests: Tue and Thu 16:00–19:00, 20-minute slots, 2 seats, two hours' notice. */
import type { BookingRules } from "../../src/lib/booking/slots.ts";

export const EVENING_RULES: BookingRules = {
  windows: [
    { day: "tue", start: "16:00", end: "19:00" },
    { day: "thu", start: "16:00", end: "19:00" },
  ],
  slotMinutes: 20,
  seats: 2,
  bookAheadDays: 28,
  minNoticeMinutes: 120,
  cancelCutoffMinutes: 120,
  visitTypes: [
    { id: "talk", minutes: 40 },
    { id: "sti-test", minutes: 20 },
  ],
  closedDates: ["2026-12-29"],
};
