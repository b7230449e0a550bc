/**
 * Which Swedish pages have an easy-to-read version (lättläst), and where: `/sv/lattlast/` (the
 * home page's), `/sv/lattlast/{slug}/`, and `/sv/lattlast/omraden/{area}/` for an area with an
 * easy summary. The pages' "Lättläst" link and their alternates come from here.
 */

export interface EasyIndex {
  pages: readonly { slug: string; of: readonly string[] }[];
  areas: readonly { slug: string }[];
}

export const EASY_ROOT = "/sv/lattlast/";
export const HOME_SLUG = "start";

export const easyPagePath = (slug: string): string => (slug === HOME_SLUG ? EASY_ROOT : `${EASY_ROOT}${encodeURIComponent(slug)}/`);
export const easyAreaPath = (area: string): string => `${EASY_ROOT}omraden/${encodeURIComponent(area)}/`;

/** A pattern of `of` against a path after `/sv/`: exact, or every page under a prefix (`offices/*`). */
const covers = (pattern: string, rest: string): boolean => (pattern.endsWith("*") ? rest.startsWith(pattern.slice(0, -1)) && rest.length > pattern.length - 1 : rest === pattern);

/** The easy version of a Swedish page, or undefined (also for any other language, and for the easy pages themselves). */
export function easyPathFor(pathname: string, index: EasyIndex): string | undefined {
  if (!pathname.startsWith("/sv/") || pathname.startsWith(EASY_ROOT)) return undefined;
  const rest = pathname.slice("/sv/".length);
  const area = /^areas\/([a-z0-9-]+)\/$/.exec(rest)?.[1];
  if (area && index.areas.some((a) => a.slug === area)) return easyAreaPath(area);
  const page = index.pages.find((p) => p.of.some((pattern) => covers(pattern, rest)));
  return page ? easyPagePath(page.slug) : undefined;
}

/** The normal page an easy page is the version of (the first exact one), if any. */
export function normalPathOf(of: readonly string[]): string | undefined {
  const exact = of.find((p) => !p.endsWith("*"));
  return exact === undefined ? undefined : `/sv/${exact}`;
}
