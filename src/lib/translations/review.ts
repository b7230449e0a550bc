/**
 * How far each locale's UI strings are reviewed: a status per string (machine, translated,
 * reviewed) kept in `review.json` beside the locale files, each with a hash of the Swedish source
 * it was given for. A string whose Swedish source has changed since counts as machine again.
 */
import { createHash } from "node:crypto";
import REVIEW from "../i18n/review.json" with { type: "json" };
import { MESSAGES } from "../i18n/index.ts";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales.ts";
import { uiKeysFor, type ReviewStatus } from "./xliff.ts";

export interface ReviewEntry {
  status: ReviewStatus;
  /** The first 8 hex digits of the Swedish source's SHA-256 when the status was given. */
  source: string;
}
export type ReviewFile = Partial<Record<Locale, Record<string, ReviewEntry>>>;

export const REVIEWS: ReviewFile = REVIEW;

export const sourceHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 8);

/** A UI string's status in a locale: what was recorded for its current Swedish source, else machine. */
export function reviewStatus(reviews: ReviewFile, locale: Locale, key: string, source: string): ReviewStatus {
  const entry = reviews[locale]?.[key];
  return entry?.source === sourceHash(source) ? entry.status : "machine";
}

/** The key texts of the site: its name and menus, the home page, booking, writing to us, quick exit and the crisis numbers. */
export const KEY_TEXTS = /^(site|nav|home|book|contact|quickExit|crisis)\./;

/** Whether every key text of a locale is reviewed by a native speaker. */
export function keyTextsReviewed(reviews: ReviewFile, uiSource: Readonly<Record<string, string>>, locale: Locale): boolean {
  return [...uiKeysFor(uiSource, locale)].filter(([key]) => KEY_TEXTS.test(key)).every(([key, source]) => reviewStatus(reviews, locale, key, source) === "reviewed");
}

const noticeByLocale = new Map<Locale, boolean>();
/** Whether a locale's pages say that its translation is not yet reviewed (the site's own strings and reviews, worked out once a locale). */
export function unreviewedLocale(locale: Locale): boolean {
  let unreviewed = noticeByLocale.get(locale);
  if (unreviewed === undefined) noticeByLocale.set(locale, (unreviewed = locale !== DEFAULT_LOCALE && !keyTextsReviewed(REVIEWS, MESSAGES.sv, locale)));
  return unreviewed;
}

/** How many of a locale's UI strings have each status. */
export function reviewCounts(reviews: ReviewFile, uiSource: Readonly<Record<string, string>>, locale: Locale): Record<ReviewStatus, number> & { total: number } {
  const counts = { machine: 0, translated: 0, reviewed: 0, total: 0 };
  for (const [key, source] of uiKeysFor(uiSource, locale)) {
    counts[reviewStatus(reviews, locale, key, source)]++;
    counts.total++;
  }
  return counts;
}

/** The review file with statuses recorded for some strings (their current sources). */
export function recordReview(reviews: ReviewFile, locale: Locale, entries: Readonly<Record<string, string>>, status: ReviewStatus): ReviewFile {
  const next: ReviewFile = structuredClone(reviews);
  const forLocale = (next[locale] ??= {});
  for (const [key, source] of Object.entries(entries)) forLocale[key] = { status, source: sourceHash(source) };
  return next;
}
