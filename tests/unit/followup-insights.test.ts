/** src/lib/followup/insights.ts: periods, the one before, and tables from the rolled-up numbers with small cells hidden in the page and in the CSV. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insights, periodOf, previousOf, tableCsv } from "../../src/lib/followup/insights.ts";
import { insightWord } from "../../src/lib/followup/words.ts";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { testApp, type TestApp } from "../support/app.ts";

describe("periods", () => {
  it("names a month, a quarter, a year or from–to, and the period of the same length before", () => {
    expect(periodOf({}, "2026-11-24")).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    expect(periodOf({ preset: "month" }, "2026-11-24")).toEqual({ from: "2026-11-01", to: "2026-11-23" });
    expect(periodOf({ preset: "lastQuarter" }, "2026-02-10")).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(periodOf({ preset: "year" }, "2026-11-24")).toEqual({ from: "2026-01-01", to: "2026-11-23" });
    expect(periodOf({ from: "2026-03-01", to: "2026-03-31" }, "2026-11-24")).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    // Backwards or longer than two years: the default.
    expect(periodOf({ from: "2026-03-31", to: "2026-03-01" }, "2026-11-24")).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    expect(previousOf({ from: "2026-10-01", to: "2026-10-31" })).toEqual({ from: "2026-08-31", to: "2026-09-30" });
  });
});

describe("insights", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
    const rows: [string, string, string, string, number][] = [
      ["2026-10-05", "bookings.made", "clinic-a", "", 12],
      ["2026-10-06", "bookings.made", "clinic-a", "", 3],
      ["2026-10-14", "bookings.made", "clinic-b", "", 20],
      ["2026-09-10", "bookings.made", "clinic-a", "", 4],
      ["2026-10-05", "contact.threads", "office-x", "answerLocale:ar", 2],
      ["2026-10-05", "contact.threads", "office-x", "answerLocale:sv", 9],
      ["2026-10-05", "contact.threads", "office-x", "", 11],
    ];
    for (const [day, measure, unit, dimension, value] of rows) await t.app.db.query("INSERT INTO followup_counts (day, measure, unit, dimension, value) VALUES ($1, $2, $3, $4, $5)", [day, measure, unit, dimension, value]);
  }, 60_000);
  afterAll(() => t.close());

  it("adds up the period and the one before, hides small cells and what would give them back, in the table and the CSV", async () => {
    const result = await insights(t.app.db, { from: "2026-10-01", to: "2026-10-31" }, undefined, 5, LOCALES);
    const made = result.totals.rows.indexOf("bookings.made");
    expect(result.totals.values[made]).toEqual([35, 4]);
    // 4 bookings the month before is small: hidden. The key figures are different measures side by side: no total is published, so nothing more goes.
    expect(result.totals.suppressed.cells[made]?.map((c) => c.hidden)).toEqual([false, true]);
    expect(tableCsv(result.totals, insightWord, 5)).toContain("Bokningar gjorda;35;< 5\r\n");
    const week41 = result.bookingsByWeek.rows.indexOf("2026-10-05");
    expect(result.bookingsByWeek.values[week41]).toEqual([15]);
    // Two threads in Arabic: hidden, and another language with it so the total cannot reveal them.
    const ar = result.languages.rows.indexOf("ar");
    expect(result.languages.suppressed.cells[ar]?.[0]?.hidden).toBe(true);
    expect(result.languages.suppressed.cells.filter((row) => row[0]?.hidden).length).toBeGreaterThanOrEqual(2);
    const csv = tableCsv(result.languages, insightWord, 5);
    expect(csv.split("\r\n")[0]).toBe("\uFEFF;Perioden;Perioden före");
    expect(csv).toContain("arabiska;< 5;");
    expect(csv).not.toMatch(/;2(;|\r)/);
    // Only the units asked for.
    const one = await insights(t.app.db, { from: "2026-10-01", to: "2026-10-31" }, ["clinic-b"], 5, LOCALES);
    expect(one.totals.values[made]).toEqual([20, 0]);
    expect(result.responseHours).toEqual({ calendar: undefined, working: undefined, count: 0 });
  });
});

describe("the evening and the breakdowns", () => {
  let t: TestApp;
  const CLINIC_A = "clinic-ungdomsmottagningen-ekbacken";
  beforeAll(async () => {
    t = await testApp();
    // October: 200 places offered, 60 from 17:00; 43 visits, 3 of them from 17:00, one of those cancelled.
    const rows: [string, string, string, string, number][] = [
      ["2026-10-05", "bookings.offered", CLINIC_A, "", 200],
      ["2026-10-05", "bookings.offered", CLINIC_A, "evening:yes", 60],
      ["2026-10-05", "bookings.offered", CLINIC_A, "evening:no", 140],
      ["2026-10-05", "bookings.visits", CLINIC_A, "", 43],
      ["2026-10-05", "bookings.visits", CLINIC_A, "status:arrived", 30],
      ["2026-10-05", "bookings.visits", CLINIC_A, "status:no_show", 10],
      ["2026-10-05", "bookings.visits", CLINIC_A, "status:cancelled", 3],
      ["2026-10-05", "bookings.visits", CLINIC_A, "taken:evening:yes", 2],
      ["2026-10-05", "bookings.visits", CLINIC_A, "taken:evening:no", 38],
      ["2026-10-05", "contact.threads", "office-kvarnby", "", 12],
      ["2026-10-05", "contact.threads", "office-kvarnby", "mode:code", 9],
      ["2026-10-05", "contact.threads", "office-kvarnby", "mode:phone", 3],
      ["2026-10-05", "contact.threads", "office-tallmon", "", 7],
      ["2026-10-05", "contact.threads", "office-tallmon", "mode:code", 7],
    ];
    for (const [day, measure, unit, dimension, value] of rows) await t.app.db.query("INSERT INTO followup_counts (day, measure, unit, dimension, value) VALUES ($1, $2, $3, $4, $5)", [day, measure, unit, dimension, value]);
  }, 60_000);
  afterAll(() => t.close());

  it("gives the evening's share of places offered and visits taken, and hides what the published totals would give back", async () => {
    const result = await insights(t.app.db, { from: "2026-10-01", to: "2026-10-31" }, undefined, 5, LOCALES);
    expect(result.evening.rows).toEqual(["evening:yes", "evening:no"]);
    expect(result.evening.values).toEqual([[60, 0, 2, 0], [140, 0, 38, 0]]);
    expect(result.eveningShare.offered[0]).toBe(30);
    // Two evening visits: hidden, and the daytime 38 with them, since the column's total (40 visits taken) is published.
    const taken = result.evening.suppressed.cells.map((row) => row[2]?.hidden);
    expect(taken).toEqual([true, true]);
    expect(result.eveningShare.taken[0]).toBeUndefined();
    // Visits by what became of them: 3 cancelled is small; the total (43, also a key figure) is published, so one more goes.
    const status = result.visitsByStatus.suppressed.cells.map((row) => row[0]?.hidden);
    expect(status.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(result.visitsByStatus.suppressed.columnTotals[0]).toEqual({ value: 43, hidden: false });
    expect(result.totals.values[result.totals.rows.indexOf("bookings.visits")]?.[0]).toBe(43);
    // Threads by mode and by unit.
    expect(result.threadsByMode.values).toEqual([[16, 0], [3, 0], [0, 0]]);
    expect(result.threadsByUnit.rows).toEqual(["office-kvarnby", "office-tallmon"]);
    expect(result.threadsByUnit.values).toEqual([[12, 0], [7, 0]]);
  });

  it("narrows to one unit, and names the rows in Swedish from the content", async () => {
    const result = await t.app.followup.insights({ unit: "office-tallmon", from: "2026-10-01", to: "2026-10-31" }, new Date("2026-11-24T17:30:00+01:00"));
    expect(result.unit?._id).toBe("office-tallmon");
    expect(result.area).toBeUndefined();
    expect(result.totals.values[result.totals.rows.indexOf("contact.threads")]?.[0]).toBe(7);
    expect(result.totals.values[result.totals.rows.indexOf("bookings.visits")]?.[0]).toBe(0);
    expect(result.names[CLINIC_A]).toMatch(/Ekbacken/);
    expect(result.units.some((u) => u.kind === "clinic") && result.units.some((u) => u.kind === "office")).toBe(true);
    // An area takes its units; a unit that is none is ignored.
    const area = await t.app.followup.insights({ area: "kvarnby", unit: "no-such-unit", from: "2026-10-01", to: "2026-10-31" }, new Date("2026-11-24T17:30:00+01:00"));
    expect(area.unit).toBeUndefined();
    expect(area.area?.slug).toBe("kvarnby");
    expect(area.totals.values[area.totals.rows.indexOf("contact.threads")]?.[0]).toBe(12);
  });
});
