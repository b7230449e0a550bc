/**
 * Translated content back from an agency: each changed document becomes a draft in the content
 * store (as proposals do), marked with what the import was, for an editor to publish. Publishing
 * drops the mark; nothing reaches the site before.
 */
import { DRAFT_PREFIX } from "../content/drafts.ts";
import type { SanityDocument } from "../content/dataset.ts";
import type { Locale } from "../i18n/locales.ts";
import type { ReviewStatus } from "./xliff.ts";

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

/** The published document from a translation draft: its own id, without the mark. */
export function publishedFrom(draft: SanityDocument): SanityDocument {
  const published: SanityDocument = { ...draft, _id: draft._id.slice(DRAFT_PREFIX.length) };
  delete published["translation"];
  delete published["_createdAt"];
  return published;
}
