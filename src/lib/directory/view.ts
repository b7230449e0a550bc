/**
 * The directory as the map page and the map's data read it: every place in the reader's
 * language with its status as a sentence, sorted by name, the areas' shapes and the list's
 * words. The page and `places.json` ask for it together, so it is built once per content
 * version, locale and minute (statuses change with the clock), and what is made from it (the
 * compressed JSON, each filter's picture of the map) is kept with it.
 */
import type { LoadQuery } from "../content/load.ts";
import { text } from "../content/localize.ts";
import { describeStatus, isOpenish } from "../hours/describe.ts";
import { encode, type Encoded } from "../http/encoded.ts";
import type { Translate } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import { staticMapSvg } from "../map/static-map.ts";
import { localizedPath } from "../site/paths.ts";
import { buildPlaces, filterPlaces, PLACE_KINDS, toMapPlace, type DirectoryFilters, type Place } from "./index.ts";
import { pageQuery, type ListWords } from "./list.ts";
import type { MapPlace } from "./match.ts";

export interface AreaShape {
  slug: string;
  name: string;
  boundary: { lat: number; lng: number }[];
}

export interface DirectoryView {
  places: MapPlace[];
  areas: AreaShape[];
  words: ListWords;
  /** `{ places }` as JSON, compressed once. */
  placesJson(): Encoded;
  /** The server's picture of the map for these filters (src/lib/map/static-map.ts). */
  picture(filters: DirectoryFilters): string;
}

/** Headers of `places.json`: it changes with the content and with the clock (open now), so it keeps a minute. */
export const VIEW_HEADERS = { "Cache-Control": "public, max-age=60" } as const;

/** Pictures kept per view; the filters a page can ask for are many (free text), the usual ones few. */
const MAX_PICTURES = 64;

/** Per content version: this minute's places (the same in every locale) and each locale's view of them. */
const built = new WeakMap<object, { minute: number; places: Place[]; views: Map<Locale, DirectoryView> }>();

export async function directoryView(loadQuery: LoadQuery, locale: Locale, t: Translate, now: Date): Promise<DirectoryView> {
  const data = await loadQuery("directory");
  const minute = Math.floor(now.getTime() / 60_000);
  let entry = built.get(data);
  if (entry?.minute !== minute) built.set(data, (entry = { minute, places: buildPlaces(data, now), views: new Map() }));
  const cached = entry.views.get(locale);
  if (cached) return cached;

  const collator = new Intl.Collator(locale);
  const places = entry.places
    .map((p) => toMapPlace(p, locale, `${localizedPath(locale, ...p.path.split("/"))}${p.query ?? ""}`, describeStatus(p.status, t, locale), isOpenish(p.status)))
    .sort((a, b) => collator.compare(a.name, b.name));
  const areas = data.areas.map((a) => ({ slug: a.slug.current, name: text(a.name, locale), boundary: a.boundary.map(({ lat, lng }) => ({ lat, lng })) }));
  const words: ListWords = {
    kinds: Object.fromEntries(PLACE_KINDS.map((k) => [k, t(`kind.${k}`)])),
    area: t("place.area"),
    nav: t("map.pages"),
    // Left with its placeholders: the list fills them in, on the server and in the browser.
    page: t("map.page"),
    prev: t("map.prev"),
    next: t("map.next"),
  };
  let json: Encoded | undefined;
  const pictures = new Map<string, string>();
  const view: DirectoryView = {
    places,
    areas,
    words,
    placesJson: () => (json ??= encode(JSON.stringify({ places }))),
    picture(filters) {
      const key = pageQuery(filters, 1);
      let svg = pictures.get(key);
      if (svg === undefined) {
        svg = staticMapSvg({ areas, places: filterPlaces(places, filters), kindLabels: words.kinds });
        if (pictures.size >= MAX_PICTURES) pictures.delete(pictures.keys().next().value ?? "");
        pictures.set(key, svg);
      }
      return svg;
    },
  };
  entry.views.set(locale, view);
  return view;
}
