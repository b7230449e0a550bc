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

/** Monday of the ISO week a date is in. */
const weekOf = (date: string) => addDays(date, -((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7));

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
  // Summed in the database: per measure and dimension for each period, and bookings made per day.
  // `$4` is the units (null for the whole municipality).
  const span = [previous.from, period.to, period.from, units ? [...units] : null];
  const sums = await db.query<{ measure: string; dimension: string; current: boolean; value: string | number }>(
    `SELECT measure, dimension, day >= $3 AS current, sum(value) AS value FROM followup_counts
     WHERE day >= $1 AND day <= $2 AND ($4::text[] IS NULL OR unit = ANY($4::text[]))
       AND (dimension = '' OR split_part(dimension, ':', 1) IN ('evening', 'answerLocale', 'decision', 'status'))
     GROUP BY measure, dimension, day >= $3`,
    span,
  );
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
     WHERE day >= $1 AND day <= $2 AND measure IN ('contact.firstReply.calendar', 'contact.firstReply.working', 'bookings.ahead') AND ($4::text[] IS NULL OR unit = ANY($4::text[]))
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
  const [synthetic] = await db.query<{ n: string | number }>("SELECT count(*) AS n FROM followup_days WHERE synthetic AND day >= $1 AND day <= $2", [previous.from, period.to]);
  return {
    period,
    previous,
    totals,
    bookingsByWeek,
    evening,
    languages,
    siteUse,
    responseTimes,
    synthetic: Number(synthetic?.n ?? 0) > 0,
    responseHours: { calendar: summary(calendar), working: summary(reply("contact.firstReply.working", true)), count: Number(calendar?.["n"] ?? 0) },
    bookedAheadDays: ahead && Number(ahead["n"]) >= Math.max(3, threshold) ? Math.round(Number(ahead["median"]) / 144) / 10 : undefined,
  };
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
