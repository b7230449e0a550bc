/** URLs of the public site: every page lives under its locale prefix. */
import { isLocale, LOCALES, type Locale } from "../i18n/locales.ts";

export type PageKind = "areas" | "offices" | "clinics" | "activities" | "associations";

/** `/sv/areas/norrgardet/` from (`sv`, `areas`, `norrgardet`); `/sv/` from (`sv`). */
export function localizedPath(locale: Locale, ...segments: string[]): string {
  const rest = segments.filter((s) => s !== "").map(encodeURIComponent).join("/");
  return rest ? `/${locale}/${rest}/` : `/${locale}/`;
}

/** The same page in another locale: `/ar/areas/x/` → `/fi/areas/x/`. */
export function switchLocale(pathname: string, locale: Locale): string {
  const parts = pathname.split("/");
  if (isLocale(parts[1])) {
    parts[1] = locale;
    return parts.join("/");
  }
  return localizedPath(locale);
}

/** An absolute address on the site, from its public address (`PUBLIC_SITE_URL`), never from the request. */
export const absolute = (siteUrl: string, path: string): string => new URL(path, siteUrl).href;

/** hreflang alternates of a page, Swedish as x-default. */
export function alternates(pathname: string): { hreflang: string; href: string }[] {
  return [
    ...LOCALES.map((locale) => ({ hreflang: locale, href: switchLocale(pathname, locale) })),
    { hreflang: "x-default", href: switchLocale(pathname, "sv") },
  ];
}

/** A `tel:` link for a phone number as displayed: `08-465 004 12` → `tel:0846500412`. */
export function telHref(display: string): string {
  return `tel:${display.replace(/[^\d+]/g, "")}`;
}
