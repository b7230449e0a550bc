/**
 * What search engines are told: `/sitemap.xml` lists every public page in every locale, each
 * with its language versions as absolute `hreflang` alternates (and `x-default`, the Swedish
 * one) and, where the content says when it changed, `lastmod`; `/robots.txt` points to it and
 * keeps staff pages and the API (except open data) out. Built from the content store on each
 * request, so a published activity is listed without a rebuild. Pages for one person's own
 * errand (manage a booking, read a reply, a status page, a report link) are `noindex` and not
 * listed.
 */
import { LOCALES } from "../i18n/locales.ts";
import { easyAreaPath, easyPagePath } from "./easy.ts";
import { absolute } from "./paths.ts";

/** Pages that are not documents, as paths after the locale. */
const STATIC_PAGES = ["", "map/", "calendar/", "crisis/", "book/", "contact/", "propose/", "night-walks/", "become/", "become/evenings/", "become/interest/"] as const;

export interface SitemapEntry {
  /** The path after the locale prefix: `areas/kvarnby/`. */
  path: string;
  lastmod?: string | undefined;
  /** A page in easy-to-read Swedish: listed once, in Swedish, without language versions. */
  swedishOnly?: boolean;
}

const DOC_PATHS = { areas: "areas", offices: "offices", clinics: "clinics", activities: "activities", associations: "associations", roles: "become" } as const;

/** What the content store says of the pages (the `sitemap` query's result). */
interface SitemapDoc {
  slug: string;
  updated?: string | null | undefined;
}
export interface SitemapData extends Record<keyof typeof DOC_PATHS | "pages" | "easy" | "easyAreas", SitemapDoc[]> {
  settings?: string | null | undefined;
}

export function sitemapEntries(data: SitemapData): SitemapEntry[] {
  const entries: SitemapEntry[] = STATIC_PAGES.map((path) => ({ path, lastmod: data.settings ?? undefined }));
  for (const [key, prefix] of Object.entries(DOC_PATHS) as [keyof typeof DOC_PATHS, string][]) {
    for (const doc of data[key]) entries.push({ path: `${prefix}/${doc.slug}/`, lastmod: doc.updated ?? undefined });
  }
  for (const doc of data.pages) entries.push({ path: `${doc.slug}/`, lastmod: doc.updated ?? undefined });
  for (const doc of data.easy) entries.push({ path: easyPagePath(doc.slug).slice("/sv/".length), lastmod: doc.updated ?? undefined, swedishOnly: true });
  for (const doc of data.easyAreas) entries.push({ path: easyAreaPath(doc.slug).slice("/sv/".length), lastmod: doc.updated ?? undefined, swedishOnly: true });
  return entries;
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function sitemapXml(entries: SitemapEntry[], siteUrl: string): string {
  const urls = entries.flatMap((entry) => {
    if (entry.swedishOnly) {
      return [`  <url>
    <loc>${escapeXml(absolute(siteUrl, `/sv/${entry.path}`))}</loc>${entry.lastmod ? `\n    <lastmod>${escapeXml(entry.lastmod)}</lastmod>` : ""}
  </url>`];
    }
    const links = [...LOCALES.map((l) => ({ lang: l, href: absolute(siteUrl, `/${l}/${entry.path}`) })), { lang: "x-default", href: absolute(siteUrl, `/sv/${entry.path}`) }];
    const alternates = links.map((l) => `    <xhtml:link rel="alternate" hreflang="${l.lang}" href="${escapeXml(l.href)}"/>`).join("\n");
    return LOCALES.map(
      (locale) => `  <url>
    <loc>${escapeXml(absolute(siteUrl, `/${locale}/${entry.path}`))}</loc>${entry.lastmod ? `\n    <lastmod>${escapeXml(entry.lastmod)}</lastmod>` : ""}
${alternates}
  </url>`,
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join("\n")}
</urlset>
`;
}

export function robotsTxt(siteUrl: string): string {
  return ["User-agent: *", "Allow: /api/open/", "Disallow: /api/", "Disallow: /staff/", "", `Sitemap: ${absolute(siteUrl, "/sitemap.xml")}`, ""].join("\n");
}
