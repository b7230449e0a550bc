/**
 * src/lib/followup/rollup.ts through the composed app on in-memory PGlite: a day's counts and
 * durations from the raw rows, the same numbers when a day is rolled twice, every missed day
 * caught up, and the numbers intact after the purge has removed the rows they came from.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offeredSeats, type BookingRules } from "../../src/lib/booking/slots.ts";
import { workingMinutes } from "../../src/lib/followup/rollup.ts";
import { testApp, type TestApp } from "../support/app.ts";

const CLINIC = "clinic-ungdomsmottagningen-ekbacken";

describe("working minutes", () => {
  it("counts Monday to Friday, 08–17 in Stockholm, only", () => {
    // Friday 16:00 to Monday 09:00: an hour on Friday, an hour on Monday.
    expect(workingMinutes(new Date("2026-11-27T16:00:00+01:00"), new Date("2026-11-30T09:00:00+01:00"))).toBe(120);
    expect(workingMinutes(new Date("2026-11-24T18:00:00+01:00"), new Date("2026-11-24T22:00:00+01:00"))).toBe(0);
    expect(workingMinutes(new Date("2026-11-24T10:00:00+01:00"), new Date("2026-11-24T09:00:00+01:00"))).toBe(0);
  });
});

describe("places offered", () => {
  it("counts slots × seats on an open day, and those from 17:00", () => {
    // The slot engine's worked example: Tuesday 16:00–19:00, 20-minute slots, 2 seats → 9 × 2 = 18 places, 6 × 2 = 12 from 17:00.
    const rules: BookingRules = { windows: [{ day: "tue", start: "16:00", end: "19:00" }], slotMinutes: 20, seats: 2, bookAheadDays: 28, minNoticeMinutes: 120, cancelCutoffMinutes: 60, visitTypes: [] };
    expect(offeredSeats(rules, "2026-11-24")).toEqual({ total: 18, evening: 12 });
    expect(offeredSeats(rules, "2026-11-25")).toEqual({ total: 0, evening: 0 });
    // Christmas Eve is a Thursday off in every schedule.
    expect(offeredSeats({ ...rules, windows: [{ day: "thu", start: "16:00", end: "19:00" }] }, "2026-12-24")).toEqual({ total: 0, evening: 0 });
  });
});

describe("the roll-up", () => {
  let t: TestApp;
  const thread = randomUUID();
  const counts = async () => t.app.db.query<{ day: string; measure: string; unit: string; dimension: string; value: string | number }>("SELECT * FROM followup_counts ORDER BY day, measure, unit, dimension");

  beforeAll(async () => {
    t = await testApp();
    const db = t.app.db;
    // Two bookings made on Tuesday 24 November for Thursday evening; one is later cancelled.
    for (const [n, status] of [[1, "booked"], [2, "cancelled"]] as const) {
      await db.query(
        "INSERT INTO bookings (id, code, secret_hash, clinic_id, visit_type, slot_keys, starts_at, ends_at, status, created_at, purge_after) VALUES ($1, $2, 'h', $3, 'talk', '{}', $4, $5, $6, $7, $8)",
        [randomUUID(), `CODE000${String(n)}`, CLINIC, new Date("2026-11-26T18:20:00+01:00"), new Date("2026-11-26T18:40:00+01:00"), status, new Date("2026-11-24T10:00:00+01:00"), new Date("2026-12-27T00:00:00Z")],
      );
    }
    // A thread written on Tuesday at 16:00, answered on Wednesday at 09:00.
    await db.query(
      "INSERT INTO message_threads (id, receipt_hash, unit_id, topic, answer_locale, contact_mode, created_at, last_activity_at, purge_after) VALUES ($1, 'receipt-hash-1', 'office-kvarnby', 'money', 'ar', 'code', $2, $2, $3)",
      [thread, new Date("2026-11-24T16:00:00+01:00"), new Date("2027-02-24T00:00:00Z")],
    );
    await db.query("INSERT INTO thread_messages (id, thread_id, author, body_sealed, created_at) VALUES ($1, $2, 'staff', 'v1.x', $3)", [randomUUID(), thread, new Date("2026-11-25T09:00:00+01:00")]);
  }, 60_000);
  afterAll(() => t.close());

  it("counts a day's bookings, visits and contact by unit and dimension, with the anonymous durations", async () => {
    const rolled = await t.app.followup.catchUp(new Date("2026-11-28T06:00:00+01:00"));
    expect(rolled).toEqual(["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]);
    const rows = await counts();
    const value = (day: string, measure: string, unit: string, dimension = "") => Number(rows.find((r) => r.day === day && r.measure === measure && r.unit === unit && r.dimension === dimension)?.value ?? 0);
    expect(value("2026-11-24", "bookings.made", CLINIC)).toBe(2);
    expect(value("2026-11-24", "bookings.made", CLINIC, "visitType:talk")).toBe(2);
    expect(value("2026-11-26", "bookings.visits", CLINIC, "status:cancelled")).toBe(1);
    expect(value("2026-11-26", "bookings.visits", CLINIC, "hour:18")).toBe(2);
    expect(value("2026-11-26", "bookings.visits", CLINIC, "evening:yes")).toBe(2);
    // The places Ekbacken's schedule offered on Thursday, and the evening's part of them.
    const offered = value("2026-11-26", "bookings.offered", CLINIC);
    expect(offered).toBeGreaterThan(0);
    expect(value("2026-11-26", "bookings.offered", CLINIC, "evening:yes") + value("2026-11-26", "bookings.offered", CLINIC, "evening:no")).toBe(offered);
    expect(value("2026-11-26", "bookings.offered", CLINIC, "evening:yes")).toBeGreaterThan(0);
    expect(value("2026-11-24", "contact.threads", "office-kvarnby", "topic:money")).toBe(1);
    expect(value("2026-11-24", "contact.threads", "office-kvarnby", "answerLocale:ar")).toBe(1);
    // Activities held that day, from the content: Thursday has some in the demo dataset.
    expect(rows.some((r) => r.day === "2026-11-26" && r.measure === "activities.occurrences" && r.dimension === "status:held")).toBe(true);
    const durations = await t.app.db.query<{ day: string; measure: string; minutes: number }>("SELECT day, measure, minutes FROM followup_durations ORDER BY day, measure");
    // Answered 17 hours later in the calendar, after 2 working hours (16–17 and 08–09).
    expect(durations.filter((d) => d.measure.startsWith("contact."))).toEqual([
      { day: "2026-11-25", measure: "contact.firstReply.calendar", minutes: 1020 },
      { day: "2026-11-25", measure: "contact.firstReply.working", minutes: 120 },
    ]);
    // Booked two days and 8 hours 20 minutes ahead.
    expect(durations.filter((d) => d.measure === "bookings.ahead").map((d) => d.minutes)).toEqual([3380, 3380]);
    // Nothing in the numbers points to a row or a person.
    const stored = JSON.stringify([rows, durations]);
    for (const trace of ["CODE000", "receipt-hash-1", thread]) expect(stored).not.toContain(trace);
  });

  it("changes nothing when a day is rolled twice, and rolls nothing already rolled", async () => {
    const before = await counts();
    expect(await t.app.followup.rebuild("2026-11-24", new Date("2026-11-28T06:00:00+01:00"))).toHaveLength(4);
    expect(await counts()).toEqual(before);
    expect(await t.app.followup.catchUp(new Date("2026-11-28T07:00:00+01:00"))).toEqual([]);
  });

  it("rolls the week before again with each new day: a night reported after its day was rolled is counted, and why a night was cancelled is kept", async () => {
    const db = t.app.db;
    // Friday 27 November: one night in Kvarnby not yet reported when the day was rolled, one in Norrgärdet cancelled for too few walkers.
    await db.query("INSERT INTO night_walk_nights (walk_key, series_id, walk_date) VALUES ('nightwalk-kvarnby:2026-11-27', 'nightwalk-kvarnby', '2026-11-27')");
    await db.query("INSERT INTO night_walk_nights (walk_key, series_id, walk_date, cancelled_at, cancel_reason) VALUES ('nightwalk-norrgardet:2026-11-27', 'nightwalk-norrgardet', '2026-11-27', $1, 'fewWalkers')", [new Date("2026-11-27T12:00:00+01:00")]);
    await t.app.followup.rebuild("2026-11-27", new Date("2026-11-28T06:00:00+01:00"));
    const night = async (unit: string, dimension: string) =>
      Number((await db.query<{ value: string | number }>("SELECT value FROM followup_counts WHERE day = '2026-11-27' AND measure = 'nightwalks.nights' AND unit = $1 AND dimension = $2", [unit, dimension]))[0]?.value ?? 0);
    expect(await night("area-kvarnby", "status:unreported")).toBe(1);
    expect(await night("area-norrgardet", "status:cancelled")).toBe(1);
    expect(await night("area-norrgardet", "cancelled:fewWalkers")).toBe(1);
    // The leader reports on Sunday; Monday's catch-up rolls Sunday and, with it, the days before.
    await db.query("UPDATE night_walk_nights SET reported_at = $1, walkers_present = 4 WHERE walk_key = 'nightwalk-kvarnby:2026-11-27'", [new Date("2026-11-29T11:00:00+01:00")]);
    const rolled = await t.app.followup.catchUp(new Date("2026-11-30T06:00:00+01:00"));
    expect(rolled).toEqual(["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]);
    expect(await night("area-kvarnby", "status:unreported")).toBe(0);
    expect(await night("area-kvarnby", "status:walked")).toBe(1);
    expect(await night("area-norrgardet", "cancelled:fewWalkers")).toBe(1);
    // Nothing new to roll the same day: nothing rolled again.
    expect(await t.app.followup.catchUp(new Date("2026-11-30T09:00:00+01:00"))).toEqual([]);
    await db.query("DELETE FROM night_walk_nights");
    await t.app.followup.rebuild("2026-11-27", new Date("2026-11-30T06:00:00+01:00"));
  });

  it("keeps the numbers after the purge has removed the rows they came from", async () => {
    const before = await counts();
    // Long after every retention: the upkeep rolls up the days since, then purges.
    const later = new Date("2027-06-01T03:00:00+02:00");
    await t.app.upkeep.purge(later);
    expect(await t.app.db.query("SELECT 1 FROM bookings")).toEqual([]);
    expect(await t.app.db.query("SELECT 1 FROM message_threads")).toEqual([]);
    // The metrics say what the purge removed, by kind.
    expect(await t.app.metrics.text()).toMatch(/nara_purged_total\{kind="bookings"\} 2\b/);
    expect(await t.app.metrics.text()).toMatch(/nara_purged_total\{kind="threads"\} 1\b/);
    const after = await counts();
    expect(after.filter((r) => r.day <= "2026-11-29")).toEqual(before);
    const [last] = await t.app.db.query<{ day: string }>("SELECT max(day) AS day FROM followup_days");
    expect(last?.day).toBe("2027-05-31");
  }, 60_000);

  it("counts the site's use per day, language and page type, and nothing else", async () => {
    const now = new Date("2026-11-24T17:30:00+01:00");
    for (let n = 0; n < 3; n++) t.app.followup.countHit("ar", "areas/[slug]", now);
    t.app.followup.countHit("sv", "home", now);
    expect(await t.app.followup.flushHits()).toBe(2);
    t.app.followup.countHit("ar", "areas/[slug]", now);
    await t.app.followup.flushHits();
    expect(await t.app.followup.flushHits()).toBe(0);
    expect(await t.app.db.query("SELECT day, locale, page_type, hits::int AS hits FROM followup_hits ORDER BY locale")).toEqual([
      { day: "2026-11-24", locale: "ar", page_type: "areas/[slug]", hits: 4 },
      { day: "2026-11-24", locale: "sv", page_type: "home", hits: 1 },
    ]);
  });
});
