/**
 * The follow-up as open data: monthly counts per area and measure, with the same suppression as
 * the insights page (a count from 1 to below the threshold is `null` with `suppressed: true`, and
 * within a month and measure a second area is hidden whenever the municipality's total would give
 * one hidden area back). The JSON Schema below is what the project publishes for it.
 */
import type { Queryable } from "../db/index.ts";
import { MIN_THRESHOLD, suppressList } from "./suppress.ts";

/** The measures published: counts that describe services, never people. */
export const OPEN_MEASURES = [
  "bookings.made",
  "bookings.visits",
  "contact.threads",
  "contact.transfers",
  "activities.occurrences",
  "proposals.received",
  "proposals.decided",
  "nightwalks.nights",
  "nightwalks.walkerEvenings",
  "recruitment.interests",
] as const;

export interface OpenRow {
  /** YYYY-MM. */
  month: string;
  /** The area's id, or null for the whole municipality. */
  area: string | null;
  measure: (typeof OPEN_MEASURES)[number];
  /** The count, or null when it is suppressed. */
  value: number | null;
  suppressed: boolean;
}

export interface OpenStatistics {
  $schema: string;
  municipality: string;
  /** The smallest count shown. */
  threshold: number;
  from: string;
  to: string;
  rows: OpenRow[];
}

/** JSON Schema (2020-12) of `/api/open/statistics.json`. */
export const STATISTICS_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "/api/open/statistics.schema.json",
  title: "Nära: follow-up of the area-based social services, monthly counts per area",
  type: "object",
  required: ["$schema", "municipality", "threshold", "from", "to", "rows"],
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    municipality: { type: "string", description: "The municipality's name." },
    threshold: { type: "integer", minimum: MIN_THRESHOLD, description: "Counts from 1 to below this are never published." },
    from: { type: "string", pattern: "^\\d{4}-\\d{2}$", description: "The first month, YYYY-MM." },
    to: { type: "string", pattern: "^\\d{4}-\\d{2}$", description: "The last month, YYYY-MM." },
    rows: {
      type: "array",
      items: {
        type: "object",
        required: ["month", "area", "measure", "value", "suppressed"],
        additionalProperties: false,
        properties: {
          month: { type: "string", pattern: "^\\d{4}-\\d{2}$" },
          area: { type: ["string", "null"], description: "The area's id; null for the whole municipality." },
          measure: { enum: [...OPEN_MEASURES] },
          value: { type: ["integer", "null"], minimum: 0, description: "null when suppressed." },
          suppressed: { type: "boolean" },
        },
        if: { properties: { suppressed: { const: true } } },
        then: { properties: { value: { type: "null" } } },
        else: { properties: { value: { type: "integer" } } },
      },
    },
  },
} as const;

/**
 * The months from `from` to `to` (YYYY-MM), each measure per area and for the municipality.
 * `areaOf` gives a unit's area (a clinic's, an office's, or the area itself).
 */
export async function openStatistics(db: Queryable, months: { from: string; to: string }, areaIds: readonly string[], areaOf: (unit: string) => string | undefined, threshold: number, municipality: string): Promise<OpenStatistics> {
  const t = Math.max(MIN_THRESHOLD, threshold);
  const rows = await db.query<{ month: string; measure: string; unit: string; value: string | number }>(
    `SELECT substr(day, 1, 7) AS month, measure, unit, sum(value) AS value FROM followup_counts
     WHERE dimension = '' AND measure = ANY($1) AND substr(day, 1, 7) >= $2 AND substr(day, 1, 7) <= $3
     GROUP BY substr(day, 1, 7), measure, unit`,
    [[...OPEN_MEASURES], months.from, months.to],
  );
  const out: OpenRow[] = [];
  const monthsSeen = [...new Set(rows.map((r) => r.month))].sort();
  for (const month of monthsSeen) {
    for (const measure of OPEN_MEASURES) {
      const here = rows.filter((r) => r.month === month && r.measure === measure);
      if (here.length === 0) continue;
      const total = here.reduce((n, r) => n + Number(r.value), 0);
      const perArea = areaIds.map((a) => here.filter((r) => areaOf(r.unit) === a).reduce((n, r) => n + Number(r.value), 0));
      // The areas as one line whose total is published: a hidden area never stands alone.
      const list = suppressList(perArea, t);
      areaIds.forEach((area, i) => {
        const cell = list.cells[i];
        if (cell) out.push({ month, area, measure, value: cell.hidden ? null : cell.value, suppressed: cell.hidden });
      });
      const hiddenTotal = total > 0 && total < t;
      out.push({ month, area: null, measure, value: hiddenTotal ? null : total, suppressed: hiddenTotal });
    }
  }
  return { $schema: STATISTICS_SCHEMA.$id, municipality, threshold: t, from: months.from, to: months.to, rows: out };
}

/** The same rows as CSV (`;`, BOM): month;area;measure;value, a suppressed value as "< threshold". */
export function statisticsCsv(stats: OpenStatistics): string {
  const lines = ["month;area;measure;value", ...stats.rows.map((r) => `${r.month};${r.area ?? ""};${r.measure};${r.suppressed ? `< ${String(stats.threshold)}` : String(r.value)}`)];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
