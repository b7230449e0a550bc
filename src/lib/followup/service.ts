/**
 * The follow-up as the server runs it, made by `createFollowup`: the daily roll-up (caught up
 * before every purge, so that no day's numbers are lost with its rows), its rebuild, and the
 * site's use counted per day, language and page type — in memory between flushes, with nothing
 * about who asked.
 */
import { stockholmNow } from "../dates.ts";
import type { Db } from "../db/index.ts";
import type { LoadQuery } from "../content/load.ts";
import { LOCALES } from "../i18n/locales.ts";
import { text } from "../content/localize.ts";
import { insights, periodOf, todayOf, type InsightsQuery } from "./insights.ts";
import { openStatistics } from "./open.ts";
import { catchUp, rebuild, type RollupContent } from "./rollup.ts";
import { generateHistory, type SyntheticOptions } from "./synthetic.ts";

export interface FollowupDeps {
  db: Db;
  content: { loadQuery: LoadQuery };
  /** The places the clinics' schedules offered on a date (the booking domain's slot engine). */
  offered: RollupContent["offered"];
  options: { minCell: number };
}

export type FollowupService = ReturnType<typeof createFollowup>;

/** A month (YYYY-MM) some months later or earlier. */
const shiftMonth = (ym: string, months: number) => {
  const [y = 0, m = 1] = ym.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, "0")}`;
};

export function createFollowup({ db, content, offered, options }: FollowupDeps) {
  async function rollupContent(): Promise<RollupContent> {
    const [{ activities }, { walks }] = await Promise.all([content.loadQuery("calendar"), content.loadQuery("nightWalks")]);
    return {
      activities: activities.map(({ activity, area }) => ({ activity, areaId: area._id })),
      walkArea: new Map(walks.map(({ walk, area }) => [walk._id, area._id])),
      offered,
    };
  }

  /** Page views waiting to be written: `day locale pageType` → count. */
  const hits = new Map<string, number>();

  return {
    /** The smallest count shown. */
    minCell: Math.max(3, options.minCell),
    /**
     * The insights for a query (a period; an area, or one clinic or office): an area's units are
     * its clinics, its offices and the area itself. With the choices for the form, and the
     * Swedish names of the units, visit types and topics the tables' rows are keyed by.
     */
    async insights(query: InsightsQuery, now: Date) {
      const period = periodOf(query, todayOf(now));
      const data = await content.loadQuery("openData");
      const areas = data.areas.map((a) => ({ _id: a._id, slug: a.slug.current, name: a.name }));
      const unitChoices = [
        ...data.clinics.map((c) => ({ _id: c._id, kind: "clinic" as const, name: text(c.name, "sv"), area: c.area._ref })),
        ...data.offices.map((o) => ({ _id: o._id, kind: "office" as const, name: text(o.name, "sv"), area: o.area._ref })),
      ];
      const unit = unitChoices.find((u) => u._id === query.unit);
      const area = unit ? undefined : areas.find((a) => a.slug === query.area);
      const units = unit ? [unit._id] : area ? [area._id, ...unitChoices.filter((u) => u.area === area._id).map((u) => u._id)] : undefined;
      const names: Record<string, string> = {
        ...Object.fromEntries(unitChoices.map((u) => [u._id, u.name])),
        ...Object.fromEntries(data.clinics.flatMap((c) => c.bookingSchedule?.visitTypes.map((v) => [`visitType:${v.id}`, text(v.name, "sv")]) ?? [])),
        ...Object.fromEntries(data.settings.contactTopics.map((topic) => [`topic:${topic.id}`, text(topic.name, "sv")])),
      };
      return { ...(await insights(db, period, units, options.minCell, LOCALES)), areas, area, units: unitChoices, unit, names };
    },
    /**
     * The open statistics: months `from` to `to` (YYYY-MM; by default the last twelve full
     * months), each measure per area and for the municipality, suppressed.
     */
    async openStatistics(from: string | undefined, to: string | undefined, now: Date) {
      const month = /^\d{4}-(0[1-9]|1[0-2])$/;
      const last = to && month.test(to) ? to : shiftMonth(todayOf(now).slice(0, 7), -1);
      // At most three years at a time; by default the twelve months up to the last.
      const first = from && month.test(from) && from <= last && shiftMonth(last, -35) <= from ? from : shiftMonth(last, -11);
      const [home, walks, settings] = await Promise.all([content.loadQuery("home"), content.loadQuery("nightWalks"), content.loadQuery("settings")]);
      const areaOfUnit = new Map<string, string>([
        ...home.areas.map((a): [string, string] => [a._id, a._id]),
        ...home.clinics.map(({ clinic, area }): [string, string] => [clinic._id, area._id]),
        ...walks.offices.map((o): [string, string] => [o._id, o.area]),
      ]);
      return openStatistics(db, { from: first, to: last }, home.areas.map((a) => a._id), (unit) => areaOfUnit.get(unit), options.minCell, text(settings.municipalityName, "sv"));
    },
    /** Rolls up every day not yet rolled, to yesterday. The days rolled. */
    catchUp: async (now: Date) => catchUp(db, await rollupContent(), now),
    /** Rolls up again every day from a date to yesterday. */
    rebuild: async (from: string, now: Date) => rebuild(db, await rollupContent(), from, now),
    /** Counts one page view: the day, the page's language and its type; nothing else. */
    countHit(locale: string, pageType: string, now: Date): void {
      const key = `${stockholmNow(now).date} ${locale} ${pageType}`;
      if (hits.size < 10_000 || hits.has(key)) hits.set(key, (hits.get(key) ?? 0) + 1);
    },
    /** Writes synthetic history (the demo's, or ten times it for the bench), through the real roll-up. */
    async generate(generate: SyntheticOptions, now: Date) {
      const [home, walks, settings] = await Promise.all([content.loadQuery("home"), content.loadQuery("nightWalks"), content.loadQuery("settings")]);
      const clinics = home.clinics.flatMap(({ clinic }) => {
        const schedule = clinic.bookingSchedule;
        return schedule ? [{ id: clinic._id, visitTypes: schedule.visitTypes.map((v) => v.id), slotMinutes: schedule.slotMinutes, windows: schedule.windows }] : [];
      });
      const world = {
        clinics,
        units: [...walks.offices.map((o) => o._id), ...home.clinics.map((c) => c.clinic._id)],
        topics: settings.contactTopics.map((t) => t.id),
        areas: home.areas.map((a) => a._id),
        walkAreas: [...new Set(walks.walks.map(({ area }) => area._id))],
      };
      return generateHistory(db, world, await rollupContent(), generate, now);
    },
    /** Counts one event that leaves no row to roll up (a proposal received), for its day and unit. */
    async countEvent(measure: string, unit: string, now: Date): Promise<void> {
      await db.query(
        "INSERT INTO followup_events (day, measure, unit, value) VALUES ($1, $2, $3, 1) ON CONFLICT (day, measure, unit, dimension) DO UPDATE SET value = followup_events.value + 1",
        [stockholmNow(now).date, measure, unit],
      );
    },
    /** Writes the counted page views and starts counting afresh. */
    async flushHits(): Promise<number> {
      if (hits.size === 0) return 0;
      const rows = [...hits.entries()].map(([key, n]) => [...key.split(" "), n] as const);
      hits.clear();
      await db.query(
        `INSERT INTO followup_hits (day, locale, page_type, hits) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])
         ON CONFLICT (day, locale, page_type) DO UPDATE SET hits = followup_hits.hits + EXCLUDED.hits`,
        [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
      );
      return rows.length;
    },
  };
}
