/**
 * The list beside the map, a page at a time, as HTML: written by the server into the page and
 * by the map island after a filter change, so both draw the same cards and the same page links.
 * No content imports: this module is bundled into the map island.
 */
import { escapeHtml } from "../html.ts";
import type { MapPlace, MatchFilters } from "./match.ts";

/** Places a page of the list shows; the map always shows them all. */
export const PAGE_SIZE = 50;

/** The list's words in the reader's language; `page` holds `{{page}}` and `{{pages}}`. */
export interface ListWords {
  kinds: Readonly<Record<string, string>>;
  area: string;
  nav: string;
  page: string;
  prev: string;
  next: string;
}

export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
}

/** The `page`-th page (from 1) of `items`, clamped to the pages there are. */
export function pageOf<T>(items: readonly T[], page: number): ListPage<T> {
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

/** The cards of one page, for `<ul data-places>`. */
export function cardsHtml(items: readonly MapPlace[], words: ListWords): string {
  return items
    .map(
      (p) =>
        `<li class="card" data-id="${escapeHtml(p.id)}" data-kind="${escapeHtml(p.kind)}"><span class="tag kind-${escapeHtml(p.kind)}">${escapeHtml(words.kinds[p.kind] ?? p.kind)}</span>` +
        `<h3><a href="${escapeHtml(p.href)}">${escapeHtml(p.name)}</a></h3><p class="status${p.openish ? " status-open" : ""}">${escapeHtml(p.status)}</p>` +
        `<p>${escapeHtml(words.area)}: ${escapeHtml(p.areaName)}</p></li>`,
    )
    .join("");
}

/** Previous and next links and "Page 2 of 9", for `<div data-pager>`; nothing when one page holds all. */
export function pagerHtml(list: ListPage<unknown>, filters: MatchFilters, mapPath: string, words: ListWords): string {
  if (list.pages <= 1) return "";
  const link = (rel: string, to: number, text: string) => `<a rel="${rel}" href="${escapeHtml(mapPath + pageQuery(filters, to))}">${escapeHtml(text)}</a>`;
  const where = words.page.replace("{{page}}", String(list.page)).replace("{{pages}}", String(list.pages));
  return (
    `<nav class="pager" aria-label="${escapeHtml(words.nav)}">` +
    (list.page > 1 ? link("prev", list.page - 1, words.prev) : "") +
    `<span>${escapeHtml(where)}</span>` +
    (list.page < list.pages ? link("next", list.page + 1, words.next) : "") +
    "</nav>"
  );
}
