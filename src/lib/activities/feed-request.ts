/** What the calendar endpoints share: the language from `?lang=` (Swedish by default). */
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales.ts";

export function feedLocale(url: URL): Locale {
  const lang = url.searchParams.get("lang");
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
