/** src/lib/calendar/ics.ts: calendar files. */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendar, fold } from "../../src/lib/calendar/ics.ts";

describe("calendar files", () => {
  it("are parsed by an independent iCalendar parser with the right instants, text and folding", () => {
    const text = calendar(
      [{ uid: "b1@nara", start: new Date("2026-11-26T15:00:00Z"), end: new Date("2026-11-26T15:40:00Z"), summary: "Möte; viktigt, snart", location: "Ekparksgatan 11, 990 21 Exempelstad — ".repeat(3) }],
      new Date("2026-11-24T16:30:00Z"),
    );
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const parsed = ICAL.parse(text) as unknown[];
    const event = new ICAL.Event(new ICAL.Component(parsed).getFirstSubcomponent("vevent") ?? undefined);
    expect(event.summary).toBe("Möte; viktigt, snart");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-11-26T15:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-11-26T15:40:00.000Z");
    expect(event.location).toBe("Ekparksgatan 11, 990 21 Exempelstad — ".repeat(3));
  });

  it("never folds inside a character", () => {
    const line = `SUMMARY:${"ä".repeat(100)}`;
    expect(fold(line).split("\r\n ").join("")).toBe(line);
  });
});
