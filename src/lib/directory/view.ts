/**
 * The directory as the map page, the map's data and the map's picture read it: every place in
 * the reader's language with its status as a sentence, sorted by name, and the areas' shapes.
 * The three ask for it together, so it is built once per content version, locale and minute.
 */
import { loadQuery } from "../content/load.ts";
import { text } from "../content/localize.ts";
import { describeStatus, isOpenish } from "../hours/describe.ts";
import type { Translate } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import { localizedPath } from "../site/paths.ts";
import { buildPlaces, toMapPlace, type Place } from "./index.ts";
import type { MapPlace } from "./match.ts";

export interface AreaShape {
  slug: string;
  name: string;
  boundary: { lat: number; lng: number }[];
}

export interface DirectoryView {
  places: MapPlace[];
  areas: AreaShape[];
  /** What is made from this view (its JSON, its pictures), made once: `derived("json", () => …)`. */
  derived<T>(key: string, make: () => T): T;
}

const built = new WeakMap<object, Map<string, DirectoryView>>();
/** The places with their status, the same in every locale: built once a minute. */
const statuses = new WeakMap<object, { minute: number; places: Place[] }>();
const MAX_DERIVED = 64;

export async function directoryView(locale: Locale, t: Translate, now: Date): Promise<DirectoryView> {
  const data = await loadQuery("directory");
  const minute = Math.floor(now.getTime() / 60_000);
  const key = `${locale}|${String(minute)}`;
  let views = built.get(data);
  const cached = views?.get(key);
  if (cached) return cached;
  const collator = new Intl.Collator(locale);
  let atMinute = statuses.get(data);
  if (atMinute?.minute !== minute) statuses.set(data, (atMinute = { minute, places: buildPlaces(data, now) }));
  const places = atMinute.places
    .map((p) => toMapPlace(p, locale, localizedPath(locale, ...p.path.split("/")), describeStatus(p.status, t, locale), isOpenish(p.status)))
    .sort((a, b) => collator.compare(a.name, b.name));
  const areas = data.areas.map((a) => ({ slug: a.slug.current, name: text(a.name, locale), boundary: a.boundary.map(({ lat, lng }) => ({ lat, lng })) }));
  const made = new Map<string, unknown>();
  const view: DirectoryView = {
    places,
    areas,
    derived<T>(name: string, make: () => T): T {
      if (made.has(name)) return made.get(name) as T;
      const value = make();
      if (made.size >= MAX_DERIVED) made.delete(made.keys().next().value ?? "");
      made.set(name, value);
      return value;
    },
  };
  if (!views) built.set(data, (views = new Map<string, DirectoryView>()));
  // Only this minute's views are kept.
  for (const old of views.keys()) if (!old.endsWith(`|${String(minute)}`)) views.delete(old);
  views.set(key, view);
  return view;
}

/** Headers of the map's data and picture: they change with the content and the clock (open now), so they keep a minute. */
export const VIEW_HEADERS = { "Cache-Control": "public, max-age=60" } as const;
