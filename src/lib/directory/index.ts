/**
 * The directory behind the map and the list: offices, clinics and activities as one set of
 * places, and the filters a resident sets. Map and list always show the same filtered set.
 */
import { z } from "zod";
import { nextOccurrence } from "../recurrence/occurrences.ts";
import { localize } from "../content/localize.ts";
import type { LatLng } from "../content/rules.ts";
import { minutesOf } from "../content/rules.ts";
import { ACTIVITY_CATEGORIES, AGE_GROUPS, type Activity, type Area, type Clinic, type NightWalk, type Office } from "../content/schemas.ts";
import { addDays, stockholmNow } from "../dates.ts";
import { openingStatus, openThisEvening, type ActivityStatus, type OpeningStatus } from "../hours/status.ts";
export type { ActivityStatus };
import { EVENING_STARTS } from "../hours/weekly.ts";
import { LOCALES, type Locale } from "../i18n/locales.ts";
import { fold, matches, type MapPlace } from "./match.ts";

export const PLACE_KINDS = ["office", "youthClinic", "firstContact", "activity", "nightWalk"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values).optional());

/** The filters, as they come from the URL (`?kind=activity&open=evening`). */
export const DirectoryFilters = z.object({
  kind: optionalEnum(PLACE_KINDS),
  area: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().regex(/^[a-z0-9-]{1,80}$/).optional()),
  open: optionalEnum(["now", "evening"] as const),
  lang: optionalEnum(LOCALES),
  age: optionalEnum(AGE_GROUPS),
  q: z.preprocess((v) => (v === null ? undefined : v), z.string().trim().max(100).optional()),
});
export type DirectoryFilters = z.infer<typeof DirectoryFilters>;

/** `?area=…&kind=…` (and `&place=…`) for the choices made, or "" for none: the map page's and the embeddable box's addresses. */
export function choiceQuery(filters: Pick<DirectoryFilters, "area" | "kind">, place?: string): string {
  const query = new URLSearchParams();
  if (filters.area) query.set("area", filters.area);
  if (filters.kind) query.set("kind", filters.kind);
  if (place) query.set("place", place);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** Parse filters from URL search parameters; a value that does not parse is dropped, not fatal. */
export function filtersFromSearch(search: URLSearchParams): { filters: DirectoryFilters; invalid: string[] } {
  const raw = Object.fromEntries(["kind", "area", "open", "lang", "age", "q"].map((k) => [k, search.get(k)]));
  const result = DirectoryFilters.safeParse(raw);
  if (result.success) return { filters: result.data, invalid: [] };
  const invalid = [...new Set(result.error.issues.map((i) => String(i.path[0])))];
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([k]) => !invalid.includes(k)));
  return { filters: DirectoryFilters.parse(cleaned), invalid };
}


export interface Place {
  id: string;
  kind: PlaceKind;
  /** The page of the place, after the locale: `offices/norrgardet`. */
  path: string;
  /** A query string for that page (a night walk's list, filtered by its area). */
  query?: string;
  name: Office["name"];
  summary: Office["summary"];
  area: { slug: string; name: Area["name"] };
  location: LatLng;
  languages: readonly Locale[];
  ageGroup: (typeof AGE_GROUPS)[number];
  category?: (typeof ACTIVITY_CATEGORIES)[number];
  status: OpeningStatus | ActivityStatus;
  openNow: boolean;
  openThisEvening: boolean;
}

function activityStatus(activity: Pick<Activity, "startDate" | "rrule" | "exdates" | "startTime" | "endTime">, now: Date): { status: ActivityStatus; openNow: boolean; evening: boolean } | undefined {
  const { date, minutes } = stockholmNow(now);
  const next = nextOccurrence(activity, date);
  if (!next) return undefined;
  const start = minutesOf(activity.startTime);
  // A night walk may end after midnight (20:00–01:00): it runs until the end of its evening.
  const end = minutesOf(activity.endTime) <= start ? 24 * 60 : minutesOf(activity.endTime);
  if (next === date && minutes < end) {
    const running = minutes >= start;
    return {
      status: running ? { code: "ACTIVITY_NOW", ends: activity.endTime } : { code: "ACTIVITY_TODAY", starts: activity.startTime, ends: activity.endTime },
      openNow: running,
      evening: end > Math.max(minutes, EVENING_STARTS),
    };
  }
  // Today's time has passed: the next one is on a later date.
  const later = next === date ? nextOccurrence(activity, addDays(date, 1)) : next;
  if (!later) return undefined;
  return { status: { code: "ACTIVITY_NEXT", date: later, starts: activity.startTime, ends: activity.endTime }, openNow: false, evening: false };
}

/** Every place with its status at `now`; activities that have ended are left out. */
export function buildPlaces(
  data: { areas: Area[]; offices: Office[]; clinics: Clinic[]; activities: Activity[]; nightWalks?: NightWalk[] },
  now: Date,
): Place[] {
  const areas = new Map(data.areas.map((a) => [a._id, { slug: a.slug.current, name: a.name }]));
  const areaOf = (ref: { _ref: string }) => areas.get(ref._ref) ?? { slug: "", name: [] };
  const places: Place[] = [];
  for (const office of data.offices) {
    const status = openingStatus(office, now);
    places.push({
      id: office._id,
      kind: "office",
      path: `offices/${office.slug.current}`,
      name: office.name,
      summary: office.summary,
      area: areaOf(office.area),
      location: office.location,
      languages: office.languages,
      ageGroup: "all",
      status,
      openNow: status.code === "OPEN",
      openThisEvening: openThisEvening(office, now),
    });
  }
  for (const clinic of data.clinics) {
    const status = openingStatus(clinic, now);
    places.push({
      id: clinic._id,
      kind: clinic.kind === "youth" ? "youthClinic" : "firstContact",
      path: `clinics/${clinic.slug.current}`,
      name: clinic.name,
      summary: clinic.summary,
      area: areaOf(clinic.area),
      location: clinic.location,
      languages: clinic.languages,
      ageGroup: clinic.kind === "youth" ? "youth" : "all",
      status,
      openNow: status.code === "OPEN",
      openThisEvening: openThisEvening(clinic, now),
    });
  }
  for (const activity of data.activities) {
    const state = activityStatus(activity, now);
    if (!state) continue;
    places.push({
      id: activity._id,
      kind: "activity",
      path: `activities/${activity.slug.current}`,
      name: activity.title,
      summary: activity.summary,
      area: areaOf(activity.area),
      location: activity.place.location,
      languages: activity.languages,
      ageGroup: activity.ageGroup,
      category: activity.category,
      status: state.status,
      openNow: state.openNow,
      openThisEvening: state.evening,
    });
  }
  // A night-walk series is a place at its meeting point; its page is the walks of its area.
  for (const walk of data.nightWalks ?? []) {
    const state = activityStatus(walk, now);
    if (!state) continue;
    const area = areaOf(walk.area);
    places.push({
      id: walk._id,
      kind: "nightWalk",
      path: "night-walks",
      query: `?area=${encodeURIComponent(area.slug)}`,
      name: walk.title,
      summary: walk.expect,
      area,
      location: walk.meetingPoint.location,
      languages: [],
      ageGroup: "adults",
      status: state.status,
      openNow: state.openNow,
      openThisEvening: state.evening,
    });
  }
  return places;
}

/** A place as the map in the browser gets it: text in the reader's language, status as a sentence. */
export function toMapPlace(place: Place, locale: Locale, href: string, status: string, openish: boolean): MapPlace {
  const name = localize(place.name, locale).text;
  const areaName = localize(place.area.name, locale).text;
  return {
    id: place.id,
    kind: place.kind,
    lat: place.location.lat,
    lng: place.location.lng,
    name,
    href,
    status,
    now: place.openNow,
    evening: place.openThisEvening,
    area: place.area.slug,
    areaName,
    openish,
    langs: place.languages,
    age: place.ageGroup,
    text: fold([name, localize(place.summary, locale).text, areaName].join(" ")),
  };
}

/** The places that match, with the same rule as the map in the browser. */
export function filterPlaces<P extends MapPlace>(places: readonly P[], filters: DirectoryFilters): P[] {
  return places.filter((place) => matches(place, filters));
}

/** The list page from `?page=`; anything but a whole number from 1 up is the first page. */
export function pageFromSearch(search: URLSearchParams): number {
  return z.coerce.number().int().min(1).max(100_000).catch(1).parse(search.get("page") ?? 1);
}
