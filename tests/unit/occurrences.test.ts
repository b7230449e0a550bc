import { describe, expect, it } from "vitest";
import { nextOccurrence, nextOccurrences, parseRule } from "../../src/lib/recurrence/occurrences.ts";
import { addDays, dayOf, stockholmNow } from "../../src/lib/dates.ts";

describe("parseRule", () => {
  it("reads weekly, biweekly and monthly rules", () => {
    expect(parseRule("FREQ=WEEKLY;BYDAY=TH;UNTIL=20270610")).toEqual({ freq: "WEEKLY", interval: 1, byDay: [{ day: "thu", nth: 0 }], until: "2027-06-10" });
    expect(parseRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE")?.interval).toBe(2);
    expect(parseRule("FREQ=MONTHLY;BYDAY=1SA")?.byDay).toEqual([{ day: "sat", nth: 1 }]);
    expect(parseRule("FREQ=MONTHLY;BYDAY=-1FR")?.byDay).toEqual([{ day: "fri", nth: -1 }]);
  });
  it("rejects what it cannot expand", () => {
    expect(parseRule("FREQ=DAILY")).toBeUndefined();
    expect(parseRule("FREQ=WEEKLY;BYDAY=XX")).toBeUndefined();
    expect(parseRule("FREQ=WEEKLY;INTERVAL=0")).toBeUndefined();
  });
});

describe("nextOccurrences", () => {
  it("lists weekly dates from today, marking cancelled ones", () => {
    const activity = { startDate: "2026-09-03", rrule: "FREQ=WEEKLY;BYDAY=TH;UNTIL=20270610", exdates: ["2026-12-24"] };
    expect(nextOccurrences(activity, "2026-12-15", 3)).toEqual([
      { date: "2026-12-17", cancelled: false },
      { date: "2026-12-24", cancelled: true },
      { date: "2026-12-31", cancelled: false },
    ]);
    expect(nextOccurrence(activity, "2026-12-18")).toBe("2026-12-31");
  });
  it("keeps every other week counted from the first week, across the DST change", () => {
    // 2026-10-25 is the autumn change in Stockholm; dates must not shift.
    const dates = nextOccurrences({ startDate: "2026-10-06", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU" }, "2026-10-01", 4).map((o) => o.date);
    expect(dates).toEqual(["2026-10-06", "2026-10-20", "2026-11-03", "2026-11-17"]);
  });
  it("finds the first and last weekday of each month", () => {
    expect(nextOccurrences({ startDate: "2026-09-01", rrule: "FREQ=MONTHLY;BYDAY=1SA" }, "2026-11-23", 3).map((o) => o.date)).toEqual(["2026-12-05", "2027-01-02", "2027-02-06"]);
    expect(nextOccurrences({ startDate: "2026-09-01", rrule: "FREQ=MONTHLY;BYDAY=-1FR" }, "2026-11-23", 2).map((o) => o.date)).toEqual(["2026-11-27", "2026-12-25"]);
  });
  it("stops at UNTIL and COUNT", () => {
    expect(nextOccurrences({ startDate: "2026-09-03", rrule: "FREQ=WEEKLY;UNTIL=20260917" }, "2026-09-01", 10)).toHaveLength(3);
    expect(nextOccurrences({ startDate: "2026-09-03", rrule: "FREQ=WEEKLY;COUNT=2" }, "2026-09-01", 10)).toHaveLength(2);
    expect(nextOccurrence({ startDate: "2026-09-03", rrule: "FREQ=WEEKLY;UNTIL=20260917" }, "2026-09-18")).toBeUndefined();
  });
  it("has one date for a single event, none once it has passed", () => {
    expect(nextOccurrences({ startDate: "2027-01-16" }, "2026-11-23", 5)).toEqual([{ date: "2027-01-16", cancelled: false }]);
    expect(nextOccurrences({ startDate: "2026-01-16" }, "2026-11-23", 5)).toEqual([]);
  });
});

describe("Stockholm dates", () => {
  it("takes the Stockholm date of an instant, whatever the machine's zone", () => {
    // 23:30 UTC on 31 Dec is already New Year in Stockholm (UTC+1).
    expect(stockholmNow(new Date("2026-12-31T23:30:00Z"))).toEqual({ date: "2027-01-01", time: "00:30", minutes: 30 });
    // Summer time: UTC+2.
    expect(stockholmNow(new Date("2026-06-30T22:15:00Z")).date).toBe("2026-07-01");
  });
  it("agrees with Intl minute by minute around both clock changes, and every 7 minutes for two years", () => {
    const intl = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    const viaIntl = (d: Date) => intl.format(d).replace(" ", "T");
    const instants: number[] = [];
    for (const change of ["2026-10-25T01:00:00Z", "2027-03-28T01:00:00Z"]) {
      const at = Date.parse(change);
      for (let m = -180; m <= 180; m++) instants.push(at + m * 60_000);
    }
    for (let t = Date.parse("2026-01-01T00:00:00Z"); t < Date.parse("2028-01-01T00:00:00Z"); t += 7 * 60_000 + 13_000) instants.push(t);
    const wrong = instants.filter((t) => {
      const s = stockholmNow(new Date(t));
      return `${s.date}T${s.time}` !== viaIntl(new Date(t));
    });
    expect(wrong.map((t) => new Date(t).toISOString())).toEqual([]);
    expect(instants.length).toBeGreaterThan(100_000);
  });
  it("adds days across the spring change without losing one", () => {
    expect(addDays("2027-03-27", 1)).toBe("2027-03-28");
    expect(addDays("2027-03-28", 1)).toBe("2027-03-29");
    expect(dayOf("2026-11-23")).toBe("mon");
  });
});
