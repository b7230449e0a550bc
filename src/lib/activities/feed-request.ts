/** What the calendar endpoints share: the language from `?lang=` (Swedish by default) and their 404. */
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales.ts";

export function feedLocale(url: URL): Locale {
  const lang = url.searchParams.get("lang");
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

export const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
