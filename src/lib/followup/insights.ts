/**
 * What the insights page shows, from the rolled-up numbers only: a period compared with the one
 * before it, for the whole municipality or one area, as tables whose small cells are hidden
 * (`suppress.ts`) — the same tables the charts draw and the CSV files hold.
 */
import { z } from "zod";
import { addDays, daysBetween, isDate, stockholmNow } from "../dates.ts";
import type { Queryable } from "../db/index.ts";
import { suppressTable, type Cell, type Totals } from "./suppress.ts";

export const PRESETS = ["month", "lastMonth", "quarter", "lastQuarter", "year"] as const;
export type Preset = (typeof PRESETS)[number];

export interface Period {
  from: string;
  to: string;
}

export const InsightsQuery = z.object({
  from: z.string().refine(isDate).optional().catch(undefined),
  to: z.string().refine(isDate).optional().catch(undefined),
  preset: z.enum(PRESETS).optional().catch(undefined),
  area: z.string().regex(/^[a-z0-9-]{1,100}$/).optional().catch(undefined),
  /** One clinic or office (its id); narrower than an area, and taking its place. */
  unit: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/).optional().catch(undefined),
});
export type InsightsQuery = z.infer<typeof InsightsQuery>;

/** The period a query names: a preset, or from–to (at most two years, ending no later than yesterday); by default the last full month. */
export function periodOf(query: InsightsQuery, today: string): Period {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const pad = (n: number) => String(n).padStart(2, "0");
  const monthStart = (year: number, month: number) => `${String(year)}-${pad(month)}-01`;
  const monthEnd = (year: number, month: number) => addDays(month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1), -1);
  const yesterday = addDays(today, -1);
  const q = Math.floor((m - 1) / 3) * 3 + 1;
  switch (query.preset) {
    case "month":
      return { from: monthStart(y, m), to: yesterday < monthStart(y, m) ? monthStart(y, m) : yesterday };
    case "quarter":
      return { from: monthStart(y, q), to: yesterday < monthStart(y, q) ? monthStart(y, q) : yesterday };
    case "lastQuarter": {
      const [qy, qm] = q === 1 ? [y - 1, 10] : [y, q - 3];
      return { from: monthStart(qy, qm), to: monthEnd(qy, qm + 2) };
    }
    case "year":
      return { from: `${String(y)}-01-01`, to: yesterday < `${String(y)}-01-01` ? `${String(y)}-01-01` : yesterday };
    default:
      break;
  }
  if (query.from && query.to && query.from <= query.to && daysBetween(query.from, query.to) <= 731) return { from: query.from, to: query.to };
  const [ly, lm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return { from: monthStart(ly, lm), to: monthEnd(ly, lm) };
}

/** The period of the same length just before. */
export function previousOf(period: Period): Period {
  const length = daysBetween(period.from, period.to);
  const to = addDays(period.from, -1);
  return { from: addDays(to, -length), to };
}

export interface InsightTable {
  id: string;
  /** Row labels (the keys; the page translates them). */
  rows: string[];
  /** Column labels. */
  columns: string[];
  values: number[][];
  /** Whether the column totals are published (not for different measures side by side). */
  columnTotals: boolean;
  suppressed: ReturnType<typeof suppressTable>;
}

/** A table of counts; its column totals are published unless it holds different measures. Rows are never summed across periods. */
function table(id: string, rows: string[], columns: string[], values: number[][], threshold: number, columnTotals = true): InsightTable {
  const totals: Totals = { rows: false, columns: columnTotals };
  return { id, rows, columns, values, columnTotals, suppressed: suppressTable(values, threshold, totals) };
}

/** Monday of the ISO week a date is in. */
const weekOf = (date: string) => addDays(date, -((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7));

export interface Insights {
  period: Period;
  previous: Period;
  /** Key figures: this period and the one before. */
  totals: InsightTable;
  /** Bookings made per week. */
  bookingsByWeek: InsightTable;
  /** Places offered and visits taken (not cancelled), from 17:00 and before: columns offered and taken, this period and the one before. */
  evening: InsightTable;
  /** The evening's share, in per cent, of the places offered and of the visits taken (this period, the one before); undefined where a count behind it is hidden. */
  eveningShare: { offered: [number | undefined, number | undefined]; taken: [number | undefined, number | undefined] };
  /** Visits by what became of them, by visit type, weekday, hour and clinic. */
  visitsByStatus: InsightTable;
  visitsByType: InsightTable;
  visitsByWeekday: InsightTable;
  visitsByHour: InsightTable;
  visitsByClinic: InsightTable;
  /** Threads by topic, by the contact mode chosen, by unit. */
  threadsByTopic: InsightTable;
  threadsByMode: InsightTable;
  threadsByUnit: InsightTable;
  /** Activity occurrences by category. */
  activitiesByCategory: InsightTable;
  /** Interests by role, and the recruiters' status changes by the status set. */
  interestsByRole: InsightTable;
  interestStatuses: InsightTable;
  /** Page views by page type. */
  siteUseByPage: InsightTable;
  /** Days from an interest to the first contact: the median, to a tenth (undefined below the threshold). */
  firstContactDays: number | undefined;
  /** Threads by the language the writer wants the answer in. */
  languages: InsightTable;
  /** Page views by language. */
  siteUse: InsightTable;
  /** First staff replies by how long they took (calendar time). */
  responseTimes: InsightTable;
  /** How many days ahead bookings were made: the median, to a tenth (undefined below the threshold). */
  bookedAheadDays: number | undefined;
  /** Whether any day shown is synthetic history (the demo's). */
  synthetic: boolean;
  /** First staff reply, in hours: median and 90th percentile, calendar and working time; undefined below the threshold of threads. */
  responseHours: { calendar: { median: number; p90: number } | undefined; working: { median: number; p90: number } | undefined; count: number };
}

/** The key figures: a row's key, its measure and dimension. */
const TOTALS: readonly (readonly [string, string, string])[] = [
  ["bookings.made", "bookings.made", ""],
  ["bookings.visits", "bookings.visits", ""],
  ["contact.threads", "contact.threads", ""],
  ["contact.transfers", "contact.transfers", ""],
  ["activities.occurrences", "activities.occurrences", ""],
  ["activities.held", "activities.occurrences", "status:held"],
  ["activities.cancelled", "activities.occurrences", "status:cancelled"],
  ["proposals.received", "proposals.received", ""],
  ["proposals.approved", "proposals.decided", "decision:approved"],
  ["proposals.rejected", "proposals.decided", "decision:rejected"],
  ["nightwalks.nights", "nightwalks.nights", "status:walked"],
  ["nightwalks.cancelled", "nightwalks.nights", "status:cancelled"],
  ["nightwalks.cancelledFewWalkers", "nightwalks.nights", "cancelled:fewWalkers"],
  ["nightwalks.walkerEvenings", "nightwalks.walkerEvenings", ""],
  ["recruitment.interests", "recruitment.interests", ""],
];

/** The first staff reply, grouped by how long it took (upper bounds in hours, calendar time). */
export const RESPONSE_BANDS = [
  ["reply:1h", 1],
  ["reply:4h", 4],
  ["reply:24h", 24],
  ["reply:72h", 72],
  ["reply:more", Infinity],
] as const;

/**
 * The insights for a period and an optional set of units (the area's clinics, offices and the
 * area itself); every table suppressed with the threshold.
 */
export async function insights(db: Queryable, period: Period, units: readonly string[] | undefined, threshold: number, localeOrder: readonly string[]): Promise<Insights> {
  const previous = previousOf(period);
  // Summed in the database: per measure and dimension for each period, and bookings made per day.
  // `$4` is the units (null for the whole municipality).
  const span = [previous.from, period.to, period.from, units ? [...units] : null];
  const sumsQuery = db.query<{ measure: string; dimension: string; current: boolean; value: string | number }>(
    `SELECT measure, dimension, day >= $3 AS current, sum(value) AS value FROM followup_counts
     WHERE day >= $1 AND day <= $2 AND ($4::text[] IS NULL OR unit = ANY($4::text[]))
     GROUP BY measure, dimension, day >= $3`,
    span,
  );
  // Visits by clinic and threads by unit: the measure's whole per unit (asked at the same time: on PostgreSQL, on another connection).
  const perUnitQuery = db.query<{ measure: string; unit: string; current: boolean; value: string | number }>(
    `SELECT measure, unit, day >= $3 AS current, sum(value) AS value FROM followup_counts
     WHERE day >= $1 AND day <= $2 AND ($4::text[] IS NULL OR unit = ANY($4::text[])) AND dimension = '' AND measure IN ('bookings.visits', 'contact.threads')
     GROUP BY measure, unit, day >= $3`,
    span,
  );
  const [sums, perUnit] = await Promise.all([sumsQuery, perUnitQuery]);
  const totalsOf = new Map(sums.map((r) => [`${r.current ? "current" : "previous"} ${r.measure} ${r.dimension}`, Number(r.value)]));
  const sum = (p: Period, measure: string, dimension = "") => totalsOf.get(`${p === period ? "current" : "previous"} ${measure} ${dimension}`) ?? 0;

  const totals = table("totals", TOTALS.map(([key]) => key), ["current", "previous"], TOTALS.map(([, m, d]) => [sum(period, m, d), sum(previous, m, d)]), threshold, false);

  const daily = await db.query<{ day: string; value: string | number }>(
    `SELECT day, sum(value) AS value FROM followup_counts
     WHERE measure = 'bookings.made' AND dimension = '' AND day >= $1 AND day <= $2 AND ($3::text[] IS NULL OR unit = ANY($3::text[]))
     GROUP BY day`,
    [period.from, period.to, units ? [...units] : null],
  );
  const byWeek = new Map<string, number>();
  for (const d of daily) byWeek.set(weekOf(d.day), (byWeek.get(weekOf(d.day)) ?? 0) + Number(d.value));
  const weeks: string[] = [];
  for (let w = weekOf(period.from); w <= period.to; w = addDays(w, 7)) weeks.push(w);
  const bookingsByWeek = table("bookingsByWeek", weeks, ["made"], weeks.map((w) => [byWeek.get(w) ?? 0]), threshold);
  // Places offered and visits taken, from 17:00 and before. The columns' totals are published (all
  // places offered, all visits not cancelled), so a hidden evening count takes a second one with it.
  const evening = table(
    "evening",
    ["evening:yes", "evening:no"],
    ["offered:current", "offered:previous", "taken:current", "taken:previous"],
    ["yes", "no"].map((e) => [
      sum(period, "bookings.offered", `evening:${e}`),
      sum(previous, "bookings.offered", `evening:${e}`),
      sum(period, "bookings.visits", `taken:evening:${e}`),
      sum(previous, "bookings.visits", `taken:evening:${e}`),
    ]),
    threshold,
  );
  const share = (column: number): number | undefined => {
    const [yes, no] = [evening.suppressed.cells[0]?.[column], evening.suppressed.cells[1]?.[column]];
    if (!yes || !no || yes.hidden || no.hidden || yes.value + no.value === 0) return undefined;
    return Math.round((1000 * yes.value) / (yes.value + no.value)) / 10;
  };
  const eveningShare = { offered: [share(0), share(1)] as [number | undefined, number | undefined], taken: [share(2), share(3)] as [number | undefined, number | undefined] };

  /** The dimension values of a measure seen in either period ("visitType:x"), in order. */
  const seen = (measure: string, prefix: string) =>
    [...new Set(sums.filter((r) => r.measure === measure && r.dimension.startsWith(`${prefix}:`)).map((r) => r.dimension))].sort();
  /** A measure broken down by one dimension, this period and the one before; the column totals (the measure's whole) are published. */
  const breakdown = (id: string, measure: string, rows: readonly string[]) =>
    table(id, [...rows], ["current", "previous"], rows.map((d) => [sum(period, measure, d), sum(previous, measure, d)]), threshold);
  const visitsByStatus = breakdown("visitsByStatus", "bookings.visits", ["status:booked", "status:arrived", "status:no_show", "status:cancelled"]);
  const visitsByType = breakdown("visitsByType", "bookings.visits", seen("bookings.visits", "visitType"));
  const visitsByWeekday = breakdown("visitsByWeekday", "bookings.visits", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => `weekday:${d}`));
  const visitsByHour = breakdown("visitsByHour", "bookings.visits", seen("bookings.visits", "hour"));
  const threadsByTopic = breakdown("threadsByTopic", "contact.threads", seen("contact.threads", "topic"));
  const threadsByMode = breakdown("threadsByMode", "contact.threads", ["mode:code", "mode:phone", "mode:email"]);
  const activitiesByCategory = breakdown("activitiesByCategory", "activities.occurrences", seen("activities.occurrences", "category"));
  const interestsByRole = breakdown("interestsByRole", "recruitment.interests", seen("recruitment.interests", "role"));
  const interestStatuses = breakdown("interestStatuses", "recruitment.statusChanges", ["status:contacted", "status:invited", "status:assessment", "status:closed"]);

  const byUnit = (id: string, measure: string) => {
    const rows = perUnit.filter((r) => r.measure === measure);
    const units = [...new Set(rows.map((r) => r.unit))].sort();
    const of = (unit: string, current: boolean) => Number(rows.find((r) => r.unit === unit && r.current === current)?.value ?? 0);
    return table(id, units, ["current", "previous"], units.map((u) => [of(u, true), of(u, false)]), threshold);
  };
  const visitsByClinic = byUnit("visitsByClinic", "bookings.visits");
  const threadsByUnit = byUnit("threadsByUnit", "contact.threads");
  const languages = table("languages", [...localeOrder], ["current", "previous"], localeOrder.map((l) => [sum(period, "contact.threads", `answerLocale:${l}`), sum(previous, "contact.threads", `answerLocale:${l}`)]), threshold);

  // Page views: the whole site's (they have no unit).
  const hits = await db.query<{ locale: string; page_type: string; current: string | number; previous: string | number }>(
    `SELECT locale, page_type, sum(CASE WHEN day >= $1 THEN hits ELSE 0 END) AS current, sum(CASE WHEN day < $1 THEN hits ELSE 0 END) AS previous
     FROM followup_hits WHERE day >= $2 AND day <= $3 GROUP BY locale, page_type`,
    [period.from, previous.from, period.to],
  );
  const hitsBy = (pick: (r: (typeof hits)[number]) => boolean): [number, number] =>
    hits.filter(pick).reduce<[number, number]>(([c, p], r) => [c + Number(r.current), p + Number(r.previous)], [0, 0]);
  const siteUse = table("siteUse", [...localeOrder], ["current", "previous"], localeOrder.map((l) => hitsBy((r) => r.locale === l)), threshold);
  const pageTypes = [...new Set(hits.map((r) => r.page_type))].sort();
  const siteUseByPage = table("siteUseByPage", pageTypes.map((p) => `page:${p}`), ["current", "previous"], pageTypes.map((p) => hitsBy((r) => r.page_type === p)), threshold);

  // The first replies: how many, the median and 90th percentile (the smallest value with at
  // least that share at or below it), and the bands, per measure and period.
  const bandColumns = RESPONSE_BANDS.map(([, hours], i) => {
    const lower = i === 0 ? undefined : (RESPONSE_BANDS[i - 1]?.[1] ?? 0) * 60;
    const upper = Number.isFinite(hours) ? hours * 60 : undefined;
    const conditions = [lower === undefined ? "" : `minutes > ${String(lower)}`, upper === undefined ? "" : `minutes <= ${String(upper)}`].filter(Boolean).join(" AND ");
    return `count(*) FILTER (WHERE ${conditions || "true"}) AS band${String(i)}`;
  });
  const replies = await db.query<Record<string, string | number | boolean | null>>(
    `SELECT measure, day >= $3 AS current, count(*) AS n,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY minutes) AS median, percentile_disc(0.9) WITHIN GROUP (ORDER BY minutes) AS p90,
       ${bandColumns.join(", ")}
     FROM followup_durations
     WHERE day >= $1 AND day <= $2 AND measure IN ('contact.firstReply.calendar', 'contact.firstReply.working', 'bookings.ahead', 'recruitment.firstContact') AND ($4::text[] IS NULL OR unit = ANY($4::text[]))
     GROUP BY measure, day >= $3`,
    span,
  );
  const reply = (measure: string, current: boolean) => replies.find((r) => r["measure"] === measure && Boolean(r["current"]) === current);
  // A median of fewer answers than the threshold would describe too few people: not shown.
  const summary = (row: Record<string, string | number | boolean | null> | undefined) =>
    row && Number(row["n"]) >= Math.max(3, threshold) ? { median: Math.round(Number(row["median"]) / 6) / 10, p90: Math.round(Number(row["p90"]) / 6) / 10 } : undefined;
  const band = (row: Record<string, string | number | boolean | null> | undefined) => RESPONSE_BANDS.map((_, i) => Number(row?.[`band${String(i)}`] ?? 0));
  const calendar = reply("contact.firstReply.calendar", true);
  const [now, before] = [band(calendar), band(reply("contact.firstReply.calendar", false))];
  const responseTimes = table("responseTimes", RESPONSE_BANDS.map(([key]) => key), ["current", "previous"], RESPONSE_BANDS.map((_, i) => [now[i] ?? 0, before[i] ?? 0]), threshold);
  const ahead = reply("bookings.ahead", true);
  const firstContact = reply("recruitment.firstContact", true);
  /** A median in minutes as days, to a tenth; undefined below the threshold. */
  const days = (row: Record<string, string | number | boolean | null> | undefined) =>
    row && Number(row["n"]) >= Math.max(3, threshold) ? Math.round(Number(row["median"]) / 144) / 10 : undefined;
  const [synthetic] = await db.query<{ n: string | number }>("SELECT count(*) AS n FROM followup_days WHERE synthetic AND day >= $1 AND day <= $2", [previous.from, period.to]);
  return {
    period,
    previous,
    totals,
    bookingsByWeek,
    evening,
    eveningShare,
    visitsByStatus,
    visitsByType,
    visitsByWeekday,
    visitsByHour,
    visitsByClinic,
    threadsByTopic,
    threadsByMode,
    threadsByUnit,
    activitiesByCategory,
    interestsByRole,
    interestStatuses,
    languages,
    siteUse,
    siteUseByPage,
    responseTimes,
    firstContactDays: days(firstContact),
    synthetic: Number(synthetic?.n ?? 0) > 0,
    responseHours: { calendar: summary(calendar), working: summary(reply("contact.firstReply.working", true)), count: Number(calendar?.["n"] ?? 0) },
    bookedAheadDays: days(ahead),
  };
}

/** The tables of the insights, in the page's order: each one also a CSV file. */
export const TABLE_IDS = [
  "totals", "bookingsByWeek", "evening", "visitsByStatus", "visitsByType", "visitsByWeekday", "visitsByHour", "visitsByClinic",
  "responseTimes", "languages", "threadsByTopic", "threadsByMode", "threadsByUnit", "activitiesByCategory", "interestsByRole", "interestStatuses", "siteUse", "siteUseByPage",
] as const satisfies readonly (keyof Insights)[];

/** Today's date in Stockholm, for the page. */
export const todayOf = (now: Date) => stockholmNow(now).date;

/** A table as CSV (`;`, with a BOM for spreadsheets), small cells as "< n". */
export function tableCsv(t: InsightTable, label: (key: string) => string, threshold: number): string {
  const cell = (c: Cell | undefined) => (c === undefined ? "" : c.hidden ? `< ${String(Math.max(3, threshold))}` : String(c.value));
  const quote = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [["", ...t.columns.map(label)].map(quote).join(";"), ...t.rows.map((r, i) => [quote(label(r)), ...(t.suppressed.cells[i] ?? []).map(cell)].join(";"))];
  if (t.columnTotals) lines.push([quote(label("total")), ...t.suppressed.columnTotals.map(cell)].join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
