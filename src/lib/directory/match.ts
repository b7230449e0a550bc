/**
 * The one filter rule that the server-rendered list and the map in the browser share, over a
 * compact place shape that is cheap to send to the browser. No zod, no content imports: this
 * module is bundled into the map island.
 */

export interface MapPlace {
  id: string;
  kind: string;
  lat: number;
  lng: number;
  name: string;
  href: string;
  status: string;
  /** Open now / open this evening, at the time the page was rendered. */
  now: boolean;
  evening: boolean;
  area: string;
  /** The area's name, for the list. */
  areaName: string;
  /** The status sentence reads as open (for its colour in the list). */
  openish: boolean;
  langs: readonly string[];
  age: string;
  /** Name, summary and area name, folded for search. */
  text: string;
}

export interface MatchFilters {
  kind?: string | undefined;
  area?: string | undefined;
  open?: string | undefined;
  lang?: string | undefined;
  age?: string | undefined;
  q?: string | undefined;
}

/** Lower case without diacritics, so that "lakare" finds "läkare". */
export const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();

export function matches(place: MapPlace, filters: MatchFilters): boolean {
  if (filters.kind && place.kind !== filters.kind) return false;
  if (filters.area && place.area !== filters.area) return false;
  if (filters.open === "now" && !place.now) return false;
  if (filters.open === "evening" && !place.evening) return false;
  if (filters.lang && !place.langs.includes(filters.lang)) return false;
  if (filters.age && place.age !== filters.age && place.age !== "all") return false;
  const query = filters.q ? fold(filters.q.trim()) : "";
  if (query && !query.split(/\s+/).every((word) => place.text.includes(word))) return false;
  return true;
}
