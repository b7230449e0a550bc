import { describe, expect, it } from "vitest";
import { easterSunday, holidayOn, holidays } from "../../src/lib/hours/holidays.ts";
import { openingStatus, openNow, openThisEvening, type Schedule } from "../../src/lib/hours/status.ts";

// Mon–Fri 08:00–16:30, Tue and Thu also 17:00–19:00 in the evening.
const clinic: Schedule = {
  openingHours: [
    ...(["mon", "tue", "wed", "thu", "fri"] as const).map((day) => ({ day, opens: "08:00", closes: "16:30" })),
    { day: "tue", opens: "17:00", closes: "19:00" },
    { day: "thu", opens: "17:00", closes: "19:00" },
  ],
  hoursExceptions: [
    { date: "2026-12-23", closed: false, opens: "08:00", closes: "14:00" },
    { date: "2026-12-29", closed: true },
  ],
};
/** An instant given as Stockholm wall time, whatever zone the test machine is in. */
const at = (local: string, offset: "+01:00" | "+02:00") => new Date(`${local}${offset}`);

describe("Swedish public holidays", () => {
  it("finds Easter for known years", () => {
    expect(["2024", "2025", "2026", "2027", "2038"].map((y) => easterSunday(Number(y)))).toEqual([
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2027-03-28",
      "2038-04-25",
    ]);
  });
  it("lists the moving and fixed holidays of 2027", () => {
    const h = holidays(2027);
    expect(h.get("2027-03-26")).toBe("goodFriday");
    expect(h.get("2027-03-29")).toBe("easterMonday");
    expect(h.get("2027-05-06")).toBe("ascension");
    expect(h.get("2027-06-25")).toBe("midsummerEve");
    expect(h.get("2027-11-06")).toBe("allSaints");
    expect(holidayOn("2026-12-24")).toBe("christmasEve");
    expect(holidayOn("2026-12-31")).toBe("newYearsEve");
    expect(holidayOn("2026-11-24")).toBeUndefined();
  });
});

describe("opening status", () => {
  it("is open with its closing time", () => {
    expect(openingStatus(clinic, at("2026-11-24T10:00:00", "+01:00"))).toEqual({ code: "OPEN", closes: "16:30", evening: false });
    expect(openingStatus(clinic, at("2026-11-24T18:59:00", "+01:00"))).toEqual({ code: "OPEN", closes: "19:00", evening: true });
  });
  it("opens this evening between the day and evening windows", () => {
    const now = at("2026-11-24T16:45:00", "+01:00");
    expect(openingStatus(clinic, now)).toEqual({ code: "OPENS_THIS_EVENING", opens: "17:00", closes: "19:00" });
    expect(openThisEvening(clinic, now)).toBe(true);
    expect(openNow(clinic, now)).toBe(false);
  });
  it("opens tomorrow morning after closing", () => {
    expect(openingStatus(clinic, at("2026-11-24T19:00:00", "+01:00"))).toEqual({
      code: "CLOSED_NOW",
      next: { date: "2026-11-25", inDays: 1, opens: "08:00", closes: "16:30" },
    });
  });
  it("opens later today before the morning window", () => {
    expect(openingStatus(clinic, at("2026-11-25T07:00:00", "+01:00"))).toMatchObject({ code: "OPENS_LATER_TODAY", opens: "08:00" });
  });
  it("is closed on a public holiday that falls on a weekday with evening hours", () => {
    // Ascension Day 2027 is a Thursday: no day or evening hours.
    const now = at("2027-05-06T17:30:00", "+02:00");
    expect(openingStatus(clinic, now)).toEqual({
      code: "CLOSED_TODAY",
      reason: { kind: "holiday", holiday: "ascension" },
      next: { date: "2027-05-07", inDays: 1, opens: "08:00", closes: "16:30" },
    });
    expect(openThisEvening(clinic, now)).toBe(false);
  });
  it("follows changed and closed days from the CMS", () => {
    expect(openingStatus(clinic, at("2026-12-23T13:00:00", "+01:00"))).toEqual({ code: "OPEN", closes: "14:00", evening: false });
    expect(openingStatus(clinic, at("2026-12-29T12:00:00", "+01:00"))).toMatchObject({ code: "CLOSED_TODAY", reason: { kind: "exception" } });
  });
  it("gets New Year right: closed on the eve and the day, open on 2 January", () => {
    const eve = openingStatus(clinic, at("2026-12-31T10:00:00", "+01:00"));
    expect(eve).toMatchObject({ code: "CLOSED_TODAY", reason: { kind: "holiday", holiday: "newYearsEve" } });
    expect(eve).toMatchObject({ next: { date: "2027-01-04", inDays: 4 } }); // 1 Jan holiday, then the weekend
    // 23:30 UTC on New Year's Eve is already 1 January in Stockholm.
    expect(openingStatus(clinic, new Date("2026-12-31T23:30:00Z"))).toMatchObject({ reason: { holiday: "newYear" } });
  });
  it("uses Stockholm wall time across both daylight-saving changes", () => {
    // Spring: Sunday 29 March 2026 02:00 → 03:00. Monday 08:00 is 06:00 UTC.
    expect(openingStatus(clinic, new Date("2026-03-30T06:00:00Z")).code).toBe("OPEN");
    expect(openingStatus(clinic, new Date("2026-03-30T05:59:00Z")).code).toBe("OPENS_LATER_TODAY");
    // Autumn: Sunday 25 October 2026 03:00 → 02:00. Monday 08:00 is 07:00 UTC.
    expect(openingStatus(clinic, new Date("2026-10-26T07:00:00Z")).code).toBe("OPEN");
    expect(openingStatus(clinic, new Date("2026-10-26T06:59:00Z")).code).toBe("OPENS_LATER_TODAY");
    // Tuesday evening 18:30 in winter time is 17:30 UTC.
    expect(openingStatus(clinic, new Date("2026-10-27T17:30:00Z"))).toEqual({ code: "OPEN", closes: "19:00", evening: true });
  });
});
