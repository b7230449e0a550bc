/**
 * The daily roll-up: a day's counts per measure, unit and dimension, and its anonymous durations,
 * written from the raw rows before the purge removes them. A day is replaced as a whole in one
 * transaction, so rolling it twice changes nothing; the catch-up rolls every day after the last
 * one rolled up to yesterday (and the week before it again); the rebuild rolls again every day whose raw rows are all still kept.
 *
 * The rows are read for one Stockholm day at a time and counted here (the hour and weekday are
 * Stockholm's), then written in one statement per table.
 */
import { addDays, dayOf, stockholmInstant, stockholmNow } from "../dates.ts";
import type { Db, Queryable } from "../db/index.ts";
import { nextOccurrences } from "../recurrence/occurrences.ts";
import type { Activity } from "../content/schemas.ts";

/** What the roll-up needs from the content: where each activity and night-walk series is. */
export interface RollupContent {
  activities: readonly { activity: Activity; areaId: string }[];
  /** The area of a night-walk series, by the series' id. */
  walkArea: ReadonlyMap<string, string>;
  /** The places each clinic's schedule offered on a date, and those from 17:00. */
  offered: (date: string) => Promise<readonly { clinicId: string; total: number; evening: number }[]>;
}

type Key = `${string}\u0000${string}\u0000${string}`;

/** Counts being gathered for one day: measure × unit × dimension → value. */
class Tally {
  readonly counts = new Map<Key, number>();
  readonly durations: { measure: string; unit: string; minutes: number }[] = [];
  add(measure: string, unit: string, dimensions: readonly string[], by = 1): void {
    for (const dimension of ["", ...dimensions]) {
      const key: Key = `${measure}\u0000${unit}\u0000${dimension}`;
      this.counts.set(key, (this.counts.get(key) ?? 0) + by);
    }
  }
  duration(measure: string, unit: string, minutes: number): void {
    if (Number.isFinite(minutes) && minutes >= 0) this.durations.push({ measure, unit, minutes: Math.round(minutes) });
  }
}

const WORK_START = 8 * 60;
const WORK_END = 17 * 60;

/** Minutes between two instants that fall in working hours (Monday to Friday, 08–17 in Stockholm). */
export function workingMinutes(from: Date, to: Date): number {
  if (to <= from) return 0;
  let total = 0;
  const first = stockholmNow(from).date;
  const last = stockholmNow(to).date;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (dayOf(day) === "sat" || dayOf(day) === "sun") continue;
    const opens = stockholmInstant(day, "08:00").getTime();
    const closes = opens + (WORK_END - WORK_START) * 60_000;
    const start = Math.max(opens, from.getTime());
    const end = Math.min(closes, to.getTime());
    if (end > start) total += (end - start) / 60_000;
  }
  return Math.round(total);
}

const minutesBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;
const hourOf = (instant: Date) => stockholmNow(instant).time.slice(0, 2);

/** Reads one day's raw rows and counts them. */
async function tallyDay(db: Queryable, day: string, content: RollupContent): Promise<Tally> {
  const start = stockholmInstant(day, "00:00");
  const end = stockholmInstant(addDays(day, 1), "00:00");
  const span = [start, end];
  const t = new Tally();

  // Bookings made this day, and the visits of this day with what became of them.
  for (const b of await db.query<{ clinic_id: string; visit_type: string; starts_at: Date; created_at: Date }>(
    "SELECT clinic_id, visit_type, starts_at, created_at FROM bookings WHERE created_at >= $1 AND created_at < $2",
    span,
  )) {
    t.add("bookings.made", b.clinic_id, [`visitType:${b.visit_type}`]);
    t.duration("bookings.ahead", b.clinic_id, minutesBetween(new Date(b.created_at), new Date(b.starts_at)));
  }
  for (const b of await db.query<{ clinic_id: string; visit_type: string; starts_at: Date; status: string }>(
    "SELECT clinic_id, visit_type, starts_at, status FROM bookings WHERE starts_at >= $1 AND starts_at < $2",
    span,
  )) {
    const startsAt = new Date(b.starts_at);
    const hour = hourOf(startsAt);
    const evening = Number(hour) >= 17 ? "yes" : "no";
    // Taken: every visit not cancelled (booked, arrived or not shown), the evening's share of them.
    const taken = b.status === "cancelled" ? [] : [`taken:evening:${evening}`];
    t.add("bookings.visits", b.clinic_id, [`status:${b.status}`, `visitType:${b.visit_type}`, `weekday:${dayOf(day)}`, `hour:${hour}`, `evening:${evening}`, ...taken]);
  }

  // The places the schedules offered this day, before and from 17:00.
  for (const o of await content.offered(day)) {
    if (o.total === 0) continue;
    // The '' row gets both parts: the whole day.
    t.add("bookings.offered", o.clinicId, ["evening:yes"], o.evening);
    t.add("bookings.offered", o.clinicId, ["evening:no"], o.total - o.evening);
  }

  // Contact: threads written this day, first staff replies given this day, transfers.
  for (const th of await db.query<{ unit_id: string; topic: string; answer_locale: string; contact_mode: string }>(
    "SELECT unit_id, topic, answer_locale, contact_mode FROM message_threads WHERE created_at >= $1 AND created_at < $2",
    span,
  )) {
    t.add("contact.threads", th.unit_id, [`topic:${th.topic}`, `answerLocale:${th.answer_locale}`, `mode:${th.contact_mode}`]);
  }
  for (const r of await db.query<{ unit_id: string; created_at: Date; first_reply: Date }>(
    `SELECT t.unit_id, t.created_at, f.first_reply FROM message_threads t
     JOIN (SELECT thread_id, min(created_at) AS first_reply FROM thread_messages WHERE author = 'staff' GROUP BY thread_id) f ON f.thread_id = t.id
     WHERE f.first_reply >= $1 AND f.first_reply < $2`,
    span,
  )) {
    const asked = new Date(r.created_at);
    const answered = new Date(r.first_reply);
    t.duration("contact.firstReply.calendar", r.unit_id, minutesBetween(asked, answered));
    t.duration("contact.firstReply.working", r.unit_id, workingMinutes(asked, answered));
  }
  // Transfers and decisions on proposals, from the audit log (a decision's unit is the proposal's area).
  for (const a of await db.query<{ unit_id: string | null; action: string }>(
    "SELECT unit_id, action FROM audit_log WHERE at >= $1 AND at < $2 AND action IN ('messages.transfer', 'proposals.approve', 'proposals.reject')",
    span,
  )) {
    if (a.action === "messages.transfer") t.add("contact.transfers", a.unit_id ?? "", []);
    else t.add("proposals.decided", a.unit_id ?? "", [`decision:${a.action === "proposals.approve" ? "approved" : "rejected"}`]);
  }

  // What was counted as it happened (proposals received; the synthetic history's small measures).
  for (const e of await db.query<{ measure: string; unit: string; dimension: string; value: string | number }>("SELECT measure, unit, dimension, value FROM followup_events WHERE day = $1", [day])) {
    // A dimension may name several, joined by "|" (a night cancelled, and why).
    t.add(e.measure, e.unit, e.dimension === "" ? [] : e.dimension.split("|"), Number(e.value));
  }

  // Activities held and cancelled this day, by area and category (from the content).
  for (const { activity, areaId } of content.activities) {
    const occurrence = nextOccurrences(activity, day, 1, 0)[0];
    if (occurrence?.date === day) t.add("activities.occurrences", areaId, [`category:${activity.category}`, `status:${occurrence.cancelled ? "cancelled" : "held"}`]);
  }

  // Night walks of this day: walked (reported), cancelled or not reported; the walker-evenings.
  for (const n of await db.query<{ series_id: string; cancelled_at: Date | null; cancel_reason: string | null; reported_at: Date | null; walkers_present: number | null }>(
    "SELECT series_id, cancelled_at, cancel_reason, reported_at, walkers_present FROM night_walk_nights WHERE walk_date = $1",
    [day],
  )) {
    const area = content.walkArea.get(n.series_id) ?? "";
    const status = n.cancelled_at ? "cancelled" : n.reported_at ? "walked" : "unreported";
    t.add("nightwalks.nights", area, [`status:${status}`, ...(n.cancelled_at ? [`cancelled:${n.cancel_reason ?? "other"}`] : [])]);
    if (status === "walked") t.add("nightwalks.walkerEvenings", area, [], n.walkers_present ?? 0);
  }

  // Recruitment: interests registered this day by role, status changes, time to the first contact.
  for (const i of await db.query<{ roles: string[]; area_id: string | null }>("SELECT roles, area_id FROM recruitment_interests WHERE created_at >= $1 AND created_at < $2", span)) {
    t.add("recruitment.interests", i.area_id ?? "", i.roles.map((r) => `role:${r}`));
  }
  for (const h of await db.query<{ status: string }>("SELECT status FROM recruitment_history WHERE at >= $1 AND at < $2 AND by_user <> 'resident'", span)) {
    t.add("recruitment.statusChanges", "", [`status:${h.status}`]);
  }
  for (const i of await db.query<{ area_id: string | null; created_at: Date; contacted_at: Date }>(
    "SELECT area_id, created_at, contacted_at FROM recruitment_interests WHERE contacted_at >= $1 AND contacted_at < $2",
    span,
  )) {
    t.duration("recruitment.firstContact", i.area_id ?? "", minutesBetween(new Date(i.created_at), new Date(i.contacted_at)));
  }
  return t;
}

/** Rolls one day up: its numbers replaced as a whole, in one transaction; `synthetic` marks the generated history's days. */
export async function rollUpDay(db: Db, day: string, content: RollupContent, now: Date, synthetic = false): Promise<number> {
  const tally = await tallyDay(db, day, content);
  const keys = [...tally.counts.keys()].map((k) => k.split("\u0000"));
  await db.transaction(async (tx) => {
    await tx.query("DELETE FROM followup_counts WHERE day = $1", [day]);
    await tx.query("DELETE FROM followup_durations WHERE day = $1", [day]);
    if (keys.length > 0) {
      await tx.query("INSERT INTO followup_counts (day, measure, unit, dimension, value) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[])", [
        day,
        keys.map((k) => k[0] ?? ""),
        keys.map((k) => k[1] ?? ""),
        keys.map((k) => k[2] ?? ""),
        [...tally.counts.values()],
      ]);
    }
    if (tally.durations.length > 0) {
      await tx.query("INSERT INTO followup_durations (day, measure, unit, minutes) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[])", [
        day,
        tally.durations.map((d) => d.measure),
        tally.durations.map((d) => d.unit),
        tally.durations.map((d) => d.minutes),
      ]);
    }
    await tx.query("INSERT INTO followup_days (day, rolled_at, synthetic) VALUES ($1, $2, $3) ON CONFLICT (day) DO UPDATE SET rolled_at = EXCLUDED.rolled_at, synthetic = EXCLUDED.synthetic", [day, now, synthetic]);
  });
  return tally.counts.size;
}

/** The oldest day any raw row still kept is from (or undefined when there is none). */
async function oldestRawDay(db: Queryable): Promise<string | undefined> {
  const [row] = await db.query<{ oldest: Date | null }>(
    `SELECT least(
       (SELECT min(least(created_at, starts_at)) FROM bookings),
       (SELECT min(created_at) FROM message_threads),
       (SELECT min(created_at) FROM recruitment_interests),
       (SELECT min(at) FROM audit_log)
     ) AS oldest`,
  );
  const [events] = await db.query<{ day: string | null }>("SELECT min(day) AS day FROM followup_events");
  const days = [row?.oldest ? stockholmNow(new Date(row.oldest)).date : undefined, events?.day ?? undefined].filter((d): d is string => d !== undefined).sort();
  return days[0];
}

/** How many days back every catch-up rolls again: a report, a no-show mark or a late reply given after its day was rolled still counts. */
export const REROLL_DAYS = 7;

/**
 * Rolls up every day not yet rolled, from the day after the last one (or the oldest raw row) to
 * yesterday, at most `maxDays` at a time; and with them the `REROLL_DAYS` days before (their raw
 * rows are all still kept: every retention is longer), except synthetic ones. Nothing when every
 * day to yesterday is rolled. The days rolled.
 */
export async function catchUp(db: Db, content: RollupContent, now: Date, maxDays = 400): Promise<string[]> {
  const yesterday = addDays(stockholmNow(now).date, -1);
  const [last] = await db.query<{ first: string | null; day: string | null; any: string | null }>(
    "SELECT min(day) FILTER (WHERE NOT synthetic) AS first, max(day) FILTER (WHERE NOT synthetic) AS day, max(day) AS any FROM followup_days",
  );
  const resume = last?.day ? addDays(last.day, 1) : last?.any ? addDays(last.any, 1) : await oldestRawDay(db);
  if (!resume || resume > yesterday) return [];
  // The week before, but never a day before the first one rolled from real rows.
  const again = last?.day && last.first ? [addDays(resume, -REROLL_DAYS), last.first].sort().at(-1) ?? resume : resume;
  const synthetic = new Set((await db.query<{ day: string }>("SELECT day FROM followup_days WHERE synthetic AND day >= $1", [again])).map((r) => r.day));
  const days: string[] = [];
  for (let day = again < addDays(yesterday, -maxDays) ? addDays(yesterday, -maxDays) : again; day <= yesterday; day = addDays(day, 1)) {
    if (synthetic.has(day)) continue;
    await rollUpDay(db, day, content, now);
    days.push(day);
  }
  return days;
}

/**
 * Rolls up again every day from `from` to yesterday (after a change to the roll-up): only days
 * whose raw rows are all still kept should be asked for, or their numbers shrink. Days of
 * synthetic history are left as they are: they have no raw rows.
 */
export async function rebuild(db: Db, content: RollupContent, from: string, now: Date): Promise<string[]> {
  const yesterday = addDays(stockholmNow(now).date, -1);
  const synthetic = new Set((await db.query<{ day: string }>("SELECT day FROM followup_days WHERE synthetic AND day >= $1", [from])).map((r) => r.day));
  const days: string[] = [];
  for (let day = from; day <= yesterday; day = addDays(day, 1)) {
    if (synthetic.has(day)) continue;
    await rollUpDay(db, day, content, now);
    days.push(day);
  }
  return days;
}
