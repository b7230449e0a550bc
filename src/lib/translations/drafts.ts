/**
 * Translated content back from an agency: each changed document becomes a draft in the content
 * store (as proposals do), marked with what the import was, for an editor to publish. Publishing
 * drops the mark; nothing reaches the site before.
 */
import { DRAFT_PREFIX } from "../content/drafts.ts";
import type { SanityDocument } from "../content/dataset.ts";
import type { Locale } from "../i18n/locales.ts";
import { sourceHash } from "./review.ts";
import { localizedFields, type ReviewStatus } from "./xliff.ts";

/** The document types whose fields are exported for translation. */
export const TRANSLATABLE_TYPES = ["settings", "area", "office", "clinic", "association", "activity", "nightWalk", "recruitmentRole", "selfCheck", "infoEvening", "page"] as const;

export interface TranslationMark {
  locale: Locale;
  status: ReviewStatus;
  /** The fields the import changed. */
  fields: string[];
  importedAt: string;
}

export function translationDraft(doc: SanityDocument, mark: { locale: Locale; status: ReviewStatus; fields: string[]; at: Date }): SanityDocument {
  const translation: TranslationMark = { locale: mark.locale, status: mark.status, fields: mark.fields, importedAt: mark.at.toISOString() };
  return { ...doc, _id: `${DRAFT_PREFIX}${doc._id}`, _createdAt: mark.at.toISOString(), translation };
}

export const isTranslationDraft = (doc: SanityDocument): doc is SanityDocument & { translation: TranslationMark } =>
  doc._id.startsWith(DRAFT_PREFIX) && typeof doc["translation"] === "object" && doc["translation"] !== null;

/** What a document keeps of its translations' review: per language, the status and the Swedish text it was given for. */
export interface DocumentReview {
  _key: string;
  _type: "translationReview";
  language: Locale;
  status: ReviewStatus;
  /** A hash of the document's Swedish texts when the status was given. */
  source: string;
}

/** A document's Swedish texts, as one hash: when they change, a review given before no longer holds. */
export const swedishSource = (doc: SanityDocument): string =>
  sourceHash(
    localizedFields(doc)
      .map((f) => `${f.path}=${JSON.stringify(f.entries.find((e) => e.language === "sv")?.value ?? "")}`)
      .join("\n"),
  );

/** A published document's review status in a language (machine when none was recorded, or its Swedish has changed since). */
export function documentReview(doc: SanityDocument, locale: Locale): ReviewStatus {
  const reviews = Array.isArray(doc["translationReview"]) ? (doc["translationReview"] as DocumentReview[]) : [];
  const entry = reviews.find((r) => r.language === locale);
  return entry?.source === swedishSource(doc) ? entry.status : "machine";
}

/**
 * The published document from a translation draft: its own id, without the mark, and with the
 * import's review status recorded for its language (against its Swedish texts as they are).
 */
export function publishedFrom(draft: SanityDocument): SanityDocument {
  const published: SanityDocument = { ...draft, _id: draft._id.slice(DRAFT_PREFIX.length) };
  delete published["translation"];
  delete published["_createdAt"];
  if (isTranslationDraft(draft)) {
    const { locale, status } = draft.translation;
    const others = (Array.isArray(draft["translationReview"]) ? (draft["translationReview"] as DocumentReview[]) : []).filter((r) => r.language !== locale);
    const review: DocumentReview = { _key: locale, _type: "translationReview", language: locale, status, source: swedishSource(published) };
    published["translationReview"] = [...others, review];
  }
  return published;
}
