/**
 * A year of synthetic history for the follow-up, clearly marked as such: the demo municipality's
 * insights page shows something real-looking on a fresh start, and the bench measures the
 * insights and the roll-up at ten times that volume.
 *
 * It goes through the real roll-up: day by day, made-up raw rows (bookings in the clinics'
 * booking windows, threads with a first staff reply) are written, the day is rolled up like any
 * other (`rollUpDay`, marked synthetic), and each row is deleted as soon as every day that counts
 * it has been rolled. What leaves no raw row (proposals, night walks, interests, page views) is
 * written as the day's events and page views. Seeded: the same seed gives the same numbers.
 * Days already rolled from real rows are never touched: the history ends the day before the first.
 */
import { addDays, dayOf, stockholmInstant, stockholmNow, type DayCode } from "../dates.ts";
import type { Db } from "../db/index.ts";
import { LOCALES } from "../i18n/locales.ts";
import { RECRUITMENT_ROLES } from "../content/rules.ts";
import { rollUpDay, type RollupContent } from "./rollup.ts";

/** What the history is made of: the municipality's clinics, contact units, topics and areas. */
export interface SyntheticWorld {
  clinics: readonly { id: string; visitTypes: readonly string[]; slotMinutes: number; windows: readonly { day: DayCode; start: string; end: string }[] }[];
  /** The offices and clinics messages are written to. */
  units: readonly string[];
  topics: readonly string[];
  areas: readonly string[];
  /** The areas with night walks. */
  walkAreas: readonly string[];
}

export interface SyntheticOptions {
  /** 1: the demo municipality's size (about 10,000 bookings and 2,000 threads a year); 10 for the bench. */
  scale: number;
  /** How many days, ending yesterday (or the day before the first day rolled from real rows). */
  days: number;
  seed: number;
  /** Keep the raw rows instead of deleting them once rolled (the bench: a roll-up against a year of rows, more than any retention keeps). */
  keepRaw?: boolean;
}

export interface SyntheticResult {
  from: string;
  to: string;
  days: number;
  bookings: number;
  threads: number;
  /** Milliseconds each day's roll-up took (the real one), in order. */
  rollupMs: number[];
}

/** A small seeded generator (mulberry32): the same seed, the same history. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** A count around a mean (normal approximation of Poisson; small means drawn exactly). */
  const count = (mean: number): number => {
    if (mean <= 0) return 0;
    if (mean < 30) {
      let n = 0;
      for (let p = next(), l = Math.exp(-mean); p > l; p *= next()) n++;
      return n;
    }
    const gauss = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * gauss));
  };
  const weighted = <T extends string>(weights: Readonly<Record<T, number>>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let r = next() * entries.reduce((n, [, w]) => n + w, 0);
    let chosen = entries[0]?.[0];
    for (const [key, w] of entries) {
      chosen = key;
      if ((r -= w) < 0) break;
    }
    if (chosen === undefined) throw new Error("weighted: no choices");
    return chosen;
  };
  return { next, pick, count, weighted };
}

/** Summer, Christmas and weekends are quieter (on average the factors come to about 0.8). */
const SEASON = [1, 1, 1.05, 1, 1, 0.85, 0.5, 0.8, 1.05, 1.05, 1.05, 0.85];
const WEEKDAY: Record<DayCode, number> = { mon: 1.2, tue: 1.25, wed: 1.2, thu: 1.2, fri: 0.8, sat: 0.2, sun: 0.15 };
const LANGUAGES: Record<(typeof LOCALES)[number], number> = { sv: 55, en: 9, ar: 12, fa: 5, so: 6, ti: 3, fi: 4, uk: 6 };
/** Page views by page type (the route, as the server counts them), in per cent. */
const PAGE_TYPES = { home: 30, "areas/[slug]": 20, "activities/[slug]": 25, "clinics/[slug]": 10, "offices/[slug]": 8, contact: 4, crisis: 3 } as const;

const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Writes the history: from `days` days before the end to the end (yesterday, or the day before
 * the first day rolled from real rows). Re-running replaces the synthetic days.
 */
export async function generateHistory(db: Db, world: SyntheticWorld, content: RollupContent, options: SyntheticOptions, now: Date): Promise<SyntheticResult> {
  const rnd = random(options.seed);
  const [firstReal] = await db.query<{ day: string | null }>("SELECT min(day) AS day FROM followup_days WHERE NOT synthetic AND day >= $1", [addDays(stockholmNow(now).date, -options.days - 1)]);
  const yesterday = addDays(stockholmNow(now).date, -1);
  const to = firstReal?.day && firstReal.day <= yesterday ? addDays(firstReal.day, -1) : yesterday;
  const from = addDays(to, -options.days + 1);
  const endOfHistory = stockholmInstant(addDays(to, 1), "00:00");
  const run = Math.floor(rnd.next() * 0x10000).toString(16).padStart(4, "0");

  /** Raw rows written and the last day that counts them: deleted once that day is rolled. */
  const pending: { table: "bookings" | "message_threads"; id: string; lastDay: string }[] = [];
  let bookings = 0;
  let threads = 0;
  let serial = 0;
  const uuid = () => {
    serial++;
    return `5e000000-0000-4000-8000-${serial.toString(16).padStart(8, "0")}${run}`;
  };
  const rollupMs: number[] = [];

  for (let day = from; day <= to; day = addDays(day, 1)) {
    const factor = (SEASON[Number(day.slice(5, 7)) - 1] ?? 1) * WEEKDAY[dayOf(day)];

    // Bookings made today, for a visit today or within two weeks (never after the history ends).
    const rows: { id: string; code: string; clinic: string; type: string; key: string; starts: Date; ends: Date; status: string; created: Date; visitDay: string }[] = [];
    const made = rnd.count(34 * options.scale * factor);
    for (let i = 0; i < made; i++) {
      let visitDay = addDays(day, Math.min(14, Math.floor(-Math.log(1 - rnd.next()) * 3.5)));
      if (visitDay > to) visitDay = to;
      const openOn = (d: string) => world.clinics.filter((c) => c.windows.some((w) => w.day === dayOf(d)) && c.visitTypes.length > 0);
      // No clinic open that day: the next day one is (within the history).
      while (openOn(visitDay).length === 0 && visitDay < to && visitDay < addDays(day, 21)) visitDay = addDays(visitDay, 1);
      const open = openOn(visitDay);
      if (open.length === 0) continue;
      const clinic = rnd.pick(open);
      const window = rnd.pick(clinic.windows.filter((w) => w.day === dayOf(visitDay)));
      const slots = Math.max(1, Math.floor((minutesOf(window.end) - minutesOf(window.start)) / clinic.slotMinutes));
      const start = minutesOf(window.start) + Math.floor(rnd.next() * slots) * clinic.slotMinutes;
      const starts = stockholmInstant(visitDay, hhmm(start));
      const dayStart = stockholmInstant(day, "00:00").getTime();
      const latest = Math.min(starts.getTime() - 20 * 60_000, dayStart + 24 * 3_600_000 - 60_000);
      if (latest <= dayStart) continue;
      // Mostly from 07:00; before that only when the visit is early the same day.
      const earliest = latest - dayStart > 7 * 3_600_000 ? dayStart + 7 * 3_600_000 : dayStart;
      const created = new Date(earliest + rnd.next() * (latest - earliest));
      const status = rnd.weighted({ arrived: 83, no_show: 8, cancelled: 9 });
      const id = uuid();
      rows.push({ id, code: `SYN${String(serial)}${run}`, clinic: clinic.id, type: rnd.pick(clinic.visitTypes), key: `${visitDay}T${hhmm(start)}`, starts, ends: new Date(starts.getTime() + clinic.slotMinutes * 60_000), status, created, visitDay });
    }
    if (rows.length > 0) {
      await db.query(
        `INSERT INTO bookings (id, code, secret_hash, clinic_id, visit_type, slot_keys, starts_at, ends_at, status, created_at, purge_after)
         SELECT id, code, 'synthetic', clinic, type, ARRAY[key], starts, ends, status, created, $10
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::text[], $9::timestamptz[]) AS r(id, code, clinic, type, key, starts, ends, status, created)`,
        [rows.map((r) => r.id), rows.map((r) => r.code), rows.map((r) => r.clinic), rows.map((r) => r.type), rows.map((r) => r.key), rows.map((r) => r.starts), rows.map((r) => r.ends), rows.map((r) => r.status), rows.map((r) => r.created), endOfHistory],
      );
      for (const r of rows) pending.push({ table: "bookings", id: r.id, lastDay: r.visitDay });
      bookings += rows.length;
    }

    // Threads written today, most answered within working hours (some not before the history ends).
    const written = rnd.count(6.8 * options.scale * factor);
    const threadRows: { id: string; unit: string; topic: string; locale: string; mode: string; created: Date; reply: Date | undefined; lastDay: string }[] = [];
    for (let i = 0; i < written; i++) {
      const created = stockholmInstant(day, hhmm(420 + Math.floor(rnd.next() * 960)));
      const hours = Math.exp(Math.log(4) + 1.3 * Math.sqrt(-2 * Math.log(1 - rnd.next())) * Math.cos(2 * Math.PI * rnd.next()));
      const reply = new Date(created.getTime() + hours * 3_600_000);
      const answered = reply < endOfHistory ? reply : undefined;
      threadRows.push({ id: uuid(), unit: rnd.pick(world.units), topic: rnd.pick(world.topics), locale: rnd.weighted(LANGUAGES), mode: rnd.weighted({ code: 60, phone: 25, email: 15 }), created, reply: answered, lastDay: answered ? stockholmNow(answered).date : day });
    }
    if (threadRows.length > 0) {
      await db.query(
        `INSERT INTO message_threads (id, receipt_hash, unit_id, topic, answer_locale, contact_mode, status, created_at, last_activity_at, purge_after)
         SELECT id, 'synthetic-' || id, unit, topic, locale, mode, 'handled', created, created, $7 FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS r(id, unit, topic, locale, mode, created)`,
        [threadRows.map((t) => t.id), threadRows.map((t) => t.unit), threadRows.map((t) => t.topic), threadRows.map((t) => t.locale), threadRows.map((t) => t.mode), threadRows.map((t) => t.created), endOfHistory],
      );
      const replies = threadRows.filter((t) => t.reply);
      if (replies.length > 0) {
        await db.query(
          `INSERT INTO thread_messages (id, thread_id, author, body_sealed, created_at) SELECT id, thread, 'staff', 'synthetic', at FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS r(id, thread, at)`,
          [replies.map(() => uuid()), replies.map((t) => t.id), replies.map((t) => t.reply)],
        );
      }
      for (const t of threadRows) pending.push({ table: "message_threads", id: t.id, lastDay: t.lastDay });
      threads += threadRows.length;
    }

    // What leaves no raw row: proposals, night walks, interests (one dimension each), and page views.
    const events = new Map<string, number>();
    const event = (measure: string, unit: string, dimension: string, by = 1) => {
      const key = `${measure}\u0000${unit}\u0000${dimension}`;
      events.set(key, (events.get(key) ?? 0) + by);
    };
    for (const area of world.areas) {
      for (let i = rnd.count(0.06 * options.scale * factor); i > 0; i--) {
        event("proposals.received", area, "");
        event("proposals.decided", area, rnd.next() < 0.8 ? "decision:approved" : "decision:rejected");
      }
      for (let i = rnd.count(0.04 * options.scale * factor); i > 0; i--) event("recruitment.interests", area, `role:${rnd.pick(RECRUITMENT_ROLES)}`);
    }
    if (dayOf(day) === "fri" || dayOf(day) === "sat") {
      for (const area of world.walkAreas) {
        for (let walk = 0; walk < Math.max(1, Math.round(options.scale / 2)); walk++) {
          const status = rnd.weighted({ walked: 86, cancelled: 9, unreported: 5 });
          // Most cancelled nights had too few walkers.
          event("nightwalks.nights", area, status === "cancelled" ? `status:cancelled|cancelled:${rnd.next() < 0.7 ? "fewWalkers" : "other"}` : `status:${status}`);
          if (status === "walked") event("nightwalks.walkerEvenings", area, "", 3 + Math.floor(rnd.next() * 6));
        }
      }
    }
    const keys = [...events.keys()].map((k) => k.split("\u0000"));
    await db.query("DELETE FROM followup_events WHERE day = $1 AND measure = ANY($2)", [day, ["proposals.received", "proposals.decided", "recruitment.interests", "nightwalks.nights", "nightwalks.walkerEvenings"]]);
    if (keys.length > 0) {
      await db.query("INSERT INTO followup_events (day, measure, unit, dimension, value) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[])", [day, keys.map((k) => k[0] ?? ""), keys.map((k) => k[1] ?? ""), keys.map((k) => k[2] ?? ""), [...events.values()]]);
    }
    const views = Object.keys(LANGUAGES).flatMap((locale) => Object.keys(PAGE_TYPES).map((type) => ({ locale, type, hits: rnd.count(((420 * options.scale * factor * LANGUAGES[locale as keyof typeof LANGUAGES]) / 100) * (PAGE_TYPES[type as keyof typeof PAGE_TYPES] / 100)) })));
    await db.query(
      `INSERT INTO followup_hits (day, locale, page_type, hits) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::bigint[])
       ON CONFLICT (day, locale, page_type) DO UPDATE SET hits = EXCLUDED.hits`,
      [day, views.map((v) => v.locale), views.map((v) => v.type), views.map((v) => v.hits)],
    );

    // The real roll-up, then the rows no later day counts.
    const started = performance.now();
    await rollUpDay(db, day, content, now, true);
    rollupMs.push(performance.now() - started);
    const done = options.keepRaw ? [] : pending.filter((p) => p.lastDay <= day);
    for (const table of ["bookings", "message_threads"] as const) {
      const ids = done.filter((p) => p.table === table).map((p) => p.id);
      if (ids.length > 0) await db.query(`DELETE FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
    }
    pending.splice(0, pending.length, ...pending.filter((p) => p.lastDay > day));
  }
  return { from, to, days: rollupMs.length, bookings, threads, rollupMs };
}
