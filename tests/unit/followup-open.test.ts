/**
 * The open statistics (src/lib/followup/open.ts): monthly counts per area and for the municipality,
 * valid against the JSON Schema the project publishes, and no count below the threshold anywhere
 * in the export, nor one that the municipality's total would give back.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATISTICS_SCHEMA, statisticsCsv } from "../../src/lib/followup/open.ts";
import { testApp, type TestApp } from "../support/app.ts";

describe("the open statistics", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
    const rows: [string, string, string, number][] = [
      // October: Ekbacken's clinic 14 bookings, Lindvallen's 3 (small), Kvarnby's area office 20 threads.
      ["2026-10-05", "bookings.made", "clinic-ungdomsmottagningen-ekbacken", 14],
      ["2026-10-06", "bookings.made", "clinic-ungdomsmottagningen-lindvallen", 3],
      ["2026-10-07", "contact.threads", "office-kvarnby", 20],
      // November: one interest in Tallmon, none elsewhere: the municipality's total is small too.
      ["2026-11-02", "recruitment.interests", "area-tallmon", 1],
    ];
    for (const [day, measure, unit, value] of rows) await t.app.db.query("INSERT INTO followup_counts (day, measure, unit, dimension, value) VALUES ($1, $2, $3, '', $4)", [day, measure, unit, value]);
    // A dimension row is not published (only the totals of each measure are).
    await t.app.db.query("INSERT INTO followup_counts (day, measure, unit, dimension, value) VALUES ('2026-10-05', 'bookings.made', 'clinic-ungdomsmottagningen-ekbacken', 'visitType:talk', 14)");
  }, 60_000);
  afterAll(() => t.close());

  it("validates against its published schema, and shows no small count nor one a total would give back", async () => {
    const stats = await t.app.followup.openStatistics("2026-10", "2026-11", new Date("2026-12-07T12:00:00+01:00"));
    const validate = new Ajv2020({ allErrors: true }).compile(STATISTICS_SCHEMA);
    expect(validate(stats), JSON.stringify(validate.errors)).toBe(true);
    expect(stats).toMatchObject({ municipality: "Exempelstad kommun", threshold: 5, from: "2026-10", to: "2026-11" });
    // The whole export: every published value is 0 or at least the threshold.
    expect(stats.rows.filter((r) => r.value !== null && r.value > 0 && r.value < stats.threshold)).toEqual([]);
    const row = (month: string, measure: string, area: string | null) => stats.rows.find((r) => r.month === month && r.measure === measure && r.area === area);
    expect(row("2026-10", "bookings.made", "area-lindvallen")).toMatchObject({ value: null, suppressed: true });
    // With Lindvallen hidden, the municipality's 17 would give it back: Ekbacken's 14 goes too.
    expect(row("2026-10", "bookings.made", "area-ekbacken")).toMatchObject({ value: null, suppressed: true });
    expect(row("2026-10", "bookings.made", null)).toMatchObject({ value: 17, suppressed: false });
    expect(row("2026-10", "contact.threads", "area-kvarnby")).toMatchObject({ value: 20, suppressed: false });
    expect(row("2026-11", "recruitment.interests", null)).toMatchObject({ value: null, suppressed: true });
    // No line from which a hidden area could be worked out: per month and measure, hidden areas are none or at least two, or the total is hidden.
    for (const month of ["2026-10", "2026-11"]) {
      for (const measure of new Set(stats.rows.map((r) => r.measure))) {
        const areas = stats.rows.filter((r) => r.month === month && r.measure === measure && r.area !== null);
        const total = row(month, measure, null);
        if (!total || total.suppressed) continue;
        expect(areas.filter((r) => r.suppressed).length === 1, `${month} ${measure}`).toBe(false);
      }
    }
    const csv = statisticsCsv(stats);
    expect(csv.split("\r\n")[0]).toBe("\uFEFFmonth;area;measure;value");
    expect(csv).toContain("2026-10;area-lindvallen;bookings.made;< 5");
    expect(csv).not.toMatch(/;[1-4]\r\n/);
  });
});
