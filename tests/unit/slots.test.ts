import { describe, expect, it } from "vitest";
import { availableSlots, checkChange, checkStart, coveredSlots, type BookingRules } from "../../src/lib/booking/slots.ts";
import { stockholmInstant } from "../../src/lib/dates.ts";
import { EVENING_RULES } from "../support/booking-rules.ts";

// Tue 16:00–19:00, 20-minute slots, 2 seats → 9 slots × 2 = 18 bookable places.
const rules: BookingRules = EVENING_RULES;
const none = new Map<string, number>();
const monday = new Date("2026-11-23T09:00:00+01:00");

describe("available slots", () => {
  it("offers nine 20-minute starts and eight 40-minute starts on an evening", () => {
    const short = availableSlots(rules, "sti-test", "2026-11-24", "2026-11-24", none, monday);
    expect(short.map((s) => s.time)).toEqual(["16:00", "16:20", "16:40", "17:00", "17:20", "17:40", "18:00", "18:20", "18:40"]);
    expect(short.reduce((sum, s) => sum + s.seatsLeft, 0)).toBe(18);
    const long = availableSlots(rules, "talk", "2026-11-24", "2026-11-24", none, monday);
    expect(long.map((s) => s.time).at(-1)).toBe("18:20");
    expect(long).toHaveLength(8);
  });

  it("gives instants in Stockholm time, summer and winter alike", () => {
    const [winter] = availableSlots(rules, "sti-test", "2026-11-24", "2026-11-24", none, monday);
    expect(winter?.start).toBe("2026-11-24T15:00:00.000Z");
    // The week of the autumn change: Tue 20 Oct is summer time, Tue 27 Oct winter time.
    const october = availableSlots(rules, "sti-test", "2026-10-20", "2026-10-27", none, new Date("2026-10-19T09:00:00+02:00")).filter((s) => s.time === "16:00");
    expect(october.map((s) => s.start)).toEqual(["2026-10-20T14:00:00.000Z", "2026-10-22T14:00:00.000Z", "2026-10-27T15:00:00.000Z"]);
    // And the spring change (29 March 2027 is a Monday after it).
    expect(stockholmInstant("2027-03-30", "16:00").toISOString()).toBe("2027-03-30T14:00:00.000Z");
    expect(stockholmInstant("2027-03-23", "16:00").toISOString()).toBe("2027-03-23T15:00:00.000Z");
  });

  it("counts booked seats, over every slot a long visit covers", () => {
    const booked = new Map([
      ["2026-11-24T16:20", 2],
      ["2026-11-24T17:00", 1],
    ]);
    const talk = availableSlots(rules, "talk", "2026-11-24", "2026-11-24", booked, monday);
    // 16:00 and 16:20 both need the full 16:20 slot; 16:40 and 17:00 share the half-full 17:00.
    expect(talk.map((s) => [s.time, s.seatsLeft])).toEqual([
      ["16:40", 1],
      ["17:00", 1],
      ["17:20", 2],
      ["17:40", 2],
      ["18:00", 2],
      ["18:20", 2],
    ]);
    expect(coveredSlots(rules, "talk", "2026-11-24T16:40")).toEqual(["2026-11-24T16:40", "2026-11-24T17:00"]);
  });

  it("is closed on public holidays and closed dates, even on a booking weekday", () => {
    // Christmas Eve 2026 is a Thursday; 29 December a Tuesday closed in the CMS.
    const december = availableSlots(rules, "sti-test", "2026-12-22", "2026-12-31", none, new Date("2026-12-20T12:00:00+01:00"));
    expect([...new Set(december.map((s) => s.date))]).toEqual(["2026-12-22"]);
    // Ascension Day 2027 is a Thursday.
    expect(availableSlots(rules, "sti-test", "2027-05-06", "2027-05-06", none, new Date("2027-05-01T12:00:00+02:00"))).toEqual([]);
  });

  it("keeps the minimum notice and the booking horizon", () => {
    const tuesdayAfternoon = new Date("2026-11-24T15:10:00+01:00");
    expect(availableSlots(rules, "sti-test", "2026-11-24", "2026-11-24", none, tuesdayAfternoon)[0]?.time).toBe("17:20");
    const far = availableSlots(rules, "sti-test", "2026-11-24", "2027-03-01", none, monday);
    expect(far.at(-1)?.date).toBe("2026-12-17");
  });
});

describe("checking a start", () => {
  const at = (date: string, time: string) => stockholmInstant(date, time);
  it("accepts a free slot", () => {
    expect(checkStart(rules, "talk", at("2026-11-24", "17:00"), none, monday)).toMatchObject({ ok: true, slot: { seatsLeft: 2 } });
  });
  it.each([
    ["a start between slots", "talk", "2026-11-24", "17:05", "NOT_A_SLOT"],
    ["a 40-minute visit in the last slot", "talk", "2026-11-24", "18:40", "NOT_A_SLOT"],
    ["an unknown visit type", "massage", "2026-11-24", "17:00", "UNKNOWN_VISIT_TYPE"],
    ["a day without evening hours", "talk", "2026-11-25", "17:00", "NOT_A_SLOT"],
    ["a closed date", "talk", "2026-12-29", "17:00", "CLOSED"],
    ["a past time", "talk", "2026-11-17", "17:00", "IN_THE_PAST"],
    ["beyond the horizon", "talk", "2027-01-12", "17:00", "TOO_FAR_AHEAD"],
  ])("rejects %s", (_, visit, date, time, reason) => {
    expect(checkStart(rules, visit, at(date, time), none, monday)).toEqual({ ok: false, reason });
  });
  it("rejects too little notice and a full slot", () => {
    expect(checkStart(rules, "talk", at("2026-11-24", "16:00"), none, new Date("2026-11-24T15:00:00+01:00"))).toEqual({ ok: false, reason: "TOO_SOON" });
    expect(checkStart(rules, "sti-test", at("2026-11-24", "16:20"), new Map([["2026-11-24T16:20", 2]]), monday)).toEqual({ ok: false, reason: "SLOT_FULL" });
  });
  it("allows cancelling until the cut-off", () => {
    const start = at("2026-11-24", "18:00");
    expect(checkChange(rules, start, new Date("2026-11-24T16:00:00+01:00"))).toEqual({ ok: true });
    expect(checkChange(rules, start, new Date("2026-11-24T16:01:00+01:00"))).toEqual({ ok: false, reason: "CANCELLATION_TOO_LATE" });
  });
});

describe("the demo clinics", () => {
  it("each offers evening times for every visit type in the next four weeks", async () => {
    const { readFileSync } = await import("node:fs");
    const { loadDataset } = await import("../../src/lib/content/dataset.ts");
    const { Clinic } = await import("../../src/lib/content/schemas.ts");
    const file = "sanity/seed/dataset.ndjson";
    const clinics = loadDataset(readFileSync(file, "utf8"), file)
      .filter((d) => d._type === "clinic")
      .map((d) => Clinic.parse(d))
      .filter((c) => c.bookingSchedule);
    expect(clinics.length).toBeGreaterThanOrEqual(5);
    for (const clinic of clinics) {
      const schedule = clinic.bookingSchedule;
      if (!schedule) continue;
      for (const visit of schedule.visitTypes) {
        const slots = availableSlots(schedule, visit.id, "2026-11-23", "2026-12-21", none, monday);
        expect(slots.length, `${clinic._id} ${visit.id}`).toBeGreaterThan(0);
      }
    }
  });
});
