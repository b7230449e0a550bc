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

/** Places a page of the list shows; the map always shows them all. */
export const PAGE_SIZE = 50;

/** The `page`-th page (from 1) of `items`, clamped to the pages there are. */
export function pageOf<T>(items: readonly T[], page: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), page: current, pages };
}

/** The address of a page of the list under the same filters: `?kind=activity&page=2`. */
export function pageQuery(filters: MatchFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (typeof value === "string" && value !== "") params.set(name, value);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
