import { DEFAULT_LOCALE, type Locale } from "../i18n/locales.ts";

export interface LocalizedValue {
  text: string;
  /** The language the text is really in: the reader's, or Swedish when it falls back. */
  lang: Locale;
  fallback: boolean;
}

interface Item {
  language: string;
  value: string;
}

/** The text of a localized field in `locale`, or the Swedish text marked as a fallback. */
export function localize(items: readonly Item[] | undefined, locale: Locale): LocalizedValue {
  const own = items?.find((item) => item.language === locale && item.value.trim() !== "");
  if (own) return { text: own.value, lang: locale, fallback: false };
  const swedish = items?.find((item) => item.language === DEFAULT_LOCALE && item.value.trim() !== "");
  return { text: swedish?.value ?? "", lang: DEFAULT_LOCALE, fallback: locale !== DEFAULT_LOCALE };
}

/** Just the text, for names and titles where a fallback needs no notice of its own. */
export function text(items: readonly Item[] | undefined, locale: Locale): string {
  return localize(items, locale).text;
}

/** Paragraphs of a text value: separated by a blank line. */
export function paragraphs(value: string): string[] {
  return value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}
