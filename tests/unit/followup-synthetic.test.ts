/**
 * The follow-up's counted events and its synthetic history, through the composed app on
 * in-memory PGlite: a proposal received is counted for its area and rolled up with the day; the
 * history goes through the real roll-up, leaves no raw row behind, stops before the first day
 * rolled from real rows, gives the same numbers for the same seed, is left alone by the rebuild,
 * and the insights say it is synthetic.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../support/app.ts";

const NOW = new Date("2026-11-24T17:30:00+01:00");

describe("counted events and synthetic history", () => {
  let t: TestApp;
  interface Row {
    day: string;
    measure: string;
    unit: string;
    dimension: string;
    value: string | number;
  }
  const counts = async () => t.app.db.query<Row>("SELECT day, measure, unit, dimension, value FROM followup_counts ORDER BY day, measure, unit, dimension");
  const total = (rows: Row[], measure: string, dimension = "") => rows.filter((r) => r.measure === measure && r.dimension === dimension).reduce((n, r) => n + Number(r.value), 0);

  beforeAll(async () => {
    t = await testApp();
  }, 60_000);
  afterAll(() => t.close());

  it("counts a proposal received for its area, and the roll-up finds the day by its events alone", async () => {
    await t.app.followup.countEvent("proposals.received", "area-kvarnby", new Date("2026-11-20T10:00:00+01:00"));
    await t.app.followup.countEvent("proposals.received", "area-kvarnby", new Date("2026-11-20T23:30:00+01:00"));
    await t.app.followup.countEvent("proposals.received", "area-tallmon", new Date("2026-11-21T09:00:00+01:00"));
    expect(await t.app.followup.catchUp(new Date("2026-11-22T06:00:00+01:00"))).toEqual(["2026-11-20", "2026-11-21"]);
    const rows = await counts();
    expect(rows.filter((r) => r.measure === "proposals.received").map((r) => [r.day, r.unit, Number(r.value)])).toEqual([
      ["2026-11-20", "area-kvarnby", 2],
      ["2026-11-21", "area-tallmon", 1],
    ]);
  });

  it("writes a month of history through the roll-up, ending before the first real day, with no raw row left", async () => {
    const made = await t.app.followup.generate({ scale: 1, days: 30, seed: 7 }, NOW);
    // 20 November was rolled from real rows (the proposals above): the history ends the day before.
    expect([made.from, made.to, made.days]).toEqual(["2026-10-21", "2026-11-19", 30]);
    expect(made.bookings).toBeGreaterThan(400);
    expect(made.threads).toBeGreaterThan(80);
    const days = await t.app.db.query<{ day: string; synthetic: boolean }>("SELECT day, synthetic FROM followup_days ORDER BY day");
    expect(days.filter((d) => d.synthetic).map((d) => d.day)).toHaveLength(30);
    expect(days.filter((d) => !d.synthetic).map((d) => d.day)).toEqual(["2026-11-20", "2026-11-21"]);
    // Every booking counted once as made and once as a visit; every thread once.
    const rows = await counts();
    expect(total(rows, "bookings.made")).toBe(made.bookings);
    expect(total(rows, "bookings.visits")).toBe(made.bookings);
    expect(total(rows, "contact.threads")).toBe(made.threads);
    expect(total(rows, "bookings.visits", "evening:yes")).toBeGreaterThan(0);
    expect(total(rows, "nightwalks.nights", "status:walked")).toBeGreaterThan(0);
    // The real numbers of 20–21 November are untouched.
    expect(rows.filter((r) => r.day >= "2026-11-20" && r.measure === "proposals.received").map((r) => Number(r.value))).toEqual([2, 1]);
    const [left] = await t.app.db.query<{ bookings: string | number; threads: string | number }>("SELECT (SELECT count(*) FROM bookings) AS bookings, (SELECT count(*) FROM message_threads) AS threads");
    expect([Number(left?.bookings), Number(left?.threads)]).toEqual([0, 0]);
  });

  it("gives the same numbers for the same seed, and the rebuild leaves synthetic days alone", async () => {
    const before = await counts();
    await t.app.followup.generate({ scale: 1, days: 30, seed: 7 }, NOW);
    expect(await counts()).toEqual(before);
    const rebuilt = await t.app.followup.rebuild("2026-11-01", new Date("2026-11-22T06:00:00+01:00"));
    expect(rebuilt).toEqual(["2026-11-20", "2026-11-21"]);
    expect(await counts()).toEqual(before);
  });

  it("shows the history in the insights as synthetic, response times in bands that add up", async () => {
    const result = await t.app.followup.insights({ from: "2026-11-01", to: "2026-11-19" }, NOW);
    expect(result.synthetic).toBe(true);
    const answered = result.responseTimes.values.reduce((n, row) => n + (row[0] ?? 0), 0);
    expect(answered).toBe(result.responseHours.count);
    expect(answered).toBeGreaterThan(20);
    expect(result.responseTimes.suppressed.columnTotals[0]?.value).toBe(answered);
    // Booked a few days ahead, half of them (the generator's mean is about three and a half days).
    expect(result.bookedAheadDays).toBeGreaterThan(0.5);
    expect(result.bookedAheadDays).toBeLessThan(6);
    const real = await t.app.followup.insights({ from: "2026-11-20", to: "2026-11-21" }, NOW);
    // The period before 20–21 November is 18–19 November: synthetic.
    expect(real.synthetic).toBe(true);
    const later = await t.app.followup.insights({ from: "2026-11-22", to: "2026-11-23" }, NOW);
    expect(later.synthetic).toBe(false);
  });
});
