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

interface CountRow {
  day: string;
  measure: string;
  unit: string;
  dimension: string;
  value: string | number;
}

/** Monday of the ISO week a date is in. */
const weekOf = (date: string) => addDays(date, -((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7));

function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index];
}

export interface Insights {
  period: Period;
  previous: Period;
  /** Key figures: this period and the one before. */
  totals: InsightTable;
  /** Bookings made per week. */
  bookingsByWeek: InsightTable;
  /** Visits before and after 17:00. */
  evening: InsightTable;
  /** Threads by the language the writer wants the answer in. */
  languages: InsightTable;
  /** Page views by language. */
  siteUse: InsightTable;
  /** First staff replies by how long they took (calendar time). */
  responseTimes: InsightTable;
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
  ["proposals.received", "proposals.received", ""],
  ["proposals.approved", "proposals.decided", "decision:approved"],
  ["proposals.rejected", "proposals.decided", "decision:rejected"],
  ["nightwalks.nights", "nightwalks.nights", "status:walked"],
  ["nightwalks.cancelled", "nightwalks.nights", "status:cancelled"],
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
  const rows = await db.query<CountRow>("SELECT day, measure, unit, dimension, value FROM followup_counts WHERE day >= $1 AND day <= $2", [previous.from, period.to]);
  const mine = rows.filter((r) => !units || units.includes(r.unit));
  const sum = (p: Period, measure: string, dimension = "") => mine.filter((r) => r.day >= p.from && r.day <= p.to && r.measure === measure && r.dimension === dimension).reduce((n, r) => n + Number(r.value), 0);

  const totals = table("totals", TOTALS.map(([key]) => key), ["current", "previous"], TOTALS.map(([, m, d]) => [sum(period, m, d), sum(previous, m, d)]), threshold, false);

  const weeks: string[] = [];
  for (let w = weekOf(period.from); w <= period.to; w = addDays(w, 7)) weeks.push(w);
  const bookingsByWeek = table(
    "bookingsByWeek",
    weeks,
    ["made"],
    weeks.map((w) => [mine.filter((r) => r.measure === "bookings.made" && r.dimension === "" && r.day >= period.from && r.day <= period.to && weekOf(r.day) === w).reduce((n, r) => n + Number(r.value), 0)]),
    threshold,
  );
  // Places offered and visits booked, from 17:00 and before: the evening's share of each.
  const evening = table(
    "evening",
    ["offered:evening:yes", "offered:evening:no", "evening:yes", "evening:no"],
    ["current", "previous"],
    [
      [sum(period, "bookings.offered", "evening:yes"), sum(previous, "bookings.offered", "evening:yes")],
      [sum(period, "bookings.offered", "evening:no"), sum(previous, "bookings.offered", "evening:no")],
      [sum(period, "bookings.visits", "evening:yes"), sum(previous, "bookings.visits", "evening:yes")],
      [sum(period, "bookings.visits", "evening:no"), sum(previous, "bookings.visits", "evening:no")],
    ],
    threshold,
    false,
  );
  const languages = table("languages", [...localeOrder], ["current", "previous"], localeOrder.map((l) => [sum(period, "contact.threads", `answerLocale:${l}`), sum(previous, "contact.threads", `answerLocale:${l}`)]), threshold);

  const hits = await db.query<{ locale: string; current: string | number; previous: string | number }>(
    `SELECT locale, sum(CASE WHEN day >= $1 THEN hits ELSE 0 END) AS current, sum(CASE WHEN day < $1 THEN hits ELSE 0 END) AS previous
     FROM followup_hits WHERE day >= $2 AND day <= $3 GROUP BY locale`,
    [period.from, previous.from, period.to],
  );
  const siteUse = table("siteUse", [...localeOrder], ["current", "previous"], localeOrder.map((l) => { const h = hits.find((r) => r.locale === l); return [Number(h?.current ?? 0), Number(h?.previous ?? 0)]; }), threshold);

  const durations = await db.query<{ day: string; measure: string; unit: string; minutes: number }>(
    "SELECT day, measure, unit, minutes FROM followup_durations WHERE day >= $1 AND day <= $2 AND measure IN ('contact.firstReply.calendar', 'contact.firstReply.working')",
    [previous.from, period.to],
  );
  const of = (measure: string, p: Period) => durations.filter((d) => d.measure === measure && d.day >= p.from && d.day <= p.to && (!units || units.includes(d.unit))).map((d) => d.minutes).sort((a, b) => a - b);
  const calendar = of("contact.firstReply.calendar", period);
  const working = of("contact.firstReply.working", period);
  const band = (minutes: readonly number[]) => RESPONSE_BANDS.map(([, hours], i) => minutes.filter((m) => m <= hours * 60 && (i === 0 || m > (RESPONSE_BANDS[i - 1]?.[1] ?? 0) * 60)).length);
  const [now, before] = [band(calendar), band(of("contact.firstReply.calendar", previous))];
  const responseTimes = table("responseTimes", RESPONSE_BANDS.map(([key]) => key), ["current", "previous"], RESPONSE_BANDS.map((_, i) => [now[i] ?? 0, before[i] ?? 0]), threshold);
  // A median of fewer answers than the threshold would describe too few people: not shown.
  const summary = (values: number[]) => {
    const median = percentile(values, 0.5);
    const p90 = percentile(values, 0.9);
    return values.length >= Math.max(3, threshold) && median !== undefined && p90 !== undefined ? { median: Math.round(median / 6) / 10, p90: Math.round(p90 / 6) / 10 } : undefined;
  };
  const [synthetic] = await db.query<{ n: string | number }>("SELECT count(*) AS n FROM followup_days WHERE synthetic AND day >= $1 AND day <= $2", [previous.from, period.to]);
  return { period, previous, totals, bookingsByWeek, evening, languages, siteUse, responseTimes, synthetic: Number(synthetic?.n ?? 0) > 0, responseHours: { calendar: summary(calendar), working: summary(working), count: calendar.length } };
}

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
